import type {Bookmark} from '../../core/store/index.js';
import type {State} from './types.js';
import {notice} from './notice.js';

/**
 * The in-memory copy of the store's bookmarks. The store does the saving (in
 * a hook of the component layer); these only record what it returned.
 */

export function bookmarksLoaded(state: State, bookmarks: readonly Bookmark[]): State {
	return {...state, bookmarks};
}

export function bookmarkAdded(state: State, bookmark: Bookmark): State {
	const others = state.bookmarks.filter(existing => existing.id !== bookmark.id);
	return {...state, bookmarks: [...others, bookmark], notice: notice('notice.bookmarked')};
}

export function bookmarkRemoved(state: State, id: string): State {
	const bookmarks = state.bookmarks.filter(existing => existing.id !== id);
	return bookmarks.length === state.bookmarks.length ? state : {...state, bookmarks, notice: notice('notice.bookmarkRemoved')};
}

export function storeError(state: State, message: string): State {
	return {...state, notice: notice('notice.notSaved', {reason: message})};
}

/** The bookmark on paragraph `paragraph` (from 0) of an article, if there is one. */
export function bookmarkAt(bookmarks: readonly Bookmark[], articleId: string, paragraph: number): Bookmark | undefined {
	return bookmarks.find(bookmark => bookmark.articleId === articleId && bookmark.paragraph === paragraph);
}

/** Blocks (paragraph + 1) of an article that carry a bookmark. */
export function bookmarkedBlocks(bookmarks: readonly Bookmark[], articleId: string): ReadonlySet<number> {
	return new Set(bookmarks.filter(bookmark => bookmark.articleId === articleId).map(bookmark => bookmark.paragraph + 1));
}
