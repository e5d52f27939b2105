/**
 * A search, written as a generator that yields between slices of work so the
 * same code runs synchronously (search) or cooperatively (createSearcher).
 *
 * 1. The prefilter lists candidate units in cheap-score order (tier A, then
 *    tier B only if tier A runs out) and exact terms are checked on them,
 *    until `candidateLimit` candidates remain possible.
 * 2. Fuse scores those; the title of each article involved is judged too.
 * 3. The best `limit` get their highlights.
 */
import {unitHighlights} from './highlight.js';
import {Prefilter, TITLE_PENALTY} from './prefilter.js';
import {parseQuery, type ParsedQuery} from './query.js';
import {judgeUnit, type UnitVerdict} from './score.js';
import {unitText, type SearchIndex, type SearchOptions, type SearchResult} from './types.js';

export const DEFAULT_LIMIT = 50;
export const DEFAULT_CANDIDATE_LIMIT = 200;

/**
 * Tier-B units (a term reached only through words holding a piece of it) are
 * checked with an edit distance each; at most this many, best pieces first.
 * They match only across a space (a query missing one, say), and there can be
 * 80,000 of them for a short word.
 */
export const TIER_B_EXAMINED = 3000;
/** Units checked between two yields while listing candidates. */
const VERIFY_SLICE = 512;
/** Units judged by Fuse between two yields. */
const JUDGE_SLICE = 16;

function* collectCandidates(prefilter: Prefilter, budget: number): Generator<void, number[]> {
	const accepted: number[] = [];
	for (const tier of ['A', 'B'] as const) {
		if (tier === 'B') {
			yield* prefilter.computeTierB();
		}

		const order = yield* prefilter.ordered(tier);
		yield;
		const examined = tier === 'A' ? order.length : Math.min(order.length, TIER_B_EXAMINED);
		for (let position = 0; position < examined; position++) {
			const unit = order[position]!;
			if (prefilter.mayMatch(unit)) {
				accepted.push(unit);
				if (accepted.length >= budget) {
					return accepted;
				}
			}

			if (position % VERIFY_SLICE === VERIFY_SLICE - 1) {
				yield;
			}
		}
	}

	return accepted;
}

type Judged = {unit: number; verdict: UnitVerdict; score: number};

export function* searchSteps(
	index: SearchIndex,
	query: string | ParsedQuery,
	options: SearchOptions = {},
): Generator<void, SearchResult[]> {
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	const limit = options.limit ?? DEFAULT_LIMIT;
	if (parsed.clauses.length === 0 || limit <= 0) {
		return [];
	}

	const prefilter = new Prefilter(index, parsed);
	yield* prefilter.prepare();
	const budget = Math.max(options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT, limit);
	const candidates = yield* collectCandidates(prefilter, budget);
	const titleMatches = new Map<number, boolean>();
	const judged: Judged[] = [];
	for (const [position, unit] of candidates.entries()) {
		const verdict = judgeUnit(parsed, index.keys[unit]!, unit, prefilter);
		if (verdict) {
			const paragraph = index.unitParagraph[unit]!;
			const article = index.unitArticle[unit]!;
			let titleMatch = paragraph === 0;
			if (!titleMatch) {
				const titleUnit = index.titleUnits[article]!;
				titleMatch = titleMatches.get(article) ?? (judgeUnit(parsed, index.keys[titleUnit]!, titleUnit) !== undefined);
				titleMatches.set(article, titleMatch);
			}

			const score = Math.min(1, verdict.score + (titleMatch ? 0 : TITLE_PENALTY));
			judged.push({unit, verdict, score});
		}

		if (position % JUDGE_SLICE === JUDGE_SLICE - 1) {
			yield;
		}
	}

	const {unitArticle, unitParagraph} = index;
	// Ties by (article, paragraph): unit numbers follow the order articles were indexed in.
	judged.sort((a, b) => a.score - b.score
		|| unitArticle[a.unit]! - unitArticle[b.unit]!
		|| unitParagraph[a.unit]! - unitParagraph[b.unit]!);
	const results: SearchResult[] = [];
	for (const {unit, verdict, score} of judged.slice(0, limit)) {
		const articleIndex = index.unitArticle[unit]!;
		const article = index.articles[articleIndex]!;
		results.push({
			articleIndex,
			articleId: article.id,
			path: article.path,
			title: article.title,
			paragraph: index.unitParagraph[unit]!,
			score,
			text: unitText(index, unit),
			matches: unitHighlights(index, unit, verdict.matched),
		});
		if (results.length % JUDGE_SLICE === 0) {
			yield;
		}
	}

	return results;
}

/** Runs a search to the end. An empty or blank query gives no results. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
	const steps = searchSteps(index, query, options);
	for (;;) {
		const step = steps.next();
		if (step.done) {
			return step.value;
		}
	}
}
