import {notice} from './notice.js';
import type {State} from './types.js';

/** `+` and `-` change the text block's maximum width by this many columns, within these bounds. */
export const TEXT_WIDTH_STEP = 4;
export const MIN_TEXT_WIDTH = 20;
export const MAX_TEXT_WIDTH = 400;
export const DEFAULT_TEXT_WIDTH = 80;

/** A width from outside (the config file, a prop) brought into bounds; anything not a number gives the default. */
export function clampTextWidth(width: number): number {
	if (!Number.isFinite(width)) {
		return DEFAULT_TEXT_WIDTH;
	}

	return Math.min(MAX_TEXT_WIDTH, Math.max(MIN_TEXT_WIDTH, Math.round(width)));
}

/**
 * One step wider or narrower from the width the text has on screen (at most
 * `textArea`, the terminal's usable width), never wider than that: the notice says
 * and the width remembered is the one the person sees. A larger terminal later
 * lets `+` go on, up to MAX_TEXT_WIDTH. The status bar says the width, also at a
 * bound, so the key visibly did something.
 */
export function changeTextWidth(state: State, direction: 1 | -1, textArea = Number.POSITIVE_INFINITY): State {
	const area = Math.max(MIN_TEXT_WIDTH, textArea);
	const shown = Math.min(state.textWidth, area);
	const stepped = shown + direction * TEXT_WIDTH_STEP;
	const textWidth = clampTextWidth(direction > 0 ? Math.min(stepped, area) : stepped);
	return {...state, textWidth, notice: notice('notice.textWidth', {width: textWidth})};
}
