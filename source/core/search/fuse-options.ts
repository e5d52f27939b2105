/**
 * How Fuse.js is asked to score one fuzzy term against one search key, and the
 * arithmetic of what it will accept, which the prefilter relies on.
 */
import Fuse, {type IFuseOptions} from 'fuse.js';

/**
 * A term of m letters may be matched with up to floor(0.35·m) edits: one for
 * 3–5 letters, two for 6–8 (a swap costs two). Tuned on the quality table in
 * tests/core/search/quality.test.ts: below 0.35 a swap in a six-letter word or a
 * changed hamza in a three-letter one is missed; at 0.4 half of all random
 * five-letter strings match something in the seeds (1% at 0.35).
 */
export const FUZZY_THRESHOLD = 0.35;

/** Fuse's Bitap works on at most 32 units; longer terms are split (see termChunks). */
export const FUSE_PATTERN_LIMIT = 32;

export const fuseOptions: IFuseOptions<string> = {
	// Keys are already case-folded; this also spares Fuse a toLowerCase of every paragraph.
	isCaseSensitive: true,
	ignoreDiacritics: false,
	// Matches may sit anywhere in a long paragraph: with the default location
	// scoring, anything past ~60 characters scores too badly to be found.
	ignoreLocation: true,
	threshold: FUZZY_THRESHOLD,
	// A long paragraph is not a worse match than a short one.
	ignoreFieldNorm: true,
	includeScore: true,
	// Highlights come from our own alignment (highlight.ts): Fuse 7.5 marks only
	// the pattern's letters inside its leftmost best window, leaving holes at
	// substituted letters, and only one fuzzy occurrence.
	includeMatches: false,
	shouldSort: false,
	findAllMatches: false,
	minMatchCharLength: 1,
};

/**
 * The most edits Fuse accepts for a pattern of `length` units: it accepts a
 * match with e errors when e / length <= threshold, computed in floating point
 * exactly like this.
 */
export function allowedErrors(length: number, threshold = FUZZY_THRESHOLD): number {
	let errors = 0;
	while (errors + 1 < length && (errors + 1) / length <= threshold) {
		errors++;
	}

	return errors;
}

/**
 * Pieces of at most 32 units, of nearly equal length, which must all match.
 * Fuse itself would accept a long pattern when any one 32-unit chunk matched.
 */
export function termChunks(text: string): string[] {
	if (text.length <= FUSE_PATTERN_LIMIT) {
		return [text];
	}

	const count = Math.ceil(text.length / FUSE_PATTERN_LIMIT);
	const size = Math.ceil(text.length / count);
	const chunks: string[] = [];
	for (let start = 0; start < text.length; start += size) {
		chunks.push(text.slice(start, start + size));
	}

	return chunks;
}

export type FuseVerdict = {readonly isMatch: boolean; readonly score: number};

/** Fuse's verdict on one pattern (≤ 32 units) in one key. */
export function fuseMatch(pattern: string, key: string): FuseVerdict {
	const result = Fuse.match(pattern, key, fuseOptions);
	return {isMatch: result.isMatch, score: result.score};
}
