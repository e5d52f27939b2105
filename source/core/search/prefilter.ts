/**
 * Candidate units for a query, in cheap-score order, without running Fuse.
 *
 * Soundness: a unit Fuse could accept for a fuzzy term keeps one pigeonhole
 * piece of the term intact, so it contains a word containing that piece's
 * fragment, so it is in that word's postings: "matching" (the word alone is
 * within the allowed edits) or "partial" (the match must cross a space). Exact
 * terms are found through their longest fragment. Only units absent from both
 * lists for every term of a clause are dropped, and Fuse would reject those.
 *
 * Order: units whose clauses all match within single words ("tier A") come
 * first, by mean cheap score then by (article, paragraph); units needing a partial
 * word ("tier B") are computed only if tier A runs out.
 */
import {substringDistance} from './distance.js';
import {allowedErrors} from './fuse-options.js';
import {bitCount as importedBitCount, countingSort} from './counting.js';
import {exactTermMatches} from './predicates.js';
import type {ParsedQuery, QueryTerm} from './query.js';
import {termWordsSteps, type TermWords} from './term-words.js';
import type {SearchIndex} from './types.js';
import {scatterBits as importedScatterBits, scatterLowest as importedScatterLowest} from './word-index.js';

/** Cheap-score penalty for paragraphs whose article title does not match too. */
export const TITLE_PENALTY = 0.004;
/** Clause score of a clause satisfied only by a negated term. */
const NEGATED_ONLY = 0.5;
const ABSENT = 1e9;
/** Levels of tier-B units start here (levels are mean scores in thousandths, below 2 for tier B). */
const TIER_B_OFFSET = 3000;
/** Marks a unit reached by a partial word, beside its piece bits. */
const REACHED = 1 << 30;

/** Postings scattered between two yields. */
const SCATTER_SLICE = 65_536;
// Bound once: some loaders (tsx) reach imports through getters, which hot loops feel.
const bitCount = importedBitCount;
const scatterBits = importedScatterBits;
const scatterLowest = importedScatterLowest;

type TermState = {
	readonly term: QueryTerm;
	/** Undefined for negated terms. */
	words: TermWords | undefined;
	/** Best tier-A score per unit, ABSENT where none; undefined for negated terms. */
	best: Float32Array | undefined;
	/**
	 * Per unit reached only through partial words, its tier-B score in [1, 2]:
	 * 1 + the fraction of pigeonhole pieces it lacks; 0 if not reached. Filled by computeTierB.
	 */
	partial: Float32Array | undefined;
};

export class Prefilter {
	private readonly terms: TermState[][];
	private titleMatches: Uint8Array | undefined;
	private tierB = false;

	/** Call prepare() (or run it through) before anything else. */
	constructor(private readonly index: SearchIndex, query: ParsedQuery) {
		this.terms = query.clauses.map(clause => clause.map(term => ({term, words: undefined, best: undefined, partial: undefined})));
	}

	/** Looks every term up in the vocabulary and scatters tier-A scores onto units. */
	* prepare(): Generator<void, void> {
		for (const state of this.terms.flat()) {
			if (state.term.negated) {
				continue;
			}

			const words = yield* termWordsSteps(this.index.words, state.term);
			const best = new Float32Array(this.index.keys.length).fill(ABSENT);
			let scattered = 0;
			for (const [position, word] of words.matching.entries()) {
				scattered += scatterLowest(this.index.words, word, words.scores[position]!, best);
				if (scattered >= SCATTER_SLICE) {
					scattered = 0;
					yield;
				}
			}

			state.words = words;
			state.best = best;
			yield;
		}
	}

	/** A prefilter ready to use, prepared synchronously. */
	static prepared(index: SearchIndex, query: ParsedQuery): Prefilter {
		const prefilter = new Prefilter(index, query);
		const steps = prefilter.prepare();
		while (!steps.next().done) {
			// Runs to the end.
		}

		return prefilter;
	}

	/** Fills in the units that only partial words reach. */
	* computeTierB(): Generator<void, void> {
		if (this.tierB) {
			return;
		}

		for (const state of this.terms.flat()) {
			if (!state.words) {
				continue;
			}

			const {partial: words, partialPieces, pieceCount, unconstrained} = state.words;
			const pieces = new Int32Array(this.index.keys.length);
			let scattered = 0;
			for (const [position, word] of words.entries()) {
				scattered += scatterBits(this.index.words, word, partialPieces[position]! | REACHED, pieces);
				if (scattered >= SCATTER_SLICE) {
					scattered = 0;
					yield;
				}
			}

			yield;
			const partial = new Float32Array(this.index.keys.length);
			for (let unit = 0; unit < partial.length; unit++) {
				const bits = pieces[unit]!;
				if (bits !== 0 || unconstrained) {
					partial[unit] = 1 + ((pieceCount - bitCount(bits & ~REACHED)) / Math.max(1, pieceCount));
				}
			}

			state.partial = partial;
			yield;
		}

		this.tierB = true;
	}

