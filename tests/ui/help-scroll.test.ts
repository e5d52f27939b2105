import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/ui/keys.js';
import {helpView} from '../../source/ui/help/help-view.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {keyBindings} from '../../source/ui/keys.js';
import {type HelpView, helpWindow, initialState, type Measure, reduce, type State} from '../../source/ui/state/index.js';
import {fakeView} from './block-view.js';

const measure: Measure = {list: fakeView([1, 1, 1], 10, 0), reader: () => fakeView([1, 1], 10)};
/** 30 entries, one row each, 10 rows under the heading: 9 show, the last row says more. */
const view: HelpView = {entries: 30, rowsPerEntry: 1, rows: 10};

function press(state: State, commands: readonly Command[], helpView: HelpView | undefined = view): State {
	return commands.reduce((current, command) => reduce(current, {type: 'command', command, measure, helpView}), state);
}

describe('help window', () => {
	it('shows every entry when they fit, without a more line', () => {
		expect(helpWindow({entries: 5, rowsPerEntry: 1, rows: 5}, 3)).toEqual({top: 0, count: 5, above: false, below: false});
	});

	it('keeps the last row for the more line and clamps the top', () => {
		expect(helpWindow(view, 0)).toEqual({top: 0, count: 9, above: false, below: true});
		expect(helpWindow(view, 5)).toEqual({top: 5, count: 9, above: true, below: true});
		expect(helpWindow(view, 99)).toEqual({top: 21, count: 9, above: true, below: false});
		// Stacked rows take two lines each.
		expect(helpWindow({...view, rowsPerEntry: 2}, 0).count).toBe(4);
	});

	it('counts the real key table: narrow terminals stack the rows', () => {
		const english = createTranslator('en');
		const wide = helpView(keyBindings, english, 100, 30);
		expect(wide).toEqual({entries: keyBindings.length, rowsPerEntry: 1, rows: 29});
		expect(helpView(keyBindings, english, 20, 30).rowsPerEntry).toBe(2);
	});
});

describe('scrolling the help overlay', () => {
	const open = press(initialState, ['help']);

	it('opens at the top', () => {
		expect(open.help).toBe(true);
		expect(open.helpTop).toBe(0);
		expect(press({...initialState, helpTop: 7}, ['help']).helpTop).toBe(0);
	});

	it('moves by one with j/k, stopping at both ends', () => {
		expect(press(open, ['next', 'next']).helpTop).toBe(2);
		expect(press(open, ['next', 'previous', 'previous']).helpTop).toBe(0);
		expect(press(open, Array.from({length: 40}, (): Command => 'next')).helpTop).toBe(21);
	});

	it('pages by what shows with Space/PgDn and PgUp, and goes to the ends with g/G', () => {
		expect(press(open, ['pageDown']).helpTop).toBe(9);
		expect(press(open, ['pageDown', 'pageDown', 'pageDown']).helpTop).toBe(21);
		expect(press(open, ['last', 'pageUp']).helpTop).toBe(12);
		expect(press(open, ['last']).helpTop).toBe(21);
		expect(press(open, ['last', 'first']).helpTop).toBe(0);
	});

	it('leaves the screen behind alone and still closes with ? or Esc', () => {
		const scrolled = press(open, ['next', 'next']);
		expect(scrolled.selection).toBe(0);
		expect(scrolled.screen).toBe('list');
		expect(press(scrolled, ['back']).help).toBe(false);
		expect(press(scrolled, ['help']).help).toBe(false);
	});

	it('does not scroll where everything fits, nor without the overlay size', () => {
		expect(press(open, ['next', 'pageDown'], {entries: 5, rowsPerEntry: 1, rows: 10}).helpTop).toBe(0);
		expect(reduce(open, {type: 'command', command: 'next', measure}).helpTop).toBe(0);
	});
});
