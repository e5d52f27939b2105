import type {Command} from '../keys.js';
import {bookmarkChanged, bookmarkDeleted, bookmarkRestored, bookmarksText, bookmarksViewCommand, openBookmarksView} from './bookmarks-view.js';
import {bookmarkAdded, bookmarkRemoved, bookmarksLoaded, storeError} from './bookmarks.js';
import {articleOfRow, filterText, listFilterCommand, openListFilter} from './list-filter.js';
import {listCommand, placeSelection} from './list-navigation.js';
import {jumpCommand, jumpText} from './jump.js';
import {articleLoadedReader, openReader, openReaderAt, remeasureReader} from './reader-navigation.js';
import {readerScreenCommand, toList} from './reader-screen.js';
import {openSearch, searchReady, searchResults, searchScreenCommand, typeText} from './search-screen.js';
import {clampTextWidth, DEFAULT_TEXT_WIDTH} from './text-width.js';
import {scrollHelp} from './help-scroll.js';
import type {Action, HelpView, Measure, State} from './types.js';

export const initialState: State = {
	screen: 'list',
	selection: 0,
	listTop: 0,
	listFilter: undefined,
	reader: undefined,
	help: false,
	helpTop: 0,
	quit: false,
	search: undefined,
	searchReady: false,
	lastQuery: undefined,
	notice: undefined,
	jump: undefined,
	textWidth: DEFAULT_TEXT_WIDTH,
	bookmarks: [],
	bookmarksView: undefined,
};

/** The state at start with article `selection` selected in the list (e.g. the one read last), and the text width to start with. */
export function initialStateAt(measure: Measure, selection: number, textWidth = DEFAULT_TEXT_WIDTH): State {
	const position = placeSelection(measure.list, {selection: 0, top: 0}, selection);
	return {...initialState, selection: position.selection, listTop: position.top, textWidth: clampTextWidth(textWidth)};
}

/** Commands while the help overlay is up: it closes with ?, Esc or q, the moving keys scroll it, and it swallows the rest. */
function helpCommand(state: State, command: Command, view: HelpView | undefined): State {
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
			return scrollHelp(state, command, view);
		}
	}
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

	if (action.type === 'jumpText') {
		return jumpText(state, action.text);
	}

	if (action.type === 'notice') {
		return {...state, notice: action.notice};
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
		return helpCommand(current, command, action.helpView);
	}

	if (current.screen === 'reader' && current.jump !== undefined) {
		return jumpCommand(current, command, measure);
	}

	if (current.screen === 'search') {
		return searchScreenCommand(current, command, measure);
	}

	// Before help: the view has no overlay, and ? is only a key there.
	if (current.screen === 'bookmarks') {
		return bookmarksViewCommand(current, command, measure, action.entries ?? []);
	}

	if (command === 'help') {
		return {...current, help: true, helpTop: 0};
	}

	if (command === 'search') {
		return openSearch(current);
	}

	if (command === 'bookmarks') {
		return openBookmarksView(current);
	}

	return current.screen === 'reader'
		? readerScreenCommand(current, command, {measure, matchBlocks: action.matchBlocks ?? [], resume: action.resume, listRows: action.listRows})
		: listScreenCommand(current, command, measure, action.resume, action.listRows);
}
