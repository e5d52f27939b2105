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

export type Screen = 'list' | 'reader';

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
	| {readonly type: 'command'; readonly command: Command; readonly measure: Measure}
	/** The terminal changed size (or the layout options changed): re-anchor the view. */
	| {readonly type: 'resize'; readonly measure: Measure};
