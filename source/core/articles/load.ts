import {listLibraryFiles} from './files.js';
import {IdAllocator} from './ids.js';
import {readArticleFile} from './read-file.js';
import type {Article, LoadOptions, LoadResult} from './types.js';

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

	const {queue, groupWarnings} = await listLibraryFiles(paths);
	const outcomes = await mapBounded(queue, concurrency, ({file}) => readArticleFile(file, maxFileBytes));

	const ids = new IdAllocator();
	const articles: Article[] = [];
	for (const [position, {file, argumentIndex}] of queue.entries()) {
		const outcome = outcomes[position];
		if (!outcome) continue;
		// Warnings follow argument order: an argument's scan warnings, then its files' warnings.
		groupWarnings[argumentIndex]?.push(...outcome.warnings);
		if (outcome.article) {
			articles.push({id: ids.allocate(file.root, file.relativePath), path: file.absolutePath, ...outcome.article});
		}
	}
	return {articles, warnings: groupWarnings.flat()};
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
