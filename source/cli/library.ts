/**
 * Loads the articles a command names (or the bundled seeds), turning a
 * missing path into a one-line usage error and passing load warnings on.
 */
import {existsSync} from 'node:fs';
import {loadLibrary, LibraryError, type Article} from '../core/articles/index.js';
import {plainText} from './plain-text.js';
import {commandNames} from './parse-args.js';
import {UsageError} from './usage-error.js';

export type LoadedLibrary = {
	readonly articles: readonly Article[];
	readonly warnings: readonly string[];
};

export async function loadArticles(paths: readonly string[], seedsDirectory: string): Promise<LoadedLibrary> {
	const chosen = paths.length > 0 ? paths : [seedsDirectory];
	try {
		return await loadLibrary([...chosen]);
	} catch (error: unknown) {
		if (error instanceof LibraryError) {
			// Its message is one line ready to print; the CLI adds its own `qari: `.
			throw new UsageError(error.message.replace(/^qari:\s*/u, ''));
		}

		throw error;
	}
}

/**
 * `qari lsit` would otherwise read as "open the file lsit": a bare word that
 * names nothing on disk is reported as an unknown command instead.
 */
export function rejectUnknownCommand(paths: readonly string[]): void {
	const [first] = paths;
	if (first !== undefined && /^[a-z][a-z-]*$/u.test(first) && !existsSync(first)) {
		throw new UsageError(`unknown command ${first} (commands: ${commandNames.join(', ')}), and no file or folder of that name`);
	}
}

/** Load warnings go to stderr, one line each. */
export function reportWarnings(warnings: readonly string[], stderr: {write(data: string): unknown}): void {
	for (const warning of warnings) {
		stderr.write(`qari: ${plainText(warning)}\n`);
	}
}
