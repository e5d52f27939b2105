import {readdir, realpath, stat} from 'node:fs/promises';
import type {Dirent, Stats} from 'node:fs';
import path from 'node:path';
import {describeError, warning} from './messages.js';

/** A file to load, and where it was found. */
export type LibraryFile = {
	/** Absolute path as found (through any symbolic links). */
	readonly absolutePath: string;
	/** Library root: the directory argument, or a file argument's own directory. */
	readonly root: string;
	/** Path relative to `root`, with `/` separators. */
	readonly relativePath: string;
	/** How warnings name the file: the argument as the user typed it, joined with `relativePath`. */
	readonly shownPath: string;
	/** Real path (links resolved), when the scan already knows it: spares a realpath call per file. */
	readonly realPath?: string;
};

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export function isArticleFileName(name: string): boolean {
	return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/**
 * Every `.txt` and `.md` file under `root`, recursively, sorted by relative
 * path (compared segment by segment, by code unit, so the order never depends
 * on the locale or on the order the file system lists entries in).
 *
 * Symbolic links are followed; a directory whose real path was already scanned
 * is skipped with a warning, so a link loop cannot make the scan run forever.
 * Hidden entries (names starting with `.`, such as `.git`) are not scanned.
 */
export async function scanDirectory(
	root: string,
	shownRoot: string,
): Promise<{files: LibraryFile[]; warnings: string[]}> {
	const files: LibraryFile[] = [];
	const warnings: string[] = [];
	const visited = new Set<string>();

	const visit = async (relativeSegments: string[]): Promise<void> => {
		const directory = path.join(root, ...relativeSegments);
		const shownDirectory = path.join(shownRoot, ...relativeSegments);
		let entries: Dirent[];
		let real: string;
		try {
			real = await realpath(directory);
			if (visited.has(real)) {
				warnings.push(warning(`skipped ${shownDirectory}: directory already scanned (symbolic link loop?)`));
				return;
			}
			visited.add(real);
			entries = await readdir(directory, {withFileTypes: true});
		} catch (error) {
			warnings.push(warning(`cannot read directory ${shownDirectory} (${describeError(error)})`));
			return;
		}

		entries.sort((a, b) => compareCodeUnits(a.name, b.name));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const segments = [...relativeSegments, entry.name];
			const shown = path.join(shownRoot, ...segments);
			// Only a link needs a stat (and an await): 10,000 awaits are a visible part of the first frame.
			const kind = entry.isSymbolicLink() ? await entryKind(entry, path.join(directory, entry.name)) : direntKind(entry);
			if (kind === 'directory') {
				await visit(segments);
			} else if (!isArticleFileName(entry.name)) {
				continue;
			} else if (kind === 'file') {
				const file = {absolutePath: path.join(directory, entry.name), root, relativePath: segments.join('/'), shownPath: shown};
				// A link's real path is left for the caller to resolve.
				files.push(entry.isSymbolicLink() ? file : {...file, realPath: path.join(real, entry.name)});
			} else if (kind === 'other') {
				warnings.push(warning(`skipped ${shown}: not a regular file`));
			} else {
				warnings.push(warning(`skipped ${shown}: ${kind.error}`));
			}
		}
	};

	await visit([]);
	files.sort((a, b) => compareRelativePaths(a.relativePath, b.relativePath));
	return {files, warnings};
}

type EntryKind = 'directory' | 'file' | 'other' | {error: string};

/** Follows a symbolic link to what it points at; a broken link is an error. */
async function entryKind(entry: Dirent, fullPath: string): Promise<EntryKind> {
	let target: Dirent | Stats = entry;
	if (entry.isSymbolicLink()) {
		try {
			target = await stat(fullPath);
		} catch (error) {
			return {error: `broken symbolic link (${describeError(error)})`};
		}
	}
	return direntKind(target);
}

function direntKind(target: Dirent | Stats): EntryKind {
	if (target.isDirectory()) return 'directory';
	return target.isFile() ? 'file' : 'other';
}

/** Segment by segment, so that `a/b.txt` sorts with the rest of `a/` rather than after `a.txt`. */
export function compareRelativePaths(a: string, b: string): number {
	const aSegments = a.split('/');
	const bSegments = b.split('/');
	const length = Math.min(aSegments.length, bSegments.length);
	for (let index = 0; index < length; index++) {
		const order = compareCodeUnits(aSegments[index] ?? '', bSegments[index] ?? '');
		if (order !== 0) return order;
	}
	return aSegments.length - bSegments.length;
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
