import {describe, expect, it} from 'vitest';
import type {SearchResult} from '../../source/core/search/index.js';
import type {Command} from '../../source/ui/keys.js';
import {type Action, initialState, type Measure, reduce, type State} from '../../source/ui/state/index.js';
import {isBlockVisible} from '../../source/ui/viewport.js';
import {fakeView} from './block-view.js';

/** Articles as block heights (block 0 is the title). */
function measureFor(articles: ReadonlyArray<readonly number[]>, readerHeight: number): Measure {
	return {
		list: fakeView(articles.map(() => 1), 5, 0),
		reader: article => fakeView(articles[article] ?? [1], readerHeight),
	};
}

const measure = measureFor([[1, 2, 2, 2, 2, 2, 2, 2, 2], [1, 3, 3, 3, 3, 3]], 6);

function apply(state: State, ...actions: Array<Action | Command>): State {
	return actions.reduce<State>(
		(current, action) => reduce(current, typeof action === 'string' ? {type: 'command', command: action, measure} : action),
		state,
	);
}

function result(articleIndex: number, paragraph: number): SearchResult {
	return {
		articleIndex,
		articleId: `a${articleIndex}`,
		path: `/a${articleIndex}`,
		title: 'title',
		paragraph,
		score: 0.1,
		text: 'نص فيه بغداد',
		matches: [[7, 12]],
	};
}

const typed = (text: string): Action => ({type: 'searchText', text});
const ready: Action = {type: 'searchReady'};
const results = (query: string, found: SearchResult[]): Action => ({type: 'searchResults', query, results: found});

describe('search state', () => {
	it('opens with / from the list, indexing first, then searching as text is typed', () => {
		let state = apply(initialState, 'search');
		expect(state.screen).toBe('search');
		expect(state.search?.status).toBe('indexing');
		state = apply(state, typed('بغ'));
		expect(state.search).toMatchObject({query: 'بغ', status: 'indexing'});
		state = apply(state, ready, typed('داد'));
		expect(state.searchReady).toBe(true);
		expect(state.search).toMatchObject({query: 'بغداد', status: 'searching'});
		// Results for an older query are dropped.
		expect(apply(state, results('بغ', [result(0, 1)])).search?.results).toEqual([]);
		state = apply(state, results('بغداد', [result(0, 3), result(1, 2)]));
		expect(state.search).toMatchObject({status: 'done', selected: 0});
		expect(state.search?.results).toHaveLength(2);
	});

	it('takes j, q and ? as query text, Backspace and Ctrl+U edit it', () => {
		let state = apply(initialState, ready, 'search', typed('jq?'));
		expect(state.search?.query).toBe('jq?');
		expect(state.quit).toBe(false);
		state = apply(state, 'deleteBack');
		expect(state.search).toMatchObject({query: 'jq', status: 'searching'});
		state = apply(state, typed('بَ'), 'deleteBack');
		// A haraka is deleted on its own.
		expect(state.search?.query).toBe('jqب');
		state = apply(state, 'clearQuery');
		expect(state.search).toMatchObject({query: '', status: 'done', results: []});
	});

	it('moves the selection within the results and opens the chosen paragraph in view', () => {
		let state = apply(initialState, ready, 'search', typed('بغداد'), results('بغداد', [result(0, 1), result(0, 7), result(1, 4)]));
		state = apply(state, 'next', 'next', 'next');
		expect(state.search?.selected).toBe(2);
		state = apply(state, 'previous');
		expect(state.search?.selected).toBe(1);
		state = apply(state, 'open');
		expect(state.screen).toBe('reader');
		expect(state.search).toBeUndefined();
		expect(state.lastQuery).toBe('بغداد');
		expect(state.reader?.article).toBe(0);
		expect(state.reader?.focus).toBe(7);
		expect(isBlockVisible(measure.reader(0), state.reader!.top, 7)).toBe(true);
		expect(state.selection).toBe(0);
	});

	it('Enter without results does nothing; a title result opens at the first paragraph', () => {
		let state = apply(initialState, ready, 'search', typed('x'), results('x', []));
		expect(apply(state, 'open')).toEqual(state);
		state = apply(state, typed('y'), results('xy', [result(1, 0)]), 'open');
		expect(state.reader).toMatchObject({article: 1, focus: 1});
		expect(state.selection).toBe(1);
	});

	it('Esc returns exactly to the reader position it was opened from', () => {
		const before = apply(initialState, 'next', 'open', 'pageDown', 'next');
		expect(before.screen).toBe('reader');
		const after = apply(before, 'search', typed('abc'), ready, results('abc', [result(0, 2)]), 'next', 'back');
		expect(after.screen).toBe('reader');
		expect(after.reader).toEqual(before.reader);
		expect(after.selection).toBe(before.selection);
		expect(after.search).toBeUndefined();
		expect(after.lastQuery).toBeUndefined();
		const fromList = apply(initialState, 'next', 'search', 'back');
		expect(fromList).toMatchObject({screen: 'list', selection: 1, reader: undefined, search: undefined});
	});
});

describe('n and N in the reader', () => {
	const jump = (state: State, command: 'nextMatch' | 'previousMatch', matchBlocks: number[]): State =>
		reduce(state, {type: 'command', command, measure, matchBlocks});

	it('visit the matching paragraphs in order and wrap at the ends, saying so', () => {
		let state = apply(initialState, ready, 'search', typed('q'), results('q', [result(0, 3)]), 'open');
		expect(state.reader?.focus).toBe(3);
		const blocks = [0, 3, 5, 8];
		state = jump(state, 'nextMatch', blocks);
		expect(state.reader?.focus).toBe(5);
		expect(state.notice).toBeUndefined();
		state = jump(state, 'nextMatch', blocks);
		expect(state.reader?.focus).toBe(8);
		expect(isBlockVisible(measure.reader(0), state.reader!.top, 8)).toBe(true);
		state = jump(state, 'nextMatch', blocks);
		// The title (block 0) takes no focus: wraps to the first matching paragraph.
		expect(state.reader?.focus).toBe(3);
		expect(state.notice).toEqual({key: 'notice.wrappedToFirst'});
		state = apply(state, 'next');
		expect(state.notice).toBeUndefined();
		state = jump(state, 'previousMatch', blocks);
		expect(state.reader?.focus).toBe(3);
		state = jump(state, 'previousMatch', blocks);
		expect(state.reader?.focus).toBe(8);
		expect(state.notice).toEqual({key: 'notice.wrappedToLast'});
	});

	it('say when there is no search or no match', () => {
		const open = apply(initialState, 'open');
		expect(jump(open, 'nextMatch', [2]).notice).toEqual({key: 'notice.noSearch', keyOf: 'search'});
		expect(jump(open, 'nextMatch', [2]).reader).toEqual(open.reader);
		const searched = apply(initialState, ready, 'search', typed('q'), results('q', [result(0, 2)]), 'open');
		expect(jump(searched, 'nextMatch', []).notice).toEqual({key: 'notice.noMatchHere'});
	});
});
