import type {Command} from '../keys.js';
import {listCommand, placeSelection} from './list-navigation.js';
import {openReader, readerCommand, remeasureReader} from './reader-navigation.js';
import type {Action, Measure, State} from './types.js';

export const initialState: State = {
	screen: 'list',
	selection: 0,
	listTop: 0,
	reader: undefined,
	help: false,
	quit: false,
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

function readerScreenCommand(state: State, command: Command, measure: Measure): State {
	const {reader} = state;
	if (!reader) {
		return toList(state);
	}

	if (command === 'back' || command === 'close') {
		return toList(state);
	}

	const next = readerCommand(measure.reader(reader.article), reader, command);
	return next === reader ? state : {...state, reader: next};
}

function resize(state: State, measure: Measure): State {
	const position = placeSelection(measure.list, {selection: state.selection, top: state.listTop}, state.selection);
	const reader = state.reader && remeasureReader(measure.reader(state.reader.article), state.reader);
	return {...state, selection: position.selection, listTop: position.top, reader};
}

export function reduce(state: State, action: Action): State {
	if (state.quit) {
		return state;
	}

	if (action.type === 'resize') {
		return resize(state, action.measure);
	}

	const {command, measure} = action;
	if (command === 'quit') {
		return {...state, quit: true};
	}

	if (state.help) {
		return helpCommand(state, command);
	}

	if (command === 'help') {
		return {...state, help: true};
	}

	return state.screen === 'reader'
		? readerScreenCommand(state, command, measure)
		: listScreenCommand(state, command, measure);
}
