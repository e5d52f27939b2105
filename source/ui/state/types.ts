import type {SearchResult} from '../../core/search/index.js';
import type {Bookmark} from '../../core/store/index.js';
import type {Command} from '../keys.js';
import type {Anchor, BlockView} from '../viewport.js';
import type {Notice} from './notice.js';

/**
 * The UI's whole state. It holds positions only; anything that depends on the
 * terminal size or the layout arrives with each action as a `Measure`, so the
 * reducer stays pure and can be tested without rendering.
 */

/**
 * An open article. Its blocks are the title (block 0) and the paragraphs
 * (blocks 1…M). Only paragraphs take the focus; an article without paragraphs
 * keeps the focus on its title (block 0).
 */
export type ReaderState = {
	/** Index into the library's articles. */
	readonly article: number;
	/** Focused block. */
	readonly focus: number;
	/** First row on screen. */
	readonly top: Anchor;
	/** The block it was opened at while the article was still loading; dropped on the first move. */
	readonly want?: number;
};

export type Screen = 'list' | 'reader' | 'search' | 'bookmarks';

/**
 * The search screen. `indexing` until the index exists, `searching` while the
 * results for `query` are on their way, `done` when `results` belong to `query`.
 */
export type SearchState = {
	readonly query: string;
	readonly status: 'indexing' | 'searching' | 'done';
	readonly results: readonly SearchResult[];
	/** Index of the selected result. */
	readonly selected: number;
	/** Where Esc goes back to, exactly as it was. */
	readonly returnTo: {readonly screen: 'list' | 'reader'; readonly reader: ReaderState | undefined};
};

/** One row of the bookmarks view as the reducer needs it (see ui/bookmarks/entries.ts). */
export type BookmarkEntryRef = {
	readonly id: string;
	/** Index of its article in the library, when loaded. */
	readonly article: number | undefined;
	/** Where its paragraph is now (from 0), when found. */
	readonly paragraph: number | undefined;
	readonly note: string;
};

/**
 * The bookmarks view. `browse`: keys move and act; `filter`: typing goes to the
 * filter (started with /); `note`: typing edits the selected bookmark's note.
 */
export type BookmarksViewState = {
	readonly mode: 'browse' | 'filter' | 'note';
	readonly filter: string;
	/** The note being edited, and whose. */
	readonly note: string;
	readonly noteFor: string | undefined;
	readonly selected: number;
	/** What u brings back. */
	readonly lastDeleted: Bookmark | undefined;
	readonly returnTo: {readonly screen: 'list' | 'reader'; readonly reader: ReaderState | undefined};
};

export type State = {
	readonly screen: Screen;
	/** Index of the selected row in the list: the article's index, or its row in the filtered list. */
	readonly selection: number;
	/** First row on screen in the list. */
	readonly listTop: number;
	/** The list's title filter as typed (f); undefined when the filter line is closed. */
	readonly listFilter: string | undefined;
	/** Present exactly when `screen` is `reader`. */
	readonly reader: ReaderState | undefined;
	/** The `?` overlay, drawn over either screen. */
	readonly help: boolean;
	/** The first help entry shown while the overlay is scrolled (help-scroll.ts); 0 when it opens. */
	readonly helpTop: number;
	/** Set once; the component then exits the app. */
	readonly quit: boolean;
	/** Present exactly when `screen` is `search`. */
	readonly search: SearchState | undefined;
	/** Set once the app has built the search index. */
	readonly searchReady: boolean;
	/** The query of the last search a result was opened from: the reader highlights it and n/N follow it. */
	readonly lastQuery: string | undefined;
	/** A one-off message for the status bar (e.g. that n wrapped around), translated where drawn; cleared by the next key. */
	readonly notice: Notice | undefined;
	/** The reader's `:` line as typed; undefined while it is closed. */
	readonly jump: string | undefined;
	/** The widest the text block is laid out, in columns (narrower terminals give less); `+` and `-` change it. */
	readonly textWidth: number;
	/** Every bookmark, as the store last returned them (empty without a store). */
	readonly bookmarks: readonly Bookmark[];
	/** Present exactly when `screen` is `bookmarks`. */
	readonly bookmarksView: BookmarksViewState | undefined;
};

