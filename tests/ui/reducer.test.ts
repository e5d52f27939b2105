import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/ui/keys.js';
import {type Action, initialState, type Measure, reduce, type State} from '../../source/ui/state/index.js';
import {isBlockVisible, visibleBlocks, visibleRows} from '../../source/ui/viewport.js';
import {fakeView} from './block-view.js';

/** Articles as block heights (block 0 is the title). */
function measureFor(articles: ReadonlyArray<readonly number[]>, readerHeight: number, listHeight = 5): Measure {
	return {
		list: fakeView(articles.map(() => 1), listHeight, 0),
		reader: article => fakeView(articles[article] ?? [1], readerHeight),
	};
}

function run(state: State, measure: Measure, ...commands: Command[]): State {
	return commands.reduce((current, command) => reduce(current, {type: 'command', command, measure}), state);
}

function reader(state: State) {
	if (!state.reader) {
		throw new Error('reader is not open');
	}

	return state.reader;
}

function focusVisible(state: State, measure: Measure): boolean {
	const open = reader(state);
	return isBlockVisible(measure.reader(open.article), open.top, open.focus);
}

const twoArticles = [
	[1, 3, 2, 4, 1, 2, 3],
	[2, 1, 1],
];

describe('list screen', () => {
	it('moves the selection within bounds with j/k, g/G and paging', () => {
		const measure = measureFor(Array.from({length: 12}, () => [1, 1]), 5, 4);
		expect(run(initialState, measure, 'next', 'next').selection).toBe(2);
		expect(run(initialState, measure, 'previous').selection).toBe(0);
		expect(run(initialState, measure, 'last').selection).toBe(11);
		expect(run(initialState, measure, 'last', 'next').selection).toBe(11);
		expect(run(initialState, measure, 'last', 'first').selection).toBe(0);
		expect(run(initialState, measure, 'pageDown').selection).toBe(4);
		expect(run(initialState, measure, 'pageDown', 'pageDown', 'pageDown', 'pageDown').selection).toBe(11);
		expect(run(initialState, measure, 'last', 'pageUp').selection).toBe(7);
	});

	it('scrolls its window so the selection stays on screen', () => {
		const measure = measureFor(Array.from({length: 12}, () => [1, 1]), 5, 4);
		let state = initialState;
		for (let step = 0; step < 11; step += 1) {
			state = run(state, measure, 'next');
			expect(state.selection - state.listTop).toBeGreaterThanOrEqual(0);
			expect(state.selection - state.listTop).toBeLessThan(4);
		}

		expect(state.listTop).toBe(8);
		state = run(state, measure, 'first');
		expect(state.listTop).toBe(0);
	});

	it('does nothing on Enter or movement in an empty library, and q quits', () => {
		const measure = measureFor([], 5);
		expect(run(initialState, measure, 'open', 'next', 'last')).toEqual(initialState);
		expect(run(initialState, measure, 'close').quit).toBe(true);
	});
});

describe('opening and leaving an article', () => {
	const measure = measureFor(twoArticles, 6);

	it('opens the selected article at the top with the first paragraph focused', () => {
		const state = run(initialState, measure, 'next', 'open');
		expect(state.screen).toBe('reader');
		expect(reader(state)).toEqual({article: 1, focus: 1, top: {block: 0, line: 0}});
	});

	it('goes back to the list with Esc or q, keeping the selection', () => {
		for (const command of ['back', 'close'] as const) {
			const state = run(initialState, measure, 'next', 'open', 'next', command);
			expect(state.screen).toBe('list');
			expect(state.reader).toBeUndefined();
			expect(state.selection).toBe(1);
			expect(state.quit).toBe(false);
		}
	});

	it('ignores Esc on the list but quits on q; Ctrl+C quits from anywhere', () => {
		expect(run(initialState, measure, 'back')).toEqual(initialState);
		expect(run(initialState, measure, 'close').quit).toBe(true);
		expect(run(initialState, measure, 'open', 'quit').quit).toBe(true);
		expect(run(initialState, measure, 'help', 'quit').quit).toBe(true);
	});

	it('ignores every action once quitting', () => {
		const quitting = run(initialState, measure, 'close');
		expect(run(quitting, measure, 'open', 'next')).toBe(quitting);
		expect(reduce(quitting, {type: 'resize', measure})).toBe(quitting);
	});

	it('keeps the title (block 0) out of the focus unless the article has no paragraphs', () => {
		const titleOnly = measureFor([[2]], 6);
		const state = run(initialState, titleOnly, 'open', 'next', 'pageDown', 'last');
		expect(reader(state).focus).toBe(0);
		expect(reader(run(initialState, measure, 'open', 'previous', 'first')).focus).toBe(1);
	});
});

