import {type Dispatch, useEffect, useRef} from 'react';
import type {Article} from '../../core/articles/index.js';
import {buildSearchIndex, createSearcher, type Searcher} from '../../core/search/index.js';
import type {Action, SearchState} from '../state/index.js';

/** Most results the search screen asks for. */
export const SCREEN_RESULT_LIMIT = 100;

/**
 * Builds the search index the first time the search screen opens (after one
 * frame, so `indexing…` shows), then runs the query whenever it changes. The
 * searcher cancels a search still running when a newer keystroke starts one.
 */
export function useSearch(articles: readonly Article[], search: SearchState | undefined, dispatch: Dispatch<Action>): void {
	const searcher = useRef<Searcher | undefined>(undefined);
	const open = search !== undefined;

	useEffect(() => {
		if (!open || searcher.current) {
			return undefined;
		}

		const timer = setTimeout(() => {
			searcher.current = createSearcher(buildSearchIndex(articles));
			dispatch({type: 'searchReady'});
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [open, articles, dispatch]);

	const query = search?.query;
	const searching = search?.status === 'searching';
	useEffect(() => {
		const current = searcher.current;
		if (!searching || query === undefined || !current) {
			return;
		}

		current.search(query, {limit: SCREEN_RESULT_LIMIT}).then(
			results => {
				dispatch({type: 'searchResults', query, results});
			},
			(error: unknown) => {
				// A newer keystroke took over; anything else shows as no results rather than a stuck `searching…`.
				if (!(error instanceof Error && error.name === 'AbortError')) {
					dispatch({type: 'searchResults', query, results: []});
				}
			},
		);
	}, [query, searching, dispatch]);

	useEffect(() => () => {
		searcher.current?.cancel();
	}, []);
}