	/** Per unit, the best score of a clause: ABSENT, a tier-A score, or 1 for tier B. */
	private clauseScores(states: readonly TermState[]): Float32Array {
		const unitCount = this.index.keys.length;
		if (states.length === 1 && states[0]!.best && !this.tierB) {
			return states[0]!.best;
		}

		const scores = new Float32Array(unitCount).fill(ABSENT);
		for (const state of states) {
			const {best, partial} = state;
			for (let unit = 0; unit < unitCount; unit++) {
				let score = best ? best[unit]! : NEGATED_ONLY;
				if (score >= ABSENT && partial && partial[unit]! > 0) {
					score = partial[unit]!;
				}

				if (score < scores[unit]!) {
					scores[unit] = score;
				}
			}
		}

		return scores;
	}

	/**
	 * Counting-sort level of every unit, -1 for non-candidates: the mean clause
	 * score (plus the title penalty) in thousandths, plus TIER_B_OFFSET when some
	 * clause is reached only through partial words.
	 */
	private * levels(): Generator<void, Int32Array> {
		const {unitParagraph, unitArticle, keys} = this.index;
		const unitCount = keys.length;
		const sums = new Float32Array(unitCount);
		const tierB = new Uint8Array(unitCount);
		for (const states of this.terms) {
			const scores = this.clauseScores(states);
			for (let unit = 0; unit < unitCount; unit++) {
				const score = scores[unit]!;
				sums[unit] = sums[unit]! + score;
				if (score >= 1) {
					tierB[unit] = 1;
				}
			}

			yield;
		}

		const levels = new Int32Array(unitCount);
		const clauseCount = this.terms.length;
		const titles = this.titleMatches;
		for (let unit = 0; unit < unitCount; unit++) {
			const sum = sums[unit]!;
			if (sum >= ABSENT) {
				levels[unit] = -1;
				continue;
			}

			const penalty = unitParagraph[unit]! > 0 && titles?.[unitArticle[unit]!] !== 1 ? TITLE_PENALTY : 0;
			const thousandths = Math.min(TIER_B_OFFSET - 1, Math.round(((sum / clauseCount) + penalty) * 1000));
			levels[unit] = (tierB[unit]! * TIER_B_OFFSET) + thousandths;
		}

		return levels;
	}

	/** Articles whose title is a tier-A candidate: their paragraphs go first among equals. */
	private computeTitleMatches(): Uint8Array {
		const titles = new Uint8Array(this.index.articles.length);
		for (let article = 0; article < titles.length; article++) {
			const unit = this.index.titleUnits[article]!;
			if (unit < 0) {
				// Not indexed yet: none of its paragraphs are candidates either.
				titles[article] = 0;
				continue;
			}

			const inTierA = this.terms.every(states => states.some(state => !state.best || state.best[unit]! < ABSENT));
			titles[article] = inTierA ? 1 : 0;
		}

		return titles;
	}

	/**
	 * Candidates in cheap order: `tier` 'A' gives units whose every clause has a
	 * tier-A score (or a negated term), 'B' the rest (call computeTierB first).
	 */
	* ordered(tier: 'A' | 'B'): Generator<void, Int32Array> {
		this.titleMatches ??= this.computeTitleMatches();
		const levels = yield* this.levels();
		return countingSort(levels, tier === 'A' ? 0 : TIER_B_OFFSET, tier === 'A' ? TIER_B_OFFSET : 2 * TIER_B_OFFSET, this.index.unitOrder);
	}

	/**
	 * Whether the unit may still match: in every clause some term is present and
	 * exactly true. A fuzzy term reached only through a partial word is checked
	 * with the edit distance Fuse thresholds (a few µs, against Fuse's ~90 µs),
	 * so Fuse is not spent on the many paragraphs that merely share a piece.
	 */
	mayMatch(unit: number): boolean {
		const key = this.index.keys[unit]!;
		return this.terms.every(states => states.some(state => this.termMayMatch(state, unit, key)));
	}

	private termMayMatch(state: TermState, unit: number, key: string): boolean {
		const {term} = state;
		if (term.negated) {
			return !exactTermMatches(term, key);
		}

		if (state.best![unit]! < ABSENT) {
			return term.kind === 'fuzzy' || exactTermMatches(term, key);
		}

		const reachable = state.partial !== undefined && state.partial[unit]! > 0;
		return reachable && term.kind === 'fuzzy' && substringDistance(term.text, key) <= allowedErrors(term.text.length);
	}

	/**
	 * Whether Fuse can be spared this term on this unit: the prefilter proves it
	 * cannot match (only once tier B is known; before, absence proves nothing).
	 */
	provesNoMatch(state: TermState, unit: number): boolean {
		return this.tierB && !state.term.negated && state.best![unit]! >= ABSENT && state.partial![unit] === 0;
	}

	/** The term's best word-level score on this unit, when one of its words holds a match. */
	wordScore(state: TermState, unit: number): number | undefined {
		const score = state.best?.[unit];
		return score === undefined || score >= ABSENT ? undefined : score;
	}

	/** The states of the query's terms, clause by clause, in query order. */
	get clauses(): ReadonlyArray<readonly TermState[]> {
		return this.terms;
	}

	/** Every unit that may match, tier A and B together (for tests of soundness). */
	allCandidates(): Set<number> {
		const steps = this.computeTierB();
		while (!steps.next().done) {
			// Runs to the end.
		}

		const units = new Set<number>();
		for (const tier of ['A', 'B'] as const) {
			const ordering = this.ordered(tier);
			let step = ordering.next();
			while (!step.done) {
				step = ordering.next();
			}

			for (const unit of step.value) {
				units.add(unit);
			}
		}

		return units;
	}
}

export type {TermState};