/**
 * How the screens measure at the current terminal size. `reader(i)` describes
 * article i's blocks; it lays out a block only when its height is asked for.
 */
export type Measure = {
	readonly list: BlockView;
	readonly reader: (article: number) => ReaderView;
	/** Columns the reader's text can take at this terminal size: `+` goes no wider. Unlimited when absent. */
	readonly textArea?: number;
};

/** An article's blocks, and which way it reads (← and → page toward its reading direction). */
export type ReaderView = BlockView & {
	/** The article's base direction; left to right when not given. */
	readonly direction?: () => 'ltr' | 'rtl';
};

/** The `?` overlay's size in help entries (ui/help/help-view.ts), so its scrolling can be clamped. */
export type HelpView = {
	/** Entries in the key table. */
	readonly entries: number;
	/** Rows each entry takes (2 when the description goes under its keys). */
	readonly rowsPerEntry: number;
	/** Rows below the heading. */
	readonly rows: number;
};

export type Action =
	| {
		readonly type: 'command';
		readonly command: Command;
		readonly measure: Measure;
		/** The help overlay's size, for scrolling it while it is open. */
		readonly helpView?: HelpView | undefined;
		/** Blocks of the open article that match `lastQuery`, ascending (for n and N). */
		readonly matchBlocks?: readonly number[];
		/** The saved reading position (paragraph index, from 0) of article i, where opening it returns to. */
		readonly resume?: (article: number) => number | undefined;
		/** The bookmarks view's rows as drawn (filtered, newest first). */
		readonly entries?: readonly BookmarkEntryRef[];
		/** The article index of each list row while the list is filtered (undefined: every article, in order). */
		readonly listRows?: readonly number[] | undefined;
	}
	/** Text typed into the list's title filter. */
	| {readonly type: 'filterText'; readonly text: string}
	/** Article `article` loaded (or failed) since it was measured: re-anchor the views of it. */
	| {
		readonly type: 'articleLoaded';
		readonly article: number;
		readonly measure: Measure;
	}
	/** Text typed into the reader's `:` line. */
	| {readonly type: 'jumpText'; readonly text: string}
	/** Something happened outside the reducer that the status bar should say (e.g. the outcome of y). */
	| {readonly type: 'notice'; readonly notice: Notice}
	/** Text typed into the bookmarks filter or note. */
	| {readonly type: 'bookmarksText'; readonly text: string}
	/** Text typed into the search query. */
	| {readonly type: 'searchText'; readonly text: string}
	/** The search index is built. */
	| {readonly type: 'searchReady'}
	/** Results arrived for `query` (ignored if the query has changed since). */
	| {readonly type: 'searchResults'; readonly query: string; readonly results: readonly SearchResult[]}
	/** The terminal changed size (or the layout options changed): re-anchor the view. */
	| {readonly type: 'resize'; readonly measure: Measure}
	/** The store's bookmarks, read at start. */
	| {readonly type: 'bookmarksLoaded'; readonly bookmarks: readonly Bookmark[]}
	/** The store saved a new bookmark. */
	| {readonly type: 'bookmarkAdded'; readonly bookmark: Bookmark}
	/** The store removed the bookmark with this id. */
	| {readonly type: 'bookmarkRemoved'; readonly id: string}
	/** The store deleted this bookmark from the bookmarks view (u brings it back). */
	| {readonly type: 'bookmarkDeleted'; readonly bookmark: Bookmark}
	/** The store restored a deleted bookmark. */
	| {readonly type: 'bookmarkRestored'; readonly bookmark: Bookmark}
	/** The store saved a changed bookmark (its note). */
	| {readonly type: 'bookmarkChanged'; readonly bookmark: Bookmark}
	/** A store change failed: a one-line message for the status bar. */
	| {readonly type: 'storeError'; readonly message: string};