describe('help overlay', () => {
	const measure = measureFor(twoArticles, 6);

	it('toggles with ? and closes with Esc or q without leaving the screen', () => {
		const open = run(initialState, measure, 'open', 'help');
		expect(open.help).toBe(true);
		expect(run(open, measure, 'help').help).toBe(false);
		for (const command of ['back', 'close'] as const) {
			const closed = run(open, measure, command);
			expect(closed.help).toBe(false);
			expect(closed.screen).toBe('reader');
			expect(closed.quit).toBe(false);
		}

		expect(run(initialState, measure, 'help', 'close')).toEqual({...initialState});
	});

	it('swallows other commands while it is up', () => {
		const open = run(initialState, measure, 'open', 'help');
		expect(run(open, measure, 'next', 'last', 'pageDown')).toBe(open);
	});
});

describe('reader focus and scrolling', () => {
	it('moves the focus one paragraph at a time, stopping at both ends', () => {
		const measure = measureFor(twoArticles, 6);
		let state = run(initialState, measure, 'open');
		const focuses: number[] = [];
		for (let step = 0; step < 8; step += 1) {
			state = run(state, measure, 'next');
			focuses.push(reader(state).focus);
		}

		expect(focuses).toEqual([2, 3, 4, 5, 6, 6, 6, 6]);
		state = run(state, measure, 'previous', 'previous');
		expect(reader(state).focus).toBe(4);
		state = run(state, measure, 'first', 'previous');
		expect(reader(state).focus).toBe(1);
	});

	it('keeps the focused paragraph on screen after every move, at any height', () => {
		for (const height of [1, 2, 3, 4, 7, 40]) {
			const measure = measureFor(twoArticles, height);
			let state = run(initialState, measure, 'open');
			const commands: Command[] = ['next', 'next', 'next', 'last', 'previous', 'first', 'next', 'next', 'next', 'next', 'next', 'previous'];
			for (const command of commands) {
				state = run(state, measure, command);
				expect(focusVisible(state, measure), `height ${height}, after ${command}`).toBe(true);
			}
		}
	});

	it('shows the title again when the focus returns to the first paragraph', () => {
		// Title, gap and the 3-line first paragraph fill exactly 5 rows.
		const measure = measureFor(twoArticles, 5);
		const state = run(initialState, measure, 'open', 'next', 'next', 'next', 'first');
		expect(reader(run(initialState, measure, 'open', 'next', 'next', 'next')).top).not.toEqual({block: 0, line: 0});
		expect(reader(state).top).toEqual({block: 0, line: 0});
	});

	it('goes to the very end with G and back to the top with g', () => {
		const measure = measureFor(twoArticles, 5);
		const end = run(initialState, measure, 'open', 'last');
		const view = measure.reader(0);
		const rows = visibleRows(view, reader(end).top);
		expect(rows.at(-1)).toEqual({kind: 'text', block: 6, line: 2});
		expect(reader(end).focus).toBe(6);
		expect(reader(run(end, measure, 'first')).top).toEqual({block: 0, line: 0});
	});

	it('pages by a screen and focuses the paragraph nearest to where the reader was', () => {
		// Rows 0-4: 0:0 gap 1:0 1:1 1:2 | 5-9: gap 2:0 2:1 gap 3:0 | 10-14: 3:1 3:2 3:3 gap 4:0
		const measure = measureFor(twoArticles, 5);
		const view = measure.reader(0);
		let state = run(initialState, measure, 'open', 'pageDown');
		expect(reader(state).top).toEqual({block: 1, line: 3});
		expect(reader(state).focus).toBe(2);
		state = run(state, measure, 'pageDown');
		expect(reader(state).top).toEqual({block: 3, line: 1});
		expect(reader(state).focus).toBe(3);
		state = run(state, measure, 'pageUp');
		expect(reader(state).top).toEqual({block: 1, line: 3});
		expect(reader(state).focus).toBe(visibleBlocks(view, reader(state).top).at(-1));
		expect(reader(state).focus).toBe(3);
	});

	it('moves the focus to the last or first paragraph when paging cannot scroll further', () => {
		const measure = measureFor(twoArticles, 5);
		const atEnd = run(initialState, measure, 'open', 'pageDown', 'pageDown', 'pageDown', 'pageDown', 'pageDown');
		expect(reader(atEnd).focus).toBe(6);
		const atStart = run(atEnd, measure, 'pageUp', 'pageUp', 'pageUp', 'pageUp', 'pageUp', 'pageUp');
		expect(reader(atStart).top).toEqual({block: 0, line: 0});
		expect(reader(atStart).focus).toBe(1);
	});

	it('shows the start of a paragraph taller than the screen and pages through it', () => {
		const measure = measureFor([[1, 1, 20, 1]], 4);
		let state = run(initialState, measure, 'open', 'next');
		expect(reader(state)).toMatchObject({focus: 2, top: {block: 2, line: 0}});
		state = run(state, measure, 'pageDown');
		expect(reader(state)).toMatchObject({focus: 2, top: {block: 2, line: 4}});
		state = run(state, measure, 'next');
		expect(reader(state).focus).toBe(3);
		expect(focusVisible(state, measure)).toBe(true);
	});

	it('measures only the paragraphs it walks over in a long article', () => {
		const heights = Array.from({length: 2000}, (_, index) => 1 + (index % 5));
		const view = fakeView(heights, 10);
		const measure: Measure = {list: fakeView([1], 5, 0), reader: () => view};
		run(initialState, measure, 'open', 'next', 'next', 'pageDown', 'pageDown', 'next');
		expect(view.measured.size).toBeLessThan(40);
		expect(Math.max(...view.measured)).toBeLessThan(40);
	});
});

