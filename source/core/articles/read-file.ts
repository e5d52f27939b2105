/** Reading one article file: the bytes, checks (size, binary, empty) and parsing. */
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {decodeFileBytes} from './decode.js';
import {describeError, warning} from './messages.js';
import {parseArticle} from './parse.js';
import type {LibraryFile} from './scan.js';
import type {ParsedArticle} from './types.js';

export type FileOutcome = {
	article?: ParsedArticle;
	warnings: string[];
	/** Set when bytes were invalid in this encoding (the warning says so too): a cache can replay it. */
	invalidEncoding?: string;
};

export async function readArticleFile(file: LibraryFile, maxFileBytes: number): Promise<FileOutcome> {
	const shown = file.shownPath;
	let bytes: Uint8Array;
	try {
		// Checked before reading: reading a FIFO or device could block or never end.
		const stats = await stat(file.absolutePath);
		if (!stats.isFile()) return {warnings: [warning(`skipped ${shown}: not a regular file`)]};
		if (stats.size > maxFileBytes) return {warnings: [tooLarge(shown, stats.size, maxFileBytes)]};
		bytes = await readFile(file.absolutePath);
	} catch (error) {
		return {warnings: [warning(`skipped unreadable file ${shown} (${describeError(error)})`)]};
	}
	return articleFromBytes(bytes, file, maxFileBytes);
}

/** A whole file's bytes → its article, or the warning saying why it is skipped. */
export function articleFromBytes(bytes: Uint8Array, file: LibraryFile, maxFileBytes: number): FileOutcome {
	const shown = file.shownPath;
	// The file may have grown since it was measured.
	if (bytes.length > maxFileBytes) return {warnings: [tooLarge(shown, bytes.length, maxFileBytes)]};

	const decoded = decodeFileBytes(bytes);
	if (decoded.kind === 'binary') return {warnings: [warning(`skipped binary file ${shown}`)]};
	const invalidEncoding = decoded.invalid ? decoded.encoding.toUpperCase() : undefined;
	const warnings = invalidEncoding === undefined ? [] : [invalidEncodingWarning(shown, invalidEncoding)];
	const format = formatOf(file);
	const article = parseArticle(decoded.text, format);
	if (!article) return {warnings: [...warnings, warning(`skipped empty file ${shown}`)]};
	return invalidEncoding === undefined ? {article, warnings} : {article, warnings, invalidEncoding};
}

export function invalidEncodingWarning(shown: string, encoding: string): string {
	return warning(`invalid ${encoding} in ${shown} (shown as U+FFFD)`);
}

export function tooLarge(shown: string, size: number, limit: number): string {
	return warning(`skipped ${shown}: file is too large (${formatBytes(size)}; the limit is ${formatBytes(limit)})`);
}

function formatBytes(bytes: number): string {
	const mebibytes = bytes / (1024 * 1024);
	return mebibytes >= 1 ? `${Number(mebibytes.toFixed(1))} MiB` : `${bytes} bytes`;
}

/** `.md` files are Markdown; anything else is told apart by its text. */
export function formatOf(file: LibraryFile): 'markdown' | 'auto' {
	return path.extname(file.absolutePath).toLowerCase() === '.md' ? 'markdown' : 'auto';
}
