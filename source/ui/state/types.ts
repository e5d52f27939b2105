import type {SearchResult} from '../../core/search/index.js';
import type {Command} from '../keys.js';
import type {Anchor, BlockView} from '../viewport.js';

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
};

export type Screen = 'list' | 'reader' | 'search';

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

export type State = {
	readonly screen: Screen;
	/** Index of the selected article in the list. */
	readonly selection: number;
	/** First article row on screen in the list. */
	readonly listTop: number;
	/** Present exactly when `screen` is `reader`. */
	readonly reader: ReaderState | undefined;
	/** The `?` overlay, drawn over either screen. */
	readonly help: boolean;
	/** Set once; the component then exits the app. */
	readonly quit: boolean;
	/** Present exactly when `screen` is `search`. */
	readonly search: SearchState | undefined;
	/** Set once the app has built the search index. */
	readonly searchReady: boolean;
	/** The query of the last search a result was opened from: the reader highlights it and n/N follow it. */
	readonly lastQuery: string | undefined;
	/** A one-off message for the status bar (e.g. that n wrapped around); cleared by the next key. */
	readonly notice: string | undefined;
};

/**
 * How the screens measure at the current terminal size. `reader(i)` describes
 * article i's blocks; it lays out a block only when its height is asked for.
 */
export type Measure = {
	readonly list: BlockView;
	readonly reader: (article: number) => BlockView;
};

export type Action =
	| {
		readonly type: 'command';
		readonly command: Command;
		readonly measure: Measure;
		/** Blocks of the open article that match `lastQuery`, ascending (for n and N). */
		readonly matchBlocks?: readonly number[];
	}
	/** Text typed into the search query. */
	| {readonly type: 'searchText'; readonly text: string}
	/** The search index is built. */
	| {readonly type: 'searchReady'}
	/** Results arrived for `query` (ignored if the query has changed since). */
	| {readonly type: 'searchResults'; readonly query: string; readonly results: readonly SearchResult[]}
	/** The terminal changed size (or the layout options changed): re-anchor the view. */
	| {readonly type: 'resize'; readonly measure: Measure};
