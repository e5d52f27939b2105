import {describe, expect, it} from 'vitest';
import type {Bookmark} from '../../source/core/store/index.js';
import type {Command} from '../../source/ui/keys.js';
import {
	bookmarkAt,
	bookmarkedBlocks,
	initialState,
	initialStateAt,
	type Measure,
	reduce,
	type State,
} from '../../source/ui/state/index.js';
import {fakeView} from './block-view.js';

function measureFor(articleCount: number, paragraphs: number, readerHeight = 5, listHeight = 4): Measure {
	return {
		list: fakeView(Array.from({length: articleCount}, () => 1), listHeight, 0),
		reader: () => fakeView(Array.from({length: paragraphs + 1}, () => 1), readerHeight),
	};
}

function bookmark(id: string, articleId: string, paragraph: number): Bookmark {
	return {
		id,
		articleId,
		articlePath: `/library/${articleId}`,
		paragraph,
		fingerprint: '',
		excerpt: 'نص',
		note: '',
		createdAt: '2026-01-01T00:00:00.000Z',
	};
}

describe('bookmarks in the reducer', () => {
	it('keeps what the store returned and confirms each change in the status bar', () => {
		let state: State = reduce(initialState, {type: 'bookmarksLoaded', bookmarks: [bookmark('a', 'x.txt', 0)]});
		expect(state.bookmarks.map(entry => entry.id)).toEqual(['a']);
		expect(state.notice).toBeUndefined();

		state = reduce(state, {type: 'bookmarkAdded', bookmark: bookmark('b', 'x.txt', 3)});
		expect(state.bookmarks.map(entry => entry.id)).toEqual(['a', 'b']);
		expect(state.notice).toEqual({key: 'notice.bookmarked'});

		state = reduce(state, {type: 'bookmarkRemoved', id: 'a'});
		expect(state.bookmarks.map(entry => entry.id)).toEqual(['b']);
		expect(state.notice).toEqual({key: 'notice.bookmarkRemoved'});

		// Removing an id that is not there changes nothing.
		expect(reduce(state, {type: 'bookmarkRemoved', id: 'zz'})).toBe(state);
	});

	it('shows a store error as a notice that the next key clears', () => {
		const measure = measureFor(2, 3);
		const opened = reduce(initialState, {type: 'command', command: 'open', measure});
		const failed = reduce(opened, {type: 'storeError', message: 'not saved: disk full'});
		expect(failed.notice).toEqual({key: 'notice.notSaved', params: {reason: 'not saved: disk full'}});
		expect(failed.reader).toEqual(opened.reader);
		expect(reduce(failed, {type: 'command', command: 'next', measure}).notice).toBeUndefined();
	});

	it('finds bookmarks by article and paragraph, as blocks (paragraph + 1)', () => {
		const bookmarks = [bookmark('a', 'x.txt', 0), bookmark('b', 'x.txt', 4), bookmark('c', 'y.txt', 1)];
		expect(bookmarkAt(bookmarks, 'x.txt', 4)?.id).toBe('b');
		expect(bookmarkAt(bookmarks, 'y.txt', 4)).toBeUndefined();
		expect([...bookmarkedBlocks(bookmarks, 'x.txt')].sort()).toEqual([1, 5]);
		expect([...bookmarkedBlocks(bookmarks, 'z.txt')]).toEqual([]);
	});
});

describe('reading positions in the reducer', () => {
	it('opens an article at its saved paragraph', () => {
		const measure = measureFor(3, 10);
		const resume = (article: number) => (article === 1 ? 6 : undefined);
		const first = reduce(initialState, {type: 'command', command: 'open', measure, resume});
		expect(first.reader?.focus).toBe(1);

		const selected = reduce(initialState, {type: 'command', command: 'next', measure, resume});
		const second = reduce(selected, {type: 'command', command: 'open', measure, resume});
		expect(second.reader?.focus).toBe(7);
		expect(second.reader?.top.block).toBeLessThanOrEqual(7);
	});

	it('clamps a saved paragraph past the end of a shorter article', () => {
		const measure = measureFor(1, 3);
		const state = reduce(initialState, {type: 'command', command: 'open', measure, resume: () => 40});
		expect(state.reader?.focus).toBe(3);
	});

	it('starts with the given article selected and on screen', () => {
		const measure = measureFor(12, 2, 5, 4);
		const state = initialStateAt(measure, 9);
		expect(state.selection).toBe(9);
		expect(state.listTop).toBeLessThanOrEqual(9);
		expect(state.listTop).toBeGreaterThan(9 - 4);
		expect(initialStateAt(measure, 0)).toEqual(initialState);
		expect(initialStateAt(measure, 99).selection).toBe(11);
	});
});

