/**
 * Public types of the layout engine: a paragraph of logical text goes in,
 * visual lines of styled runs come out.
 */

/**
 * `app`: qari resolves bidi levels, reorders every line and shapes Arabic itself
 * (for terminals that draw cells left to right as they are given).
 * `terminal`: qari only wraps and aligns; text stays in logical order because the
 * terminal (Konsole, mlterm, Apple Terminal) reorders and shapes on its own.
 */
export type BidiMode = 'app' | 'terminal';

/** Paragraph direction: `auto` follows UAX #9 rules P2–P3 (first strong character). */
export type BaseDirection = 'auto' | 'rtl' | 'ltr';

export type LayoutOptions = {
	/** Width of the text column in terminal cells; values below 1 are treated as 1. */
	readonly width: number;
	readonly bidi: BidiMode;
	/** Contextual Arabic shaping; only applies in `app` mode. */
	readonly shape: boolean;
	readonly direction: BaseDirection;
};

/**
 * A style applied to a range of the paragraph's logical text, in UTF-16 offsets
 * `[start, end)`. `style` is a name the UI maps to colours (e.g. `match`).
 * Ranges may overlap; a run carries every style that covers it.
 */
export type StyleRange = {
	readonly start: number;
	readonly end: number;
	readonly style: string;
};

/** A piece of a visual line whose characters all carry the same styles. */
export type VisualRun = {
	/** Text exactly as it is to be written to the terminal, left to right. */
	readonly text: string;
	/** Display width in terminal cells. */
	readonly width: number;
	/** Sorted, de-duplicated style names; empty for plain text and padding. */
	readonly styles: readonly string[];
};

export type VisualLine = {
	readonly runs: readonly VisualRun[];
	/**
	 * Display width of the whole line. RTL lines are padded on the left so that
	 * this equals the layout width; LTR lines carry no trailing spaces.
	 */
	readonly width: number;
	/** Logical `[start, end)` UTF-16 range of the paragraph this line shows. */
	readonly start: number;
	readonly end: number;
};

export type ParagraphLayout = {
	readonly direction: 'rtl' | 'ltr';
	readonly lines: readonly VisualLine[];
};
