import {type Dispatch, useEffect, useMemo, useRef, useState} from 'react';
import type {Library} from '../../core/library/index.js';
import {createSearcher, type SearchIndex, type Searcher, type SearchResult} from '../../core/search/index.js';
import type {Action, SearchState} from '../state/index.js';

/** Most results the search screen asks for. */
export const SCREEN_RESULT_LIMIT = 100;

/** The index being searched and how many articles it covered when it was taken. */
type Indexed = {readonly index: SearchIndex; readonly searcher: Searcher; readonly articles: number};

/**
 * Searches the library's index as it is so far. The index is asked for while
 * the search screen is open (after one frame, so `indexing…` shows when it is
 * built on demand) and again whenever the library has indexed more; the current
 * query runs when it changes and when the index grew (at most once per change
 * of the index, which the library reports at most every ~100 ms). A searcher
 * cancels a search still running when a newer one starts. Returns how many
 * articles the results cover.
 */
export function useSearch(
	library: Library,
	indexedCount: number,
	search: SearchState | undefined,
	dispatch: Dispatch<Action>,
): number | undefined {
	const [indexed, setIndexed] = useState<Indexed | undefined>(undefined);
	const open = search !== undefined;
	const current = useRef(indexed);
	current.current = indexed;

	useEffect(() => {
		if (!open) {
			return undefined;
		}

		const timer = setTimeout(() => {
			const index = library.searchIndex();
			if (index && index !== current.current?.index) {
				current.current?.searcher.cancel();
				setIndexed({index, searcher: createSearcher(index), articles: indexedCount});
				dispatch({type: 'searchReady'});
			}
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [open, library, indexedCount, dispatch]);

	// Results name articles by their place in the index; the list's order is the library's.
	const positions = useMemo(
		() => (open ? new Map(library.getSnapshot().articles.map((article, index) => [article.path, index])) : undefined),
		[library, open],
	);
	const query = search?.query;
	const ready = search !== undefined && search.status !== 'indexing';
	useEffect(() => {
		if (!ready || !indexed || !positions || query === undefined || query.trim() === '') {
			return;
		}

		const inLibrary = (result: SearchResult): SearchResult => ({...result, articleIndex: positions.get(result.path) ?? result.articleIndex});
		indexed.searcher.search(query, {limit: SCREEN_RESULT_LIMIT}).then(
			results => {
				dispatch({type: 'searchResults', query, results: results.map(result => inLibrary(result))});
			},
			(error: unknown) => {
				// A newer keystroke took over; anything else shows as no results rather than a stuck `searching…`.
				if (!(error instanceof Error && error.name === 'AbortError')) {
					dispatch({type: 'searchResults', query, results: []});
				}
			},
		);
	}, [query, ready, indexed, positions, dispatch]);

	useEffect(() => () => {
		current.current?.searcher.cancel();
	}, []);

	return indexed?.articles;
}
