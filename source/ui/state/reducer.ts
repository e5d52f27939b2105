import type {Command} from '../keys.js';
import {bookmarkChanged, bookmarkDeleted, bookmarkRestored, bookmarksText, bookmarksViewCommand, openBookmarksView} from './bookmarks-view.js';
import {bookmarkAdded, bookmarkRemoved, bookmarksLoaded, storeError} from './bookmarks.js';
import {articleOfRow, filterText, listFilterCommand, openListFilter} from './list-filter.js';
import {listCommand, placeSelection} from './list-navigation.js';
import {articleLoadedReader, jumpToMatch, openReader, openReaderAt, readerCommand, remeasureReader} from './reader-navigation.js';
import {openSearch, searchReady, searchResults, searchScreenCommand, typeText} from './search-screen.js';
import type {Action, Measure, State} from './types.js';

export const initialState: State = {
	screen: 'list',
	selection: 0,
	listTop: 0,
	listFilter: undefined,
	reader: undefined,
	help: false,
	quit: false,
	search: undefined,
	searchReady: false,
	lastQuery: undefined,
	notice: undefined,
	bookmarks: [],
	bookmarksView: undefined,
};

/** The state at start with article `selection` selected in the list (e.g. the one read last). */
export function initialStateAt(measure: Measure, selection: number): State {
	const position = placeSelection(measure.list, {selection: 0, top: 0}, selection);
	return {...initialState, selection: position.selection, listTop: position.top};
}

/** Commands while the help overlay is up: it closes with ?, Esc or q and swallows the rest. */
function helpCommand(state: State, command: Command): State {
	switch (command) {
		case 'help':
		case 'back':
		case 'close': {
			return {...state, help: false};
		}

		case 'quit': {
			return {...state, quit: true};
		}

		default: {
			return state;
		}
	}
}

function toList(state: State): State {
	return {...state, screen: 'list', reader: undefined};
}

type Resume = (article: number) => number | undefined;

function listScreenCommand(
	state: State,
	command: Command,
	measure: Measure,
	resume: Resume | undefined,
	listRows: readonly number[] | undefined,
): State {
	const filtered = listFilterCommand(state, command, listRows);
	if (filtered) {
		return filtered;
	}

	switch (command) {
		case 'filter': {
			return openListFilter(state);
		}

		case 'open': {
			if (measure.list.blockCount <= 0) {
				return state;
			}

			const article = articleOfRow(Math.min(state.selection, measure.list.blockCount - 1), listRows);
			if (article === undefined) {
				return state;
			}

			// Back to the saved reading position (block = paragraph + 1), if any.
			const saved = resume?.(article);
			const view = measure.reader(article);
			const reader = saved === undefined ? openReader(article, view) : openReaderAt(article, view, saved + 1);
			return {...state, screen: 'reader', reader};
		}

		case 'close': {
			return {...state, quit: true};
		}

		default: {
			const position = listCommand(measure.list, {selection: state.selection, top: state.listTop}, command);
			return {...state, selection: position.selection, listTop: position.top};
		}
	}
}

/** n and N: the next or previous paragraph matching the last search, wrapping at the article's ends. */
function matchCommand(state: State, command: 'nextMatch' | 'previousMatch', measure: Measure, blocks: readonly number[]): State {
	const {reader, lastQuery} = state;
	if (!reader) {
		return state;
	}

	if (lastQuery === undefined) {
		return {...state, notice: 'no search yet: / to search'};
	}

	const direction = command === 'nextMatch' ? 1 : -1;
	const jump = jumpToMatch(measure.reader(reader.article), reader, blocks, direction);
	if (!jump) {
		return {...state, notice: 'no match in this article'};
	}

	const notice = jump.wrapped ? (direction > 0 ? 'wrapped to the first match' : 'wrapped to the last match') : undefined;
	return {...state, reader: jump.reader, notice};
}

