import {
	type BaseDirection,
	type BidiMode,
	layoutParagraph,
	type StyleRange,
	type VisualLine,
} from '../../core/layout/index.js';

export type TextSettings = {
	readonly bidi: BidiMode;
	readonly shape: boolean;
};

export const ELLIPSIS = '…';

export const emptyLine: VisualLine = {runs: [], width: 0, start: 0, end: 0};

/**
 * Lays out `text` as a single visual line of at most `width` cells: the first
 * line the layout engine makes, with `…` where the rest was cut off. RTL text
 * comes back right-aligned (padded to `width`), like every RTL line.
 */
export function fitLine(
	text: string,
	width: number,
	settings: TextSettings,
	direction: BaseDirection = 'auto',
	styles: readonly StyleRange[] = [],
): VisualLine {
	const cells = Math.floor(width);
	if (cells < 1) {
		return emptyLine;
	}

	const options = {width: cells, bidi: settings.bidi, shape: settings.shape, direction};
	const whole = layoutParagraph(text, options, styles);
	if (whole.lines.length <= 1) {
		return whole.lines[0] ?? emptyLine;
	}

	// Keep what fits in one cell less, then add the ellipsis in the paragraph's own
	// direction so it lands at the end of the reading order (the left edge for RTL).
	const keep = cells > 1 ? layoutParagraph(text, {...options, width: cells - 1}, styles).lines[0] : undefined;
	const kept = text.slice(0, keep?.end ?? 0).trimEnd();
	const cut = layoutParagraph(`${kept}${ELLIPSIS}`, {...options, direction: whole.direction}, styles);
	return cut.lines[0] ?? emptyLine;
}

/** Spaces that widen a line to `width` cells (none if it is already that wide). */
export function padding(line: VisualLine, width: number): string {
	return ' '.repeat(Math.max(0, Math.floor(width) - line.width));
}
