export type {Action, BookmarkEntryRef, BookmarksViewState, Measure, ReaderState, Screen, SearchState, State} from './types.js';
export {initialState, initialStateAt, reduce} from './reducer.js';
export {bookmarkAt, bookmarkedBlocks} from './bookmarks.js';
export {firstFocusable, lastFocusable} from './reader-navigation.js';
