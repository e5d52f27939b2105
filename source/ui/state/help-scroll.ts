/**
 * Scrolling the `?` overlay. The overlay lists every binding, which does not
 * fit a short terminal (30 rows, fewer at 24), so while it is open the moving
 * keys scroll it. The window is counted in help entries; `helpWindow` is the
 * one place that decides what shows, for the reducer and the overlay alike.
 */
import type {Command} from '../keys.js';
import type {HelpView, State} from './types.js';

export type HelpWindow = {
	/** The first entry shown (the clamped scroll position). */
	readonly top: number;
	/** How many entries show. */
	readonly count: number;
	/** Entries hidden above and below: the overlay says so on its last row. */
	readonly above: boolean;
	readonly below: boolean;
};

/**
 * Which entries fit `view.rows` rows below the heading, from `top`. When they
 * do not all fit, the last row is kept for the `↑/↓ more` line.
 */
export function helpWindow(view: HelpView, top: number): HelpWindow {
	const perEntry = Math.max(1, view.rowsPerEntry);
	const rows = Math.max(0, view.rows);
	if (view.entries * perEntry <= rows) {
		return {top: 0, count: view.entries, above: false, below: false};
	}

	const count = Math.max(1, Math.floor((rows - 1) / perEntry));
	const first = Math.max(0, Math.min(top, view.entries - count));
	return {top: first, count, above: first > 0, below: first + count < view.entries};
}

/** The scroll position after a moving key (other keys leave it), clamped to the entries. */
export function scrollHelp(state: State, command: Command, view: HelpView | undefined): State {
	if (view === undefined) {
		// Without the overlay's size there is nothing to clamp to: only the start is known.
		return command === 'first' ? {...state, helpTop: 0} : state;
	}

	const {top, count} = helpWindow(view, state.helpTop);
	const last = Math.max(0, view.entries - count);
	const moved: Partial<Record<Command, number>> = {
		next: top + 1,
		previous: top - 1,
		pageDown: top + count,
		pageUp: top - count,
		first: 0,
		last,
	};
	const target = moved[command];
	return target === undefined ? state : {...state, helpTop: Math.max(0, Math.min(target, last))};
}
