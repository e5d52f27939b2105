export type {Action, BookmarkEntryRef, HelpView, BookmarksViewState, Measure, ReaderState, ReaderView, Screen, SearchState, State} from './types.js';
export {initialState, initialStateAt, reduce} from './reducer.js';
export {helpWindow, type HelpWindow, scrollHelp} from './help-scroll.js';
export {bookmarkAt, bookmarkedBlocks} from './bookmarks.js';
export {firstFocusable, lastFocusable} from './reader-navigation.js';
export {type Notice, notice, noticeText, noticeWithKey} from './notice.js';
export {parseJump, paragraphAtPercent} from './jump.js';
export {clampTextWidth, DEFAULT_TEXT_WIDTH, MAX_TEXT_WIDTH, MIN_TEXT_WIDTH, TEXT_WIDTH_STEP} from './text-width.js';
