import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/ui/keys.js';
import {filterRows, titleKeys} from '../../source/ui/list/title-filter.js';
import {initialState, type Measure, reduce, type State} from '../../source/ui/state/index.js';
import {fakeView} from './block-view.js';

const titles = ['Harbour news', 'السُّوق اليوم', 'Market report', 'أخبار السوق', 'HARBOUR storm'].map(title => ({title}));
const keys = titleKeys(titles);

/** The list measured by its rows (the filtered count while filtering), as the app does; articles of 3 blocks. */
function measureFor(rows: number): Measure {
	return {list: fakeView(Array.from({length: rows}, () => 1), 3, 0), reader: () => fakeView([1, 1, 1], 10)};
}

/** Runs keys as the app does: text to the filter while it is open, commands with the current rows. */
function type(state: State, ...inputs: Array<Command | {text: string}>): State {
	return inputs.reduce((current, input) => {
		if (typeof input === 'object') {
			return reduce(current, {type: 'filterText', text: input.text});
		}

		const listRows = current.listFilter === undefined ? undefined : filterRows(keys, current.listFilter);
		const measure = measureFor(listRows?.length ?? titles.length);
		return reduce(current, {type: 'command', command: input, measure, listRows});
	}, state);
}

describe('title filter', () => {
	it('matches every word anywhere in the title, case, harakat and hamza forms folded', () => {
		expect(filterRows(keys, 'harbour')).toEqual([0, 4]);
		expect(filterRows(keys, 'السوق')).toEqual([1, 3]);
		expect(filterRows(keys, 'اخبار سُوق')).toEqual([3]);
		expect(filterRows(keys, 'storm HAR')).toEqual([4]);
		expect(filterRows(keys, 'nothing')).toEqual([]);
		// No words: the whole list.
		expect(filterRows(keys, '  ')).toBeUndefined();
	});
});

describe('list filter in the reducer', () => {
	it('f opens an empty filter that keeps the selection; text starts over at the first match', () => {
		const moved = type(initialState, 'next', 'next');
		const open = type(moved, 'filter');
		expect(open.listFilter).toBe('');
		expect(open.selection).toBe(2);
		const typed = type(open, {text: 'har'}, {text: 'b'});
		expect(typed.listFilter).toBe('harb');
		expect(typed.selection).toBe(0);
		// f again is text now, not a command: the app sends it as filterText.
		expect(type(typed, {text: 'f'}).listFilter).toBe('harbf');
	});

	it('moves within the filtered rows and opens the article of the selected row', () => {
		const state = type(initialState, 'filter', {text: 'harbour'}, 'next', 'next');
		expect(state.selection).toBe(1);
		const opened = type(state, 'open');
		expect(opened.screen).toBe('reader');
		expect(opened.reader?.article).toBe(4);
		// Back in the list, still filtered.
		const back = type(opened, 'back');
		expect(back.screen).toBe('list');
		expect(back.listFilter).toBe('harbour');
		expect(back.selection).toBe(1);
	});

	it('Backspace removes the last letter (a haraka on its own), Ctrl+U clears, Esc closes on the selected article', () => {
		const state = type(initialState, 'filter', {text: 'سُ'});
		expect(type(state, 'deleteBack').listFilter).toBe('س');
		expect(type(state, 'clearQuery').listFilter).toBe('');
		const selected = type(initialState, 'filter', {text: 'market'});
		const closed = type(selected, 'back');
		expect(closed.listFilter).toBeUndefined();
		expect(closed.selection).toBe(2);
		expect(closed.screen).toBe('list');
	});

	it('text only goes to an open filter on the list', () => {
		expect(type(initialState, {text: 'x'})).toBe(initialState);
	});

	it('an empty filtered list opens nothing', () => {
		const state = type(initialState, 'filter', {text: 'zzz'}, 'open');
		expect(state.screen).toBe('list');
	});
});

describe('an article opened while it loads', () => {
	it('goes to the paragraph it was opened at once it has loaded, unless the reader moved', () => {
		const pending = fakeView([1, 1], 10);
		const loaded = fakeView([1, 1, 1, 1, 1, 1], 10);
		let view = pending;
		const measure: Measure = {list: fakeView([1, 1], 3, 0), reader: () => view};
		const opened = reduce(initialState, {type: 'command', command: 'open', measure, resume: () => 4});
		expect(opened.reader?.focus).toBe(1);
		expect(opened.reader?.want).toBe(5);
		view = loaded;
		const arrived = reduce(opened, {type: 'articleLoaded', article: 0, measure});
		expect(arrived.reader?.focus).toBe(5);
		expect(arrived.reader?.want).toBeUndefined();
		// A move first: the reader stays where the person went.
		view = pending;
		const movedAway = reduce(opened, {type: 'command', command: 'first', measure});
		expect(movedAway.reader?.want).toBeUndefined();
		view = loaded;
		expect(reduce(movedAway, {type: 'articleLoaded', article: 0, measure}).reader?.focus).toBe(1);
	});
});