describe('resize', () => {
	it('keeps the focused paragraph on screen when lines get taller and the screen smaller', () => {
		const wide = measureFor([[1, 1, 1, 1, 1, 1, 1, 1]], 12);
		let state = run(initialState, wide, 'open', 'next', 'next', 'next', 'next');
		expect(reader(state).focus).toBe(5);
		const narrow = measureFor([[3, 5, 5, 5, 5, 5, 5, 5]], 3);
		state = reduce(state, {type: 'resize', measure: narrow} satisfies Action);
		expect(reader(state).focus).toBe(5);
		expect(focusVisible(state, narrow)).toBe(true);
	});

	it('pulls the top back when the text got shorter, so the screen stays full', () => {
		const narrow = measureFor([[1, 4, 4, 4, 4]], 4);
		let state = run(initialState, narrow, 'open', 'last');
		const wide = measureFor([[1, 1, 1, 1, 1]], 4);
		state = reduce(state, {type: 'resize', measure: wide});
		expect(visibleRows(wide.reader(0), reader(state).top)).toHaveLength(4);
		expect(focusVisible(state, wide)).toBe(true);
	});

	it('keeps the list selection on screen when the list gets shorter', () => {
		const tall = measureFor(Array.from({length: 30}, () => [1]), 5, 20);
		let state = run(initialState, tall, 'pageDown', 'next');
		const short = measureFor(Array.from({length: 30}, () => [1]), 5, 2);
		state = reduce(state, {type: 'resize', measure: short});
		expect(state.selection).toBe(21);
		expect(state.selection - state.listTop).toBeGreaterThanOrEqual(0);
		expect(state.selection - state.listTop).toBeLessThan(2);
	});
});
