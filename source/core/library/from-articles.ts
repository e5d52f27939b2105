/**
 * A library whose articles are already in memory (`qari list/read`, tests, the
 * UI before `openLibrary` existed): loaded from the start, indexed on demand.
 */
import type {Article} from '../articles/index.js';
import {buildSearchIndex, type SearchIndex} from '../search/index.js';
import type {Library, LibraryArticle, LibrarySnapshot} from './types.js';

export function libraryFromArticles(articles: readonly Article[], warnings: readonly string[]): Library {
	const loaded: LibraryArticle[] = articles.map(article => ({...article, status: 'loaded'}));
	const snapshot: LibrarySnapshot = {
		articles: loaded,
		warnings: [...warnings],
		progress: {phase: 'ready', total: loaded.length, loaded: loaded.length, indexed: loaded.length},
	};
	// Built on first use: a `qari` session that never searches never pays for it.
	let index: SearchIndex | undefined;
	return {
		getSnapshot: () => snapshot,
		// Nothing ever changes, so there is nothing to notify.
		subscribe: () => () => {},
		prioritize: () => {},
		searchIndex() {
			if (loaded.length === 0) return undefined;
			index ??= buildSearchIndex(loaded);
			return index;
		},
		done: Promise.resolve(),
		close: async () => {},
	};
}
