import {readdirSync, realpathSync, type Dirent, type Stats} from 'node:fs';
import {stat} from 'node:fs/promises';
import {setImmediate as nextTurn} from 'node:timers/promises';
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
	let batchEnd = performance.now() + BATCH_MS;

	// `relative` is the directory's path under root with a trailing `/` ('' for root itself).
	const visit = async (directory: string, shownDirectory: string, relative: string): Promise<void> => {
		let entries: Dirent[];
		let real: string;
		try {
			// Synchronous, in batches (see below): a round trip through the thread pool per directory was idle time before the first frame.
			real = realpathSync.native(directory);
			if (visited.has(real)) {
				warnings.push(warning(`skipped ${shownDirectory}: directory already scanned (symbolic link loop?)`));
				return;
			}
			visited.add(real);
			entries = readdirSync(directory, {withFileTypes: true});
		} catch (error) {
			warnings.push(warning(`cannot read directory ${shownDirectory} (${describeError(error)})`));
			return;
		}

		if (performance.now() >= batchEnd) {
			await nextTurn();
			batchEnd = performance.now() + BATCH_MS;
		}

		entries.sort((a, b) => compareCodeUnits(a.name, b.name));
		for (const entry of entries) {
			const {name} = entry;
			if (name.startsWith('.')) continue;
			// Plain concatenation: path.join per entry (three of them) was most of the scan's time at 10,000 files.
			const absolutePath = joinName(directory, name);
			const shown = joinName(shownDirectory, name);
			const link = entry.isSymbolicLink();
			// Only a link needs a stat (and an await): 10,000 awaits are a visible part of the first frame.
			const kind = link ? await entryKind(absolutePath) : direntKind(entry);
			if (kind === 'directory') {
				await visit(absolutePath, shown, `${relative}${name}/`);
			} else if (!isArticleFileName(name)) {
				continue;
			} else if (kind === 'file') {
				// A link's real path is left for the caller to resolve.
				files.push(link
					? {absolutePath, root, relativePath: relative + name, shownPath: shown}
					: {absolutePath, root, relativePath: relative + name, shownPath: shown, realPath: joinName(real, name)});
			} else if (kind === 'other') {
				warnings.push(warning(`skipped ${shown}: not a regular file`));
			} else {
				warnings.push(warning(`skipped ${shown}: ${kind.error}`));
			}
		}
	};

	await visit(path.join(root), path.join(shownRoot), '');
	// Already in this order when entries are visited sorted (the sort then costs one comparison per file).
	files.sort((a, b) => compareRelativePaths(a.relativePath, b.relativePath));
	return {files, warnings};
}

/** The scan gives the event loop back this often. */
const BATCH_MS = 16;

/** path.join(directory, name) for a normalised directory and a plain entry name (no separator, not `.` or `..`). */
function joinName(directory: string, name: string): string {
	if (directory === '.' || directory === '') return name;
	return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}

type EntryKind = 'directory' | 'file' | 'other' | {error: string};

/** Follows a symbolic link to what it points at; a broken link is an error. */
async function entryKind(fullPath: string): Promise<EntryKind> {
	let target: Stats;
	try {
		target = await stat(fullPath);
	} catch (error) {
		return {error: `broken symbolic link (${describeError(error)})`};
	}
	return direntKind(target);
}

function direntKind(target: Dirent | Stats): EntryKind {
	if (target.isDirectory()) return 'directory';
	return target.isFile() ? 'file' : 'other';
}

const SLASH = 0x2f;

/**
 * Segment by segment, so that `a/b.txt` sorts with the rest of `a/` rather than
 * after `a.txt`: the same as comparing the split paths, without splitting (a
 * segment that ends first, at `/` or at the end, sorts first).
 */
export function compareRelativePaths(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	for (let index = 0; index < length; index++) {
		const x = a.charCodeAt(index);
		const y = b.charCodeAt(index);
		if (x === y) continue;
		if (x === SLASH) return -1;
		if (y === SLASH) return 1;
		return x < y ? -1 : 1;
	}
	return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
