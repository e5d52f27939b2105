/**
 * The excerpt saved with a bookmark: the start of the paragraph, so a person
 * can recognise it even when the paragraph is gone, and so it can be found
 * again by fuzzy matching after an edit.
 */
import {sanitizeText} from '../articles/index.js';

/** Longest excerpt, in graphemes (user-perceived characters), before the ellipsis. */
export const EXCERPT_GRAPHEMES = 160;
/** Appended when the paragraph was cut; anchoring uses it to know the excerpt is a prefix. */
export const ELLIPSIS = '…';
/** A cut backs up to the last space when one is this close to the limit, so words stay whole. */
const WORD_BACKTRACK = 30;

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Safe, single-line, whitespace-collapsed start of `paragraph`, at most {@link EXCERPT_GRAPHEMES} graphemes plus `…`. */
export function makeExcerpt(paragraph: string): string {
	const clean = sanitizeText(paragraph).replace(/\s+/gu, ' ').trim();
	const parts = Array.from(graphemes.segment(clean), part => part.segment);
	if (parts.length <= EXCERPT_GRAPHEMES) {
		return clean;
	}

	let cut = EXCERPT_GRAPHEMES;
	const lastSpace = parts.lastIndexOf(' ', EXCERPT_GRAPHEMES);
	if (lastSpace > EXCERPT_GRAPHEMES - WORD_BACKTRACK) {
		cut = lastSpace;
	}

	return parts.slice(0, cut).join('').trimEnd() + ELLIPSIS;
}

/** Whether an excerpt is only the start of its paragraph. */
export function isTruncatedExcerpt(excerpt: string): boolean {
	return excerpt.endsWith(ELLIPSIS);
}

/** Notes are typed by a person or imported: one line, no control characters, trimmed. */
export function cleanNote(note: string): string {
	return sanitizeText(note).trim();
}
