/**
 * Opens the library the interactive reader shows (or the bundled seeds): it
 * resolves once every title is known; paragraphs and the search index load
 * behind the first frame, with the on-disk cache. A missing path is a one-line
 * usage error, as for the other commands.
 */
import {LibraryError} from '../core/articles/index.js';
import {openLibrary, resolveCacheDir, type Library} from '../core/library/index.js';
import {UsageError} from './usage-error.js';

export async function openInteractiveLibrary(paths: readonly string[], seedsDirectory: string, env: NodeJS.ProcessEnv): Promise<Library> {
	const chosen = paths.length > 0 ? paths : [seedsDirectory];
	try {
		return await openLibrary([...chosen], {cacheDir: resolveCacheDir(env)});
	} catch (error: unknown) {
		if (error instanceof LibraryError) {
			// Its message is one line ready to print; the CLI adds its own `qari: `.
			throw new UsageError(error.message.replace(/^qari:\s*/u, ''));
		}

		throw error;
	}
}
