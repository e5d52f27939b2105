import type {Command} from '../keys.js';
import {listCommand, placeSelection} from './list-navigation.js';
import {jumpToMatch, openReader, readerCommand, remeasureReader} from './reader-navigation.js';
import {openSearch, searchReady, searchResults, searchScreenCommand, typeText} from './search-screen.js';
import type {Action, Measure, State} from './types.js';

export const initialState: State = {
	screen: 'list',
	selection: 0,
	listTop: 0,
	reader: undefined,
	help: false,
	quit: false,
	search: undefined,
	searchReady: false,
	lastQuery: undefined,
	notice: undefined,
};

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

function listScreenCommand(state: State, command: Command, measure: Measure): State {
	switch (command) {
		case 'open': {
			if (measure.list.blockCount <= 0) {
				return state;
			}

			const article = Math.min(state.selection, measure.list.blockCount - 1);
			return {...state, screen: 'reader', reader: openReader(article, measure.reader(article))};
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
	return next === reader ? state : {...state, reader: next};
}

function resize(state: State, measure: Measure): State {
	const position = placeSelection(measure.list, {selection: state.selection, top: state.listTop}, state.selection);
	const reader = state.reader && remeasureReader(measure.reader(state.reader.article), state.reader);
	const back = state.search?.returnTo.reader;
	const search = state.search && back
		? {...state.search, returnTo: {...state.search.returnTo, reader: remeasureReader(measure.reader(back.article), back)}}
		: state.search;
	return {...state, selection: position.selection, listTop: position.top, reader, search};
}

export function reduce(state: State, action: Action): State {
	if (state.quit) {
		return state;
	}

	if (action.type === 'resize') {
		return resize(state, action.measure);
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

	if (command === 'help') {
		return {...current, help: true};
	}

	if (command === 'search') {
		return openSearch(current);
	}

	return current.screen === 'reader'
		? readerScreenCommand(current, command, measure, action.matchBlocks ?? [])
		: listScreenCommand(current, command, measure);
}
