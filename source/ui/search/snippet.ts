import type {StyleRange} from '../../core/layout/index.js';
import {ELLIPSIS} from '../text/fit-line.js';

export type Snippet = {
	readonly text: string;
	readonly styles: readonly StyleRange[];
};

/** How far back from the first match a snippet may start, and how far a word boundary is looked for. */
const LEAD = 24;
const SNAP = 12;

/** Where to start so the first match shows with a little context, at a word boundary when one is near. */
function snippetStart(text: string, firstMatch: number): number {
	if (firstMatch <= LEAD) {
		return 0;
	}

	const rough = firstMatch - LEAD;
	const before = text.lastIndexOf(' ', rough);
	if (before >= 0 && rough - before <= SNAP) {
		return before + 1;
	}

	const after = text.indexOf(' ', rough);
	return after >= 0 && after < firstMatch ? after + 1 : rough;
}

/**
 * The part of a paragraph around its best match, with the match ranges moved
 * along: `…` marks text cut off before it; the layout cuts the end to the
 * width (`length` bounds how much is laid out at all).
 */
export function snippetAround(text: string, matches: ReadonlyArray<readonly [number, number]>, length: number): Snippet {
	const first = matches[0]?.[0] ?? 0;
	const start = snippetStart(text, first);
	const end = Math.min(text.length, start + Math.max(length, LEAD * 2));
	const prefix = start > 0 ? ELLIPSIS : '';
	const shift = prefix.length - start;
	const styles = matches
		.map(([from, to]) => ({start: Math.max(from, start) + shift, end: Math.min(to, end) + shift, style: 'match'}))
		.filter(range => range.end > range.start);
	return {text: prefix + text.slice(start, end), styles};
}
