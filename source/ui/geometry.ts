/**
 * Where things go on a terminal of a given size. Every screen keeps working down
 * to 1×1: chrome (header, status bar, gutters) is dropped before the text is.
 */
export type TerminalSize = {
	readonly columns: number;
	readonly rows: number;
};

export const defaultSize: TerminalSize = {columns: 80, rows: 24};

export type ReaderGeometry = {
	/** Cells for the text column: the maximum text width, or what the terminal leaves for it. */
	readonly textWidth: number;
	/** Blank cells left of the left gutter that centre the text block in a terminal wider than it. */
	readonly margin: number;
	/** Cells of gutter on each side, where the focus marker goes; 0 on very narrow terminals. */
	readonly gutter: number;
	readonly bodyHeight: number;
	readonly statusBar: boolean;
};

/** `maxTextWidth`: the widest the text block may be (`+`/`-` in the reader); no limit when not given. */
export function readerGeometry({columns, rows}: TerminalSize, maxTextWidth = Number.POSITIVE_INFINITY): ReaderGeometry {
	const gutter = columns >= 3 ? 1 : 0;
	const statusBar = rows >= 2;
	const textWidth = Math.max(1, Math.min(Math.floor(maxTextWidth), columns - 2 * gutter));
	return {
		textWidth,
		margin: Math.max(0, Math.floor((columns - textWidth - 2 * gutter) / 2)),
		gutter,
		bodyHeight: Math.max(1, rows - (statusBar ? 1 : 0)),
		statusBar,
	};
}

/** The most columns the reader's text can take on this terminal: what `+` may widen it to. */
export function usableTextWidth(size: TerminalSize): number {
	return readerGeometry(size).textWidth;
}

export type ListGeometry = {
	readonly header: boolean;
	readonly statusLine: boolean;
	readonly listHeight: number;
};

export function listGeometry({rows}: TerminalSize): ListGeometry {
	const header = rows >= 3;
	const statusLine = rows >= 2;
	return {
		header,
		statusLine,
		listHeight: Math.max(1, rows - (header ? 1 : 0) - (statusLine ? 1 : 0)),
	};
}
