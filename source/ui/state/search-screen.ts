import type {SearchResult} from '../../core/search/index.js';
import type {Command} from '../keys.js';
import {movedSelection, placeSelection} from './list-navigation.js';
import {openReaderAt} from './reader-navigation.js';
import type {Measure, SearchState, State} from './types.js';

/** Results moved by one page of PgUp/PgDn on the search screen. */
const RESULT_PAGE = 5;

/** Opens the search screen over the list or the reader, remembering where to come back to. */
export function openSearch(state: State): State {
	const returnTo = state.screen === 'reader' && state.reader
		? {screen: 'reader' as const, reader: state.reader}
		: {screen: 'list' as const, reader: undefined};
	const search: SearchState = {
		query: '',
		status: state.searchReady ? 'done' : 'indexing',
		results: [],
		selected: 0,
		returnTo,
	};
	return {...state, screen: 'search', search, notice: undefined};
}

/** The query changed: its results are pending (none for an empty query). */
function withQuery(search: SearchState, query: string): SearchState {
	if (search.status === 'indexing') {
		return {...search, query};
	}

	return query.trim() === ''
		? {...search, query, status: 'done', results: [], selected: 0}
		: {...search, query, status: 'searching'};
}

export function typeText(state: State, text: string): State {
	const {search} = state;
	return search ? {...state, search: withQuery(search, search.query + text)} : state;
}

export function searchReady(state: State): State {
	const {search} = state;
	const ready = {...state, searchReady: true};
	return search?.status === 'indexing' ? {...ready, search: withQuery({...search, status: 'done'}, search.query)} : ready;
}

export function searchResults(state: State, query: string, results: readonly SearchResult[]): State {
	const {search} = state;
	if (!search || search.query !== query || search.status === 'indexing') {
		return state;
	}

	// The same query run again over a grown index keeps the selection where it was.
	const selected = search.status === 'searching' ? 0 : Math.max(0, Math.min(search.selected, results.length - 1));
	return {...state, search: {...search, status: 'done', results, selected}};
}

function closeSearch(state: State, search: SearchState): State {
	const {screen, reader} = search.returnTo;
	return {...state, screen, reader, search: undefined};
}

function openResult(state: State, search: SearchState, measure: Measure): State {
	const result = search.results[search.selected];
	if (!result) {
		return state;
	}

	const article = result.articleIndex;
	const reader = openReaderAt(article, measure.reader(article), result.paragraph);
	// A filtered list is measured by its rows, not the articles: it is cleared, and re-placed on the next resize.
	const list = state.listFilter === undefined
		? placeSelection(measure.list, {selection: state.selection, top: state.listTop}, article)
		: {selection: article, top: article};
	return {
		...state,
		screen: 'reader',
		reader,
		selection: list.selection,
		listTop: list.top,
		listFilter: undefined,
		search: undefined,
		lastQuery: search.query,
	};
}

function moveSelection(search: SearchState, command: Command): SearchState {
	const selected = movedSelection(search.selected, command, search.results.length, RESULT_PAGE);
	return selected === undefined ? search : {...search, selected};
}

/** Drops the last code point, so a haraka typed after a letter goes on its own. */
function withoutLast(query: string): string {
	return [...query].slice(0, -1).join('');
}

export function searchScreenCommand(state: State, command: Command, measure: Measure): State {
	const {search} = state;
	if (!search) {
		return {...state, screen: 'list'};
	}

	switch (command) {
		case 'back': {
			return closeSearch(state, search);
		}

		case 'open': {
			return openResult(state, search, measure);
		}

		case 'deleteBack': {
			return {...state, search: withQuery(search, withoutLast(search.query))};
		}

		case 'clearQuery': {
			return {...state, search: withQuery(search, '')};
		}

		default: {
			const moved = moveSelection(search, command);
			return moved === search ? state : {...state, search: moved};
		}
	}
}
