/**
 * A library that opens fast and fills in behind the first frame: every
 * article's title is known when `openLibrary` resolves; paragraphs are read and
 * the search index is built in the background, in slices that yield to input.
 */
import type {Article} from '../articles/index.js';
import type {SearchIndex} from '../search/index.js';

/**
 * An article of a library. `pending`: only the title is known (paragraphs is
 * empty); `loaded`: paragraphs are read; `failed`: reading the whole file
 * failed after its title was read (the warning says why; paragraphs is empty).
 */
export type LibraryArticle = Article & {
	readonly status: 'pending' | 'loaded' | 'failed';
};

export type LibraryProgress = {
	/** `loading`: paragraphs are being read; `indexing`: all read, the index is being built; `ready`: both done. */
	readonly phase: 'loading' | 'indexing' | 'ready';
	/** Articles in the list (fixed once the library is open). */
	readonly total: number;
	/** Articles whose paragraphs are read (or failed). */
	readonly loaded: number;
	/** Articles in the search index. */
	readonly indexed: number;
};

/** An immutable view; a new object (and a new `articles` array) whenever anything changed. */
export type LibrarySnapshot = {
	/** Order and length never change after open; an entry is replaced when it loads. */
	readonly articles: readonly LibraryArticle[];
	/** One-line `warning: …` messages, in the order found. */
	readonly warnings: readonly string[];
	readonly progress: LibraryProgress;
};

export type Library = {
	/** For React's useSyncExternalStore: the same object until something changes. */
	getSnapshot(): LibrarySnapshot;
	/** Called at most every ~100 ms while work is running, and once when it is done. */
	subscribe(listener: () => void): () => void;
	/** Reads article `index` before the others (the reader just opened it). */
	prioritize(index: number): void;
	/**
	 * The search index over the articles indexed so far (`progress.indexed` of
	 * them); undefined before the first one. The same object until it grows.
	 */
	searchIndex(): SearchIndex | undefined;
	/** Resolves once every article is loaded and indexed (and the cache written). */
	readonly done: Promise<void>;
	/** Stops background work; writes what is loaded to the cache if the cache is on. */
	close(): Promise<void>;
};
