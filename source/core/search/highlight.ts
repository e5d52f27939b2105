/** Highlight ranges of a matched unit, in its original text. */
import {bestWindows} from './align.js';
import {allowedErrors} from './fuse-options.js';
import {normalizeCompact} from './normalize.js';
import {compactSourceMap, keyRangesToSource} from './offsets.js';
import {exactTermRanges, wholeWordOccurrences} from './predicates.js';
import type {QueryTerm} from './query.js';
import {unitText, type SearchIndex} from './types.js';

/** Key ranges where a term matched: its exact occurrences, or its best fuzzy windows. */
export function termKeyRanges(term: QueryTerm, key: string): Array<[number, number]> {
	if (term.kind === 'fuzzy' || term.kind === 'include') {
		// Where the term stands as a word, only there: «رب» should light «رَبِّ», not the inside of «العربي».
		const words = wholeWordOccurrences(key, term.text);
		if (words.length > 0) {
			return words;
		}
	}

	if (term.kind !== 'fuzzy') {
		return exactTermRanges(term, key);
	}

	return bestWindows(term.text, key, allowedErrors(term.text.length));
}

/**
 * The unit is folded again here, for its offset map: only the results shown
 * need one, so the index keeps none (9 MB at 100,000 paragraphs), and ranges
 * found in this key always lie inside this text, whatever a cache held.
 */
export function unitHighlights(index: SearchIndex, unit: number, terms: readonly QueryTerm[]): Array<[number, number]> {
	const text = unitText(index, unit);
	const runs: number[] = [];
	const key = normalizeCompact(text, runs);
	const ranges = terms.flatMap(term => termKeyRanges(term, key));
	return keyRangesToSource(text, compactSourceMap(runs, 0, runs.length), ranges);
}
