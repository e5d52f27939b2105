import {readFile, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {decodeFileBytes} from './decode.js';
import {LibraryError} from './errors.js';
import {IdAllocator} from './ids.js';
import {describeError, errorCode, warning} from './messages.js';
import {parseArticle} from './parse.js';
import {sanitizeText} from './sanitize.js';
import {scanDirectory, type LibraryFile} from './scan.js';
import type {Article, LoadOptions, LoadResult, ParsedArticle} from './types.js';

/**
 * Files bigger than this are refused: a file is read, decoded and laid out
 * whole, so a log dump or disk image that happens to end in `.txt` would eat
 * memory and freeze the reader. News articles are a few kilobytes; even a whole
 * book is well under this.
 */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 8;

/**
 * Loads the articles named by `paths`: files (whatever their extension) and
 * directories (every `.txt` and `.md` inside, recursively, sorted by path).
 * Articles come in argument order. A file reached twice (the same real path) is
 * loaded once. Problems with single files are warnings; only a path argument
 * that does not exist throws, a {@link LibraryError}, before anything is read.
 */
export async function loadLibrary(paths: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
	const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
	const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));

	const targets = await resolveArguments(paths);
	const groups: {files: LibraryFile[]; warnings: string[]}[] = [];
	for (const target of targets) groups.push(await filesOf(target));
	const queue = await withoutDuplicates(
		groups.flatMap((group, argumentIndex) => group.files.map(file => ({file, argumentIndex}))),
	);
	const outcomes = await mapBounded(queue, concurrency, ({file}) => readArticleFile(file, maxFileBytes));

	const ids = new IdAllocator();
	const articles: Article[] = [];
	for (const [position, {file, argumentIndex}] of queue.entries()) {
		const outcome = outcomes[position];
		if (!outcome) continue;
		// Warnings follow argument order: an argument's scan warnings, then its files' warnings.
		groups[argumentIndex]?.warnings.push(...outcome.warnings);
		if (outcome.article) {
			articles.push({id: ids.allocate(file.root, file.relativePath), path: file.absolutePath, ...outcome.article});
		}
	}
	return {articles, warnings: groups.flatMap(group => group.warnings)};
}

type Target = {argument: string; absolutePath: string} & (
	| {kind: 'directory' | 'file' | 'other'}
	| {kind: 'failed'; reason: string}
);

/** All arguments are checked before anything is read; the first missing one (in argument order) throws. */
async function resolveArguments(paths: readonly string[]): Promise<Target[]> {
	const settled = await Promise.allSettled(paths.map(resolveArgument));
	return settled.map(result => {
		if (result.status === 'rejected') throw result.reason;
		return result.value;
	});
}

async function resolveArgument(argument: string): Promise<Target> {
	const absolutePath = path.resolve(argument);
	const missing = () => new LibraryError(sanitizeText(`qari: no such file or directory: ${argument}`));
	// An empty argument would otherwise resolve to the working directory.
	if (argument === '') throw missing();
	try {
		const stats = await stat(absolutePath);
		const kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
		return {argument, absolutePath, kind};
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT' || code === 'ENOTDIR') throw missing();
		return {argument, absolutePath, kind: 'failed', reason: describeError(error)};
	}
}

async function filesOf(target: Target): Promise<{files: LibraryFile[]; warnings: string[]}> {
	switch (target.kind) {
		case 'directory':
			return scanDirectory(target.absolutePath, target.argument);
		case 'file': {
			const file = {
				absolutePath: target.absolutePath,
				root: path.dirname(target.absolutePath),
				relativePath: path.basename(target.absolutePath),
				shownPath: target.argument,
			};
			return {files: [file], warnings: []};
		}
		case 'other':
			return {files: [], warnings: [warning(`skipped ${target.argument}: not a regular file`)]};
		case 'failed':
			return {files: [], warnings: [warning(`cannot access ${target.argument} (${target.reason})`)]};
	}
}

/** Keeps the first of several paths that lead to the same real file. */
async function withoutDuplicates<T extends {file: LibraryFile}>(entries: readonly T[]): Promise<T[]> {
	const realPaths = await Promise.all(
		entries.map(({file}) => realpath(file.absolutePath).catch(() => file.absolutePath)),
	);
	const seen = new Set<string>();
	return entries.filter((_entry, index) => {
		const real = realPaths[index] ?? '';
		if (seen.has(real)) return false;
		seen.add(real);
		return true;
	});
}

type FileOutcome = {article?: ParsedArticle; warnings: string[]};

async function readArticleFile(file: LibraryFile, maxFileBytes: number): Promise<FileOutcome> {
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
	// The file may have grown since it was measured.
	if (bytes.length > maxFileBytes) return {warnings: [tooLarge(shown, bytes.length, maxFileBytes)]};

	const decoded = decodeFileBytes(bytes);
	if (decoded.kind === 'binary') return {warnings: [warning(`skipped binary file ${shown}`)]};
	const warnings = decoded.invalid
		? [warning(`invalid ${decoded.encoding.toUpperCase()} in ${shown} (shown as U+FFFD)`)]
		: [];
	const format = path.extname(file.absolutePath).toLowerCase() === '.md' ? 'markdown' : 'auto';
	const article = parseArticle(decoded.text, format);
	if (!article) return {warnings: [...warnings, warning(`skipped empty file ${shown}`)]};
	return {article, warnings};
}

function tooLarge(shown: string, size: number, limit: number): string {
	return warning(`skipped ${shown}: file is too large (${formatBytes(size)}; the limit is ${formatBytes(limit)})`);
}

function formatBytes(bytes: number): string {
	const mebibytes = bytes / (1024 * 1024);
	return mebibytes >= 1 ? `${Number(mebibytes.toFixed(1))} MiB` : `${bytes} bytes`;
}

/** Runs `task` on every item, at most `limit` at a time; results keep the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return results;
}