describe('bookmarks view in the reducer', () => {
	const measure = measureFor(3, 10);
	const entries = [
		{id: 'n', article: 1, paragraph: 4, note: 'newest'},
		{id: 'm', article: undefined, paragraph: undefined, note: ''},
		{id: 'o', article: 2, paragraph: 0, note: 'old'},
	];
	const command = (state: State, name: Command) => reduce(state, {type: 'command', command: name, measure, entries});

	it('opens over the reader and Esc returns to it exactly', () => {
		const reading = command(command(initialState, 'open'), 'next');
		const view = command(reading, 'bookmarks');
		expect(view.screen).toBe('bookmarks');
		expect(view.bookmarksView?.mode).toBe('browse');
		const back = command(view, 'back');
		expect(back.screen).toBe('reader');
		expect(back.reader).toEqual(reading.reader);
		expect(back.bookmarksView).toBeUndefined();
	});

	it('selects within the entries and opens the selected one at its paragraph', () => {
		let state = command(initialState, 'bookmarks');
		state = command(state, 'last');
		expect(state.bookmarksView?.selected).toBe(2);
		state = command(state, 'next');
		expect(state.bookmarksView?.selected).toBe(2);
		state = command(state, 'first');
		const opened = command(state, 'open');
		expect(opened.screen).toBe('reader');
		expect(opened.reader).toMatchObject({article: 1, focus: 5});
		expect(opened.selection).toBe(1);
	});

	it('says so, and stays, when the paragraph was not found', () => {
		const state = command(command(command(initialState, 'bookmarks'), 'next'), 'open');
		expect(state.screen).toBe('bookmarks');
		expect(state.notice).toEqual({key: 'notice.paragraphNotFound'});
	});

	it('/ filters: text goes to the filter, Esc clears it, Enter keeps it', () => {
		let state = command(command(command(initialState, 'bookmarks'), 'next'), 'search');
		expect(state.bookmarksView?.mode).toBe('filter');
		state = reduce(state, {type: 'bookmarksText', text: 'نص'});
		state = reduce(state, {type: 'bookmarksText', text: 'q'});
		expect(state.bookmarksView).toMatchObject({filter: 'نصq', selected: 0});
		// Keys are not commands while typing: q did not close anything.
		expect(command(state, 'close').screen).toBe('bookmarks');
		state = command(state, 'deleteBack');
		expect(state.bookmarksView?.filter).toBe('نص');
		expect(command(state, 'back').bookmarksView).toMatchObject({mode: 'browse', filter: ''});
		expect(command(state, 'open').bookmarksView).toMatchObject({mode: 'browse', filter: 'نص'});
	});

	it('e edits the selected note; Esc cancels; a saved change replaces the bookmark', () => {
		let state = reduce(initialState, {type: 'bookmarksLoaded', bookmarks: [bookmark('n', 'x.txt', 4)]});
		state = command(command(state, 'bookmarks'), 'editNote');
		expect(state.bookmarksView).toMatchObject({mode: 'note', note: 'newest', noteFor: 'n'});
		state = reduce(state, {type: 'bookmarksText', text: '!'});
		expect(state.bookmarksView?.note).toBe('newest!');
		expect(command(state, 'back').bookmarksView).toMatchObject({mode: 'browse', noteFor: undefined});

		const saved = reduce(command(state, 'open'), {type: 'bookmarkChanged', bookmark: {...bookmark('n', 'x.txt', 4), note: 'newest!'}});
		expect(saved.bookmarks[0]?.note).toBe('newest!');
		expect(saved.notice).toEqual({key: 'notice.noteSaved'});
	});

	it('remembers the deleted bookmark for u, and forgets it once restored', () => {
		const gone = bookmark('n', 'x.txt', 4);
		let state = reduce(initialState, {type: 'bookmarksLoaded', bookmarks: [gone, bookmark('o', 'y.txt', 0)]});
		state = command(state, 'bookmarks');
		state = reduce(state, {type: 'bookmarkDeleted', bookmark: gone});
		expect(state.bookmarks.map(entry => entry.id)).toEqual(['o']);
		expect(state.bookmarksView?.lastDeleted).toBe(gone);
		state = reduce(state, {type: 'bookmarkRestored', bookmark: gone});
		expect(state.bookmarks.map(entry => entry.id).sort()).toEqual(['n', 'o']);
		expect(state.bookmarksView?.lastDeleted).toBeUndefined();
	});
});
