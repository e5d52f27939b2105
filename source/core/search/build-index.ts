/** The whole index at once (`qari search`, tests): every article added in order, one snapshot. */
import {createIndexBuilder} from './index-builder.js';
import {compactSourceMap, type SourceMap} from './offsets.js';
import type {SearchableArticle, SearchIndex} from './types.js';

export function buildSearchIndex(articles: readonly SearchableArticle[]): SearchIndex {
	const builder = createIndexBuilder();
	for (const [articleIndex, article] of articles.entries()) {
		builder.add(articleIndex, article);
	}

	return builder.snapshot(articles);
}

/** Key index → original index for one unit. */
export function unitSourceMap(index: SearchIndex, unit: number): SourceMap {
	return compactSourceMap(index.offsetRuns, index.offsetRunStarts[unit]!, index.offsetRunStarts[unit + 1]!);
}
