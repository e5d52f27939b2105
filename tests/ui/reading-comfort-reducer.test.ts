import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/ui/keys.js';
import {
	type Action,
	initialState,
	initialStateAt,
	type Measure,
	paragraphAtPercent,
	parseJump,
	reduce,
	type State,
} from '../../source/ui/state/index.js';
import {fakeView} from './block-view.js';

/** Articles as block heights (block 0 is the title), each with a base direction. */
function measureFor(articles: ReadonlyArray<readonly number[]>, directions: ReadonlyArray<'ltr' | 'rtl'> = [], readerHeight = 4): Measure {
	return {
		list: fakeView(articles.map(() => 1), 3, 0),
		reader: article => ({...fakeView(articles[article] ?? [1], readerHeight), direction: () => directions[article] ?? 'ltr'}),
	};
}

function run(state: State, measure: Measure, ...commands: Command[]): State {
	return commands.reduce((current, command) => reduce(current, {type: 'command', command, measure}), state);
}

const act = (state: State, ...actions: Action[]): State => actions.reduce(reduce, state);

const lines = (count: number) => [1, ...Array.from({length: count}, () => 1)];

describe('[ and ]: previous and next article from the reader', () => {
	const measure = measureFor([lines(3), lines(5), lines(2)]);

	it('open the neighbouring article at its first paragraph; the list selection follows', () => {
		const opened = run(initialState, measure, 'open', 'next');
		expect(opened.reader).toMatchObject({article: 0, focus: 2});
		const next = run(opened, measure, 'nextArticle');
		expect(next.screen).toBe('reader');
		expect(next.reader).toMatchObject({article: 1, focus: 1});
		expect(next.selection).toBe(1);
		const back = run(next, measure, 'previousArticle');
		expect(back.reader).toMatchObject({article: 0, focus: 1});
		expect(run(back, measure, 'back').selection).toBe(0);
	});

	it('say so at either end and stay', () => {
		const first = run(initialState, measure, 'open');
		const before = run(first, measure, 'previousArticle');
		expect(before.reader).toEqual(first.reader);
		expect(before.notice).toEqual({key: 'notice.firstArticle'});
		const last = run(first, measure, 'nextArticle', 'nextArticle');
		expect(last.reader?.article).toBe(2);
		const after = run(last, measure, 'nextArticle');
		expect(after.reader?.article).toBe(2);
		expect(after.notice).toEqual({key: 'notice.lastArticle'});
		expect(run(after, measure, 'next').notice).toBeUndefined();
	});

	it('go back to the saved reading position, as opening from the list does', () => {
		const resume = (article: number) => (article === 1 ? 3 : undefined);
		const first = run(initialState, measure, 'open');
		const next = reduce(first, {type: 'command', command: 'nextArticle', measure, resume});
		expect(next.reader).toMatchObject({article: 1, focus: 4});
	});

	it('follow the filtered list: its rows, and the selection as a row of it', () => {
		const five = measureFor([lines(1), lines(1), lines(1), lines(1), lines(1)]);
		const listRows = [0, 2, 4];
		const step = (state: State, command: Command) => reduce(state, {type: 'command', command, measure: five, listRows});
		const opened = step(step({...initialState, listFilter: 'x'}, 'next'), 'open');
		expect(opened.reader?.article).toBe(2);
		const next = step(opened, 'nextArticle');
		expect(next.reader?.article).toBe(4);
		expect(next.selection).toBe(2);
		expect(step(next, 'nextArticle').notice).toEqual({key: 'notice.lastArticle'});
		// An article that is not one of the rows (opened from search): the nearest row past it.
		const outside = {...next, reader: {article: 3, focus: 1, top: {block: 0, line: 0}}};
		expect(step(outside, 'previousArticle').reader?.article).toBe(2);
		expect(step(outside, 'nextArticle').reader?.article).toBe(4);
	});

	it('do nothing in the list', () => {
		expect(run(initialState, measure, 'nextArticle')).toMatchObject({screen: 'list', selection: 0});
	});
});

describe('← and →: pages toward the reading direction', () => {
	// Ten one-line paragraphs on a four-row screen: each page moves the top.
	const measure = measureFor([lines(10), lines(10)], ['rtl', 'ltr']);

	it('← is the next page of a right-to-left article, → the previous', () => {
		const opened = run(initialState, measure, 'open');
		expect(run(opened, measure, 'pageLeft').reader).toEqual(run(opened, measure, 'pageDown').reader);
		const paged = run(opened, measure, 'pageLeft', 'pageLeft');
		expect(paged.reader?.focus).toBeGreaterThan(opened.reader?.focus ?? 0);
		expect(run(paged, measure, 'pageRight').reader).toEqual(run(paged, measure, 'pageUp').reader);
	});

	it('→ is the next page of a left-to-right article, ← the previous', () => {
		const opened = run(initialState, measure, 'next', 'open');
		expect(opened.reader?.article).toBe(1);
		expect(run(opened, measure, 'pageRight').reader).toEqual(run(opened, measure, 'pageDown').reader);
		const paged = run(opened, measure, 'pageRight', 'pageRight');
		expect(run(paged, measure, 'pageLeft').reader).toEqual(run(paged, measure, 'pageUp').reader);
	});

	it('leave the list alone', () => {
		const start = run(initialState, measure, 'next');
		expect(run(start, measure, 'pageLeft', 'pageRight')).toEqual(start);
	});
});

