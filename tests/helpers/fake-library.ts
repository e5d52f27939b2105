/**
 * A library whose background work is advanced by hand, for UI tests: every
 * article starts pending (title only); `load`, `fail` and `index` move it on
 * and notify subscribers as the real library does.
 */
import type {Article} from '../../source/core/articles/index.js';
import type {Library, LibraryArticle, LibrarySnapshot} from '../../source/core/library/index.js';
import {buildSearchIndex, type SearchIndex} from '../../source/core/search/index.js';

export type FakeLibrary = Library & {
	/** Reads article `index`'s paragraphs (the next pending one in order by default). */
	load(index?: number): void;
	/** Reads the next `count` pending articles, in order, as one change. */
	loadMany(count: number): void;
	/** Reading article `index` failed after its title was read. */
	fail(index: number, warning: string): void;
	/** Adds the first `count` articles (which must be loaded) to the search index. */
	index(count: number): void;
	/** Everything loaded and indexed. */
	finish(): void;
	/** Every index `prioritize` was called with, in order. */
	readonly prioritized: readonly number[];
	/** Times `searchIndex` returned a new index object. */
	readonly indexBuilds: number;
	readonly subscribers: number;
};

export function fakeLibrary(full: readonly Article[], initialWarnings: readonly string[] = []): FakeLibrary {
	let articles: LibraryArticle[] = full.map(article => ({...article, paragraphs: [], status: 'pending'}));
	let warnings = [...initialWarnings];
	let indexed = 0;
	const listeners = new Set<() => void>();
	const prioritized: number[] = [];
	let builtFor = -1;
	let built: SearchIndex | undefined;
	let indexBuilds = 0;

	const makeSnapshot = (): LibrarySnapshot => {
		const loaded = articles.filter(article => article.status !== 'pending').length;
		const total = articles.length;
		const phase = loaded < total ? 'loading' : indexed < total ? 'indexing' : 'ready';
		return {articles, warnings, progress: {phase, total, loaded, indexed}};
	};

	let snapshot = makeSnapshot();
	let resolveDone: () => void = () => undefined;
	const done = new Promise<void>(resolve => {
		resolveDone = resolve;
	});
	const changed = () => {
		snapshot = makeSnapshot();
		for (const listener of listeners) {
			listener();
		}

		if (snapshot.progress.phase === 'ready') {
			resolveDone();
		}
	};

	const loadAt = (index: number) => {
		const article = full[index];
		if (!article || articles[index]?.status !== 'pending') {
			return;
		}

		articles[index] = {...article, status: 'loaded'};
	};

	const nextPending = () => articles.findIndex(article => article.status === 'pending');

	return {
		getSnapshot: () => snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		prioritize(index) {
			prioritized.push(index);
		},
		searchIndex() {
			if (indexed === 0) {
				return undefined;
			}

			if (builtFor !== indexed) {
				built = buildSearchIndex(articles.slice(0, indexed));
				builtFor = indexed;
				indexBuilds++;
			}

			return built;
		},
		done,
		close: async () => {
			listeners.clear();
		},
		load(index = nextPending()) {
			// A new array per change, never one a published snapshot holds.
			articles = [...articles];
			loadAt(index);
			changed();
		},
		loadMany(count) {
			articles = [...articles];
			for (let loaded = 0; loaded < count; loaded++) {
				loadAt(nextPending());
			}

			changed();
		},
		fail(index, warning) {
			articles = [...articles];
			const entry = articles[index];
			if (entry) {
				articles[index] = {...entry, status: 'failed'};
			}

			warnings = [...warnings, warning];
			changed();
		},
		index(count) {
			if (articles.slice(0, count).some(article => article.status === 'pending')) {
				throw new Error('index() before those articles are loaded');
			}

			indexed = Math.max(indexed, Math.min(count, articles.length));
			changed();
		},
		finish() {
			articles = [...articles];
			for (let index = 0; index < articles.length; index++) {
				loadAt(index);
			}

			indexed = articles.length;
			changed();
		},
		get prioritized() {
			return prioritized;
		},
		get indexBuilds() {
			return indexBuilds;
		},
		get subscribers() {
			return listeners.size;
		},
	};
}
