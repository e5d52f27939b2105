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
	/** Cells for the text column. */
	readonly textWidth: number;
	/** Cells of gutter on each side, where the focus marker goes; 0 on very narrow terminals. */
	readonly gutter: number;
	readonly bodyHeight: number;
	readonly statusBar: boolean;
};

export function readerGeometry({columns, rows}: TerminalSize): ReaderGeometry {
	const gutter = columns >= 3 ? 1 : 0;
	const statusBar = rows >= 2;
	return {
		textWidth: Math.max(1, columns - 2 * gutter),
		gutter,
		bodyHeight: Math.max(1, rows - (statusBar ? 1 : 0)),
		statusBar,
	};
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