describe(': jumps to a paragraph number or a percentage', () => {
	const measure = measureFor([lines(20)]);
	const open = run(initialState, measure, 'open');
	const typed = (text: string, state = open) => act(run(state, measure, 'jump'), {type: 'jumpText', text});
	const enter = (text: string) => run(typed(text), measure, 'open');

	it('opens a line that takes the text typed, and Enter goes to the paragraph with it at the top', () => {
		const line = typed('12');
		expect(line.jump).toBe('12');
		const gone = run(line, measure, 'open');
		expect(gone.jump).toBeUndefined();
		expect(gone.reader).toMatchObject({focus: 12, top: {block: 12, line: 0}});
		expect(gone.notice).toBeUndefined();
	});

	it('takes a percentage of the paragraphs: 0% is the first, 100% the last', () => {
		expect(enter('40%').reader?.focus).toBe(8);
		expect(enter('0%').reader?.focus).toBe(1);
		expect(enter('100%').reader?.focus).toBe(20);
		expect(enter('12.5 %').reader?.focus).toBe(3);
	});

	it('reads Arabic-Indic and Extended Arabic-Indic digits and the Arabic percent sign', () => {
		expect(enter('١٢').reader?.focus).toBe(12);
		expect(enter('۱۵').reader?.focus).toBe(15);
		expect(enter('٥٠٪').reader?.focus).toBe(10);
	});

	it('goes to the nearest paragraph past the ends, saying there is no such paragraph', () => {
		const far = enter('99');
		expect(far.reader?.focus).toBe(20);
		expect(far.notice).toEqual({key: 'jump.outOfRange', params: {number: 99, count: 20}});
		expect(enter('0').reader?.focus).toBe(1);
		expect(enter('0').notice).toEqual({key: 'jump.outOfRange', params: {number: 0, count: 20}});
	});

	it('names what it could not read, and stays', () => {
		for (const input of ['abc', '12x', '150%', '%', '-3']) {
			const after = enter(input);
			expect(after.reader, input).toEqual(open.reader);
			expect(after.notice, input).toEqual({key: 'jump.invalid', params: {input}});
		}
	});

	it('edits with Backspace and Ctrl+U, closes with Esc or an empty Enter, and keeps the reader', () => {
		expect(run(typed('123'), measure, 'deleteBack').jump).toBe('12');
		expect(run(typed('123'), measure, 'clearQuery').jump).toBe('');
		const cancelled = run(typed('7'), measure, 'back');
		expect(cancelled).toMatchObject({screen: 'reader', jump: undefined, reader: open.reader});
		expect(run(typed(''), measure, 'open')).toMatchObject({jump: undefined, notice: undefined, reader: open.reader});
	});

	it('takes keys as text while open: j does not move, q does not leave', () => {
		const line = typed('');
		expect(run(line, measure, 'next', 'close', 'pageLeft')).toEqual(line);
	});

	it('parses without a reader', () => {
		expect(parseJump(' 7 ')).toEqual({kind: 'paragraph', number: 7});
		expect(parseJump('')).toEqual({kind: 'empty'});
		expect(parseJump('1e3')).toEqual({kind: 'invalid'});
		expect(paragraphAtPercent(50, 3)).toBe(2);
		expect(paragraphAtPercent(1, 3)).toBe(1);
	});
});

describe('+ and -: the maximum text width', () => {
	const measure = measureFor([lines(3)]);
	const open = run(initialState, measure, 'open');

	it('starts at 80, moves in steps of 4 and says the width', () => {
		expect(open.textWidth).toBe(80);
		const wider = run(open, measure, 'wider');
		expect(wider.textWidth).toBe(84);
		expect(wider.notice).toEqual({key: 'notice.textWidth', params: {width: 84}});
		expect(run(open, measure, 'narrower', 'narrower').textWidth).toBe(72);
	});

	it('stays between 20 and 400', () => {
		expect(run(open, measure, ...Array.from({length: 20}, (): Command => 'narrower')).textWidth).toBe(20);
		expect(run(open, measure, ...Array.from({length: 100}, (): Command => 'wider')).textWidth).toBe(400);
		expect(initialStateAt(measure, 0, 1000).textWidth).toBe(400);
		expect(initialStateAt(measure, 0, 3).textWidth).toBe(20);
		expect(initialStateAt(measure, 0, 100).textWidth).toBe(100);
	});

	it('goes no wider than the terminal\'s usable width, and narrows from what is seen', () => {
		const terminal98 = {...measure, textArea: 98};
		const terminal500 = {...measure, textArea: 500};
		const at96 = {...open, textWidth: 96};
		expect(run(at96, terminal98, 'wider').textWidth).toBe(98);
		expect(run(at96, terminal98, 'wider').notice).toEqual({key: 'notice.textWidth', params: {width: 98}});
		expect(run(at96, terminal98, 'wider', 'wider').textWidth).toBe(98);
		// Remembered wider than this terminal: + and - start from the 98 columns seen.
		const at120 = {...open, textWidth: 120};
		expect(run(at120, terminal98, 'wider').textWidth).toBe(98);
		expect(run(at120, terminal98, 'narrower').textWidth).toBe(94);
		// A larger terminal later: + goes on up to 400.
		expect(run(run(at96, terminal98, 'wider'), terminal500, 'wider').textWidth).toBe(102);
		expect(run(at96, terminal500, ...Array.from({length: 100}, (): Command => 'wider')).textWidth).toBe(400);
	});

	it('is a reader key: the list keeps its width', () => {
		expect(run(initialState, measure, 'wider').textWidth).toBe(80);
	});
});
