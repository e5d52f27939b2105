import {realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {LibraryError} from './errors.js';
import {describeError, errorCode, warning} from './messages.js';
import {sanitizeText} from './sanitize.js';
import {scanDirectory, type LibraryFile} from './scan.js';

/** A file to read, and which path argument it came from (warnings are grouped by argument). */
export type QueuedFile = {readonly file: LibraryFile; readonly argumentIndex: number};

export type LibraryFiles = {
	/** In argument order, each directory's files sorted, duplicates (same real path) removed. */
	readonly queue: QueuedFile[];
	/** Per argument: the warnings found so far (scanning); callers append their files' warnings. */
	readonly groupWarnings: string[][];
};

/**
 * The files `paths` name, without reading any: shared by `loadLibrary` and the
 * library core's `openLibrary`. A path argument that does not exist throws a
 * {@link LibraryError} before anything is scanned.
 */
export async function listLibraryFiles(paths: readonly string[]): Promise<LibraryFiles> {
	const targets = await resolveArguments(paths);
	const groups: {files: LibraryFile[]; warnings: string[]}[] = [];
	for (const target of targets) groups.push(await filesOf(target));
	const queue = await withoutDuplicates(
		groups.flatMap((group, argumentIndex) => group.files.map(file => ({file, argumentIndex}))),
	);
	return {queue, groupWarnings: groups.map(group => group.warnings)};
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
	// Only the files whose real path the scan does not know cost a call (and a promise): not 10,000 of them.
	const realPaths: string[] = entries.map(({file}) => file.realPath ?? '');
	const unknown: {file: LibraryFile; index: number}[] = [];
	for (const [index, {file}] of entries.entries()) if (file.realPath === undefined) unknown.push({file, index});
	await Promise.all(unknown.map(async ({file, index}) => {
		realPaths[index] = await realpath(file.absolutePath).catch(() => file.absolutePath);
	}));
	const seen = new Set<string>();
	return entries.filter((_entry, index) => {
		const real = realPaths[index] ?? '';
		if (seen.has(real)) return false;
		seen.add(real);
		return true;
	});
}