function readerScreenCommand(state: State, command: Command, measure: Measure, matchBlocks: readonly number[]): State {
	const {reader} = state;
	if (!reader) {
		return toList(state);
	}

	if (command === 'back' || command === 'close') {
		return toList(state);
	}

	if (command === 'nextMatch' || command === 'previousMatch') {
		return matchCommand(state, command, measure, matchBlocks);
	}

	const next = readerCommand(measure.reader(reader.article), reader, command);
	if (next === reader) {
		return state;
	}

	// A move forgets where the article was opened for while it loaded.
	const {want: _forgotten, ...moved} = next;
	return {...state, reader: moved};
}

/** Re-anchors the open article once it has loaded, going to the paragraph it was opened at. */
function articleLoaded(state: State, article: number, measure: Measure): State {
	const resized = resize(state, measure);
	const {reader} = state;
	if (!reader || reader.article !== article) {
		return resized;
	}

	return {...resized, reader: articleLoadedReader(measure.reader(article), reader)};
}

function resize(state: State, measure: Measure): State {
	const position = placeSelection(measure.list, {selection: state.selection, top: state.listTop}, state.selection);
	const reader = state.reader && remeasureReader(measure.reader(state.reader.article), state.reader);
	const back = state.search?.returnTo.reader;
	const search = state.search && back
		? {...state.search, returnTo: {...state.search.returnTo, reader: remeasureReader(measure.reader(back.article), back)}}
		: state.search;
	const view = state.bookmarksView;
	const viewBack = view?.returnTo.reader;
	const bookmarksView = view && viewBack
		? {...view, returnTo: {...view.returnTo, reader: remeasureReader(measure.reader(viewBack.article), viewBack)}}
		: view;
	return {...state, selection: position.selection, listTop: position.top, reader, search, bookmarksView};
}

export function reduce(state: State, action: Action): State {
	if (state.quit) {
		return state;
	}

	if (action.type === 'resize') {
		return resize(state, action.measure);
	}

	if (action.type === 'articleLoaded') {
		return articleLoaded(state, action.article, action.measure);
	}

	if (action.type === 'filterText') {
		return filterText(state, action.text);
	}

	if (action.type === 'searchText') {
		return typeText(state, action.text);
	}

	if (action.type === 'searchReady') {
		return searchReady(state);
	}

	if (action.type === 'searchResults') {
		return searchResults(state, action.query, action.results);
	}

	if (action.type === 'bookmarksLoaded') {
		return bookmarksLoaded(state, action.bookmarks);
	}

	if (action.type === 'bookmarkAdded') {
		return bookmarkAdded(state, action.bookmark);
	}

	if (action.type === 'bookmarkRemoved') {
		return bookmarkRemoved(state, action.id);
	}

	if (action.type === 'bookmarksText') {
		return bookmarksText(state, action.text);
	}

	if (action.type === 'bookmarkDeleted') {
		return bookmarkDeleted(state, action.bookmark);
	}

	if (action.type === 'bookmarkRestored') {
		return bookmarkRestored(state, action.bookmark);
	}

	if (action.type === 'bookmarkChanged') {
		return bookmarkChanged(state, action.bookmark);
	}

	if (action.type === 'storeError') {
		return storeError(state, action.message);
	}

	const {command, measure} = action;
	if (command === 'quit') {
		return {...state, quit: true};
	}

	// A notice lasts until the next key.
	const current = state.notice === undefined ? state : {...state, notice: undefined};
	if (current.help) {
		return helpCommand(current, command);
	}

	if (current.screen === 'search') {
		return searchScreenCommand(current, command, measure);
	}

	// Before help: the view has no overlay, and ? is only a key there.
	if (current.screen === 'bookmarks') {
		return bookmarksViewCommand(current, command, measure, action.entries ?? []);
	}

	if (command === 'help') {
		return {...current, help: true};
	}

	if (command === 'search') {
		return openSearch(current);
	}

	if (command === 'bookmarks') {
		return openBookmarksView(current);
	}

	return current.screen === 'reader'
		? readerScreenCommand(current, command, measure, action.matchBlocks ?? [])
		: listScreenCommand(current, command, measure, action.resume, action.listRows);
}
