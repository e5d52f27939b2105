import type {Bookmark} from '../../core/store/index.js';
import type {Command} from '../keys.js';
import {movedSelection, placeSelection} from './list-navigation.js';
import {openReaderAt} from './reader-navigation.js';
import type {BookmarkEntryRef, BookmarksViewState, Measure, State} from './types.js';
import {notice, noticeWithKey} from './notice.js';

/** Rows moved by one page of PgUp/PgDn in the bookmarks view. */
const ENTRY_PAGE = 5;

/** Opens the bookmarks view over the list or the reader, remembering where to come back to. */
export function openBookmarksView(state: State): State {
	const returnTo = state.screen === 'reader' && state.reader
		? {screen: 'reader' as const, reader: state.reader}
		: {screen: 'list' as const, reader: undefined};
	const view: BookmarksViewState = {mode: 'browse', filter: '', note: '', noteFor: undefined, selected: 0, lastDeleted: undefined, returnTo};
	return {...state, screen: 'bookmarks', bookmarksView: view, notice: undefined};
}

function close(state: State, view: BookmarksViewState): State {
	const {screen, reader} = view.returnTo;
	return {...state, screen, reader, bookmarksView: undefined};
}

function withView(state: State, view: BookmarksViewState): State {
	return {...state, bookmarksView: view};
}

function withoutLast(text: string): string {
	return [...text].slice(0, -1).join('');
}

function openEntry(state: State, view: BookmarksViewState, entry: BookmarkEntryRef | undefined, measure: Measure): State {
	if (!entry) {
		return state;
	}

	if (entry.article === undefined || entry.paragraph === undefined) {
		return {...state, notice: notice('notice.paragraphNotFound')};
	}

	const reader = openReaderAt(entry.article, measure.reader(entry.article), entry.paragraph + 1);
	// A filtered list is measured by its rows, not the articles: it is cleared, and re-placed on the next resize.
	const list = state.listFilter === undefined
		? placeSelection(measure.list, {selection: state.selection, top: state.listTop}, entry.article)
		: {selection: entry.article, top: entry.article};
	return {...state, screen: 'reader', reader, selection: list.selection, listTop: list.top, listFilter: undefined, bookmarksView: undefined};
}

function select(view: BookmarksViewState, command: Command, count: number): BookmarksViewState | undefined {
	const selected = movedSelection(view.selected, command, count, ENTRY_PAGE);
	return selected === undefined ? undefined : {...view, selected};
}

/** Keys while typing into the filter or the note: text arrives as `bookmarksText`. */
function typingCommand(state: State, view: BookmarksViewState, command: Command): State {
	const field = view.mode === 'filter' ? 'filter' : 'note';
	switch (command) {
		case 'deleteBack': {
			return withView(state, {...view, [field]: withoutLast(view[field]), selected: field === 'filter' ? 0 : view.selected});
		}

		case 'clearQuery': {
			return withView(state, {...view, [field]: '', selected: field === 'filter' ? 0 : view.selected});
		}

		case 'open': {
			// Enter keeps the filter; for a note, the component saves it through the store.
			return withView(state, {...view, mode: 'browse'});
		}

		case 'back': {
			return view.mode === 'filter'
				? withView(state, {...view, mode: 'browse', filter: '', selected: 0})
				: withView(state, {...view, mode: 'browse', note: '', noteFor: undefined});
		}

		default: {
			return state;
		}
	}
}

export function bookmarksText(state: State, text: string): State {
	const view = state.bookmarksView;
	if (!view || view.mode === 'browse') {
		return state;
	}

	return view.mode === 'filter'
		? withView(state, {...view, filter: view.filter + text, selected: 0})
		: withView(state, {...view, note: view.note + text});
}

export function bookmarksViewCommand(state: State, command: Command, measure: Measure, entries: readonly BookmarkEntryRef[]): State {
	const view = state.bookmarksView;
	if (!view) {
		return {...state, screen: 'list'};
	}

	if (view.mode !== 'browse') {
		return typingCommand(state, view, command);
	}

	const selected = Math.max(0, Math.min(view.selected, entries.length - 1));
	const entry = entries[selected];
	switch (command) {
		case 'back':
		case 'close':
		case 'bookmarks': {
			return close(state, view);
		}

		case 'open': {
			return openEntry(state, view, entry, measure);
		}

		case 'search': {
			return withView(state, {...view, mode: 'filter'});
		}

		case 'editNote': {
			return entry ? withView(state, {...view, selected, mode: 'note', note: entry.note, noteFor: entry.id}) : state;
		}

		default: {
			const moved = select({...view, selected}, command, entries.length);
			return moved ? withView(state, moved) : state;
		}
	}
}

export function bookmarkDeleted(state: State, bookmark: Bookmark): State {
	const bookmarks = state.bookmarks.filter(existing => existing.id !== bookmark.id);
	const view = state.bookmarksView && {...state.bookmarksView, lastDeleted: bookmark};
	return {...state, bookmarks, bookmarksView: view, notice: noticeWithKey('notice.bookmarkDeleted', 'undoDelete')};
}

export function bookmarkRestored(state: State, bookmark: Bookmark): State {
	const others = state.bookmarks.filter(existing => existing.id !== bookmark.id);
	const view = state.bookmarksView && {...state.bookmarksView, lastDeleted: undefined};
	return {...state, bookmarks: [...others, bookmark], bookmarksView: view, notice: notice('notice.bookmarkRestored')};
}

export function bookmarkChanged(state: State, bookmark: Bookmark): State {
	const bookmarks = state.bookmarks.map(existing => (existing.id === bookmark.id ? bookmark : existing));
	const view = state.bookmarksView && {...state.bookmarksView, note: '', noteFor: undefined};
	return {...state, bookmarks, bookmarksView: view, notice: notice('notice.noteSaved')};
}
