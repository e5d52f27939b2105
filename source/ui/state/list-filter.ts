import type {Command} from '../keys.js';
import type {State} from './types.js';

/**
 * The list's type-to-filter (f). While the filter line is open, typed text goes
 * to it and the list shows only the articles whose titles match (the app
 * computes those rows, see ui/list/title-filter.ts, and hands them in with each
 * command as `listRows`); the selection is then a row of the filtered list.
 */

/** Drops the last code point, so a haraka typed after a letter goes on its own. */
function withoutLast(text: string): string {
	return [...text].slice(0, -1).join('');
}

/** The article a list row shows. */
export function articleOfRow(row: number, listRows: readonly number[] | undefined): number | undefined {
	return listRows ? listRows[row] : row;
}

/** f: opens the filter line (empty: every article still shows, the selection stays). */
export function openListFilter(state: State): State {
	return state.listFilter === undefined ? {...state, listFilter: ''} : state;
}

/** A new filter text: the list starts over at its first match. */
function withFilter(state: State, text: string): State {
	return text === state.listFilter ? state : {...state, listFilter: text, selection: 0, listTop: 0};
}

export function filterText(state: State, text: string): State {
	if (state.screen !== 'list' || state.listFilter === undefined) {
		return state;
	}

	return withFilter(state, state.listFilter + text);
}

/**
 * Commands that edit or close the filter; undefined for the rest (moving and
 * opening work on the filtered rows as on the whole list).
 */
export function listFilterCommand(state: State, command: Command, listRows: readonly number[] | undefined): State | undefined {
	const text = state.listFilter;
	if (text === undefined) {
		return undefined;
	}

	switch (command) {
		case 'deleteBack': {
			return withFilter(state, withoutLast(text));
		}

		case 'clearQuery': {
			return withFilter(state, '');
		}

		case 'back': {
			// Back to the whole list, on the article that was selected in the filtered one.
			const article = articleOfRow(state.selection, listRows);
			return {...state, listFilter: undefined, selection: article ?? 0};
		}

		default: {
			return undefined;
		}
	}
}
