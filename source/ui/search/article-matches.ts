import type {Article} from '../../core/articles/index.js';
import type {StyleRange} from '../../core/layout/index.js';
import {buildSearchIndex, search} from '../../core/search/index.js';

/** Where the last search matches in one article: the reader highlights these and n/N visit them. */
export type ArticleMatches = {
	/** Matching blocks (0 = title, i = paragraph i), ascending. */
	readonly blocks: readonly number[];
	readonly styles: ReadonlyMap<number, readonly StyleRange[]>;
};

export const noMatches: ArticleMatches = {blocks: [], styles: new Map()};

export function matchStyles(matches: ReadonlyArray<readonly [number, number]>, style = 'match'): StyleRange[] {
	return matches.map(([start, end]) => ({start, end, style}));
}

/**
 * Runs `query` over a single article, every paragraph scored (an index of one
 * article is small, so this is quick even for long articles).
 */
export function articleMatches(article: Article, query: string): ArticleMatches {
	if (query.trim() === '') {
		return noMatches;
	}

	const units = 1 + article.paragraphs.length;
	const results = search(buildSearchIndex([article]), query, {limit: units, candidateLimit: Number.POSITIVE_INFINITY});
	const styles = new Map<number, readonly StyleRange[]>();
	for (const result of results) {
		styles.set(result.paragraph, matchStyles(result.matches));
	}

	return {blocks: [...styles.keys()].sort((a, b) => a - b), styles};
}
