/**
 * The exact verdict on one unit: Fuse scores each fuzzy term, exact terms are
 * tested exactly, and the clause scores combine into the unit's score.
 *
 * Score (0 best … 1 worst) = mean over clauses of the best satisfied term, where
 * a term scores Fuse's score (edits / length, 0 when exact), plus
 * SUBSTRING_PENALTY unless the match is a whole word (not inside a longer
 * word, e.g. after a clitic); then
 * small penalties when a multi-word query is not found as a phrase and when the
 * article's title does not match the query too.
 */
import {bestWindows} from './align.js';
import {allowedErrors, FUSE_PATTERN_LIMIT, fuseMatch, termChunks} from './fuse-options.js';
import {substringDistance} from './distance.js';
import {exactTermMatches, hasWholeWord, isBoundaryAt} from './predicates.js';
import type {Prefilter} from './prefilter.js';
import type {ParsedQuery, QueryTerm} from './query.js';
import {SUBSTRING_PENALTY} from './term-words.js';

export const PHRASE_PENALTY = 0.005;

/** Fuse reports an exact occurrence as 0.001 (its floor) and a key equal to the pattern as 0. */
const FUSE_EXACT = 0.001;

export type UnitVerdict = {
	readonly score: number;
	/** Positive terms that matched, for highlighting. */
	readonly matched: readonly QueryTerm[];
};

/**
 * Fuse's score for a fuzzy term, or undefined when Fuse rejects it. A term
 * longer than Fuse's 32-unit limit matches only if every chunk does and the
 * whole term is within the allowed edits somewhere.
 */
export function fuzzyScore(text: string, key: string): number | undefined {
	const chunks = termChunks(text);
	if (chunks.length === 1) {
		const verdict = fuseMatch(text, key);
		return verdict.isMatch ? verdict.score : undefined;
	}

	let total = 0;
	for (const chunk of chunks) {
		const verdict = fuseMatch(chunk, key);
		if (!verdict.isMatch) {
			return undefined;
		}

		total += verdict.score;
	}

	return substringDistance(text, key) <= allowedErrors(text.length) ? total / chunks.length : undefined;
}

function exactScore(key: string, text: string): number {
	return hasWholeWord(key, text) ? 0 : SUBSTRING_PENALTY;
}

/** One term's score on one key, or undefined when it does not match. */
function termScore(term: QueryTerm, key: string, wordScore: number | undefined): number | undefined {
	if (term.negated) {
		return exactTermMatches(term, key) ? undefined : 0;
	}

	if (term.kind !== 'fuzzy') {
		if (!exactTermMatches(term, key)) {
			return undefined;
		}

		return term.kind === 'word' || term.kind === 'equal' ? 0 : exactScore(key, term.text);
	}

	const score = fuzzyScore(term.text, key);
	if (score === undefined) {
		return undefined;
	}

	if (score <= FUSE_EXACT) {
		return exactScore(key, term.text);
	}

	return score + (fuzzyWholeWord(term.text, key, score, wordScore) ? 0 : SUBSTRING_PENALTY);
}

/**
 * Whether a best fuzzy match is a whole word (a typo in a word, not a piece of
 * another). The prefilter's word-level score knows it already: it is the
 * error rate alone for a whole word, plus SUBSTRING_PENALTY otherwise.
 */
function fuzzyWholeWord(text: string, key: string, score: number, wordScore: number | undefined): boolean {
	if (wordScore !== undefined) {
		return wordScore < score + (SUBSTRING_PENALTY / 2);
	}

	if (text.length > FUSE_PATTERN_LIMIT) {
		return false;
	}

	return bestWindows(text, key, allowedErrors(text.length)).some(([start, end]) => isBoundaryAt(key, start, end));
}

/** The words of the query in order, when it has several single-term clauses. */
export function phraseOf(query: ParsedQuery): string | undefined {
	const words = query.clauses
		.filter(clause => clause.length === 1 && !clause[0]!.negated)
		.map(clause => clause[0]!.text);
	return words.length > 1 ? words.join(' ') : undefined;
}

/**
 * Fuse's and the exact tests' verdict on one unit, before the title penalty,
 * or undefined when some clause is not satisfied. With a prefilter, Fuse is
 * not run for terms it proves absent.
 */
export function judgeUnit(
	query: ParsedQuery,
	key: string,
	unit: number,
	prefilter?: Prefilter,
): UnitVerdict | undefined {
	const matched: QueryTerm[] = [];
	let sum = 0;
	for (const [clauseIndex, clause] of query.clauses.entries()) {
		let best: number | undefined;
		for (const [termIndex, term] of clause.entries()) {
			const state = prefilter?.clauses[clauseIndex]?.[termIndex];
			if (state && prefilter!.provesNoMatch(state, unit)) {
				continue;
			}

			const score = termScore(term, key, state && prefilter!.wordScore(state, unit));
			if (score === undefined) {
				continue;
			}

			if (!term.negated) {
				matched.push(term);
			}

			best = best === undefined ? score : Math.min(best, score);
		}

		if (best === undefined) {
			return undefined;
		}

		sum += best;
	}

	const phrase = phraseOf(query);
	const phrasePenalty = phrase !== undefined && !key.includes(phrase) ? PHRASE_PENALTY : 0;
	return {score: (sum / query.clauses.length) + phrasePenalty, matched};
}
