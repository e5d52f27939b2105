import {type Dispatch, useCallback, useEffect} from 'react';
import type {Article} from '../../core/articles/index.js';
import type {Bookmark, Store} from '../../core/store/index.js';
import {oneLineMessage} from '../../terminal/one-line-message.js';
import {type Action, bookmarkAt, type ReaderState} from '../state/index.js';
import {notice} from '../state/notice.js';

export type StoreActions = {
	/** Bookmarks the focused paragraph of the open article, or removes its bookmark. */
	readonly toggleBookmark: (reader: ReaderState, bookmarks: readonly Bookmark[]) => void;
	/** The saved paragraph (from 0) of article i, for opening it where it was left. */
	readonly resume: (article: number) => number | undefined;
	/** The bookmarks view's d, u and note editing. */
	readonly deleteBookmark: (bookmark: Bookmark) => void;
	readonly restoreBookmark: (bookmark: Bookmark) => void;
	readonly saveNote: (id: string, note: string) => void;
};

function report(dispatch: Dispatch<Action>, error: unknown): void {
	dispatch({type: 'storeError', message: oneLineMessage(error)});
}

/**
 * The store's side of the app: loads the bookmarks into the reducer, saves the
 * reading position on every focus change (the store batches the writes) and
 * turns bookmark keys into store calls whose results go back as actions.
 * Without a store, nothing is kept and `b` says so.
 */
export function useStore(
	store: Store | undefined,
	articles: readonly Article[],
	reader: ReaderState | undefined,
	dispatch: Dispatch<Action>,
): StoreActions {
	useEffect(() => {
		if (store) {
			dispatch({type: 'bookmarksLoaded', bookmarks: store.bookmarks()});
		}
	}, [store, dispatch]);

	const articleIndex = reader?.article;
	const focus = reader?.focus;
	useEffect(() => {
		const article = articleIndex === undefined ? undefined : articles[articleIndex];
		// Block 0 is the title; paragraphs are blocks 1…M.
		if (!store || !article || focus === undefined || focus < 1 || focus > article.paragraphs.length) {
			return;
		}

		// Fire and forget: a failed save is reported when qari exits (flush).
		store.setPosition(article.id, focus - 1).catch(() => undefined);
	}, [store, articles, articleIndex, focus]);

	const toggleBookmark = useCallback(
		(current: ReaderState, bookmarks: readonly Bookmark[]) => {
			const article = articles[current.article];
			const paragraph = current.focus - 1;
			if (!article || paragraph < 0 || paragraph >= article.paragraphs.length) {
				dispatch({type: 'notice', notice: notice('notice.nothingToBookmark')});
				return;
			}

			if (!store) {
				dispatch({type: 'notice', notice: notice('notice.bookmarksUnavailable')});
				return;
			}

			const existing = bookmarkAt(bookmarks, article.id, paragraph);
			const change = existing
				? store.remove(existing.id).then(() => {
					dispatch({type: 'bookmarkRemoved', id: existing.id});
				})
				: store.add({article, paragraph}).then(bookmark => {
					dispatch({type: 'bookmarkAdded', bookmark});
				});
			change.catch((error: unknown) => {
				report(dispatch, error);
			});
		},
		[store, articles, dispatch],
	);

	const resume = useCallback(
		(index: number) => {
			const article = articles[index];
			return store && article ? store.getPosition(article.id) : undefined;
		},
		[store, articles],
	);

	const deleteBookmark = useCallback(
		(bookmark: Bookmark) => {
			store?.remove(bookmark.id).then(
				() => {
					dispatch({type: 'bookmarkDeleted', bookmark});
				},
				(error: unknown) => {
					report(dispatch, error);
				},
			);
		},
		[store, dispatch],
	);

	const restoreBookmark = useCallback(
		(bookmark: Bookmark) => {
			store?.restore(bookmark).then(
				restored => {
					dispatch({type: 'bookmarkRestored', bookmark: restored});
				},
				(error: unknown) => {
					report(dispatch, error);
				},
			);
		},
		[store, dispatch],
	);

	const saveNote = useCallback(
		(id: string, note: string) => {
			store?.setNote(id, note).then(
				changed => {
					if (changed) {
						dispatch({type: 'bookmarkChanged', bookmark: changed});
					}
				},
				(error: unknown) => {
					report(dispatch, error);
				},
			);
		},
		[store, dispatch],
	);

	return {toggleBookmark, resume, deleteBookmark, restoreBookmark, saveNote};
}
