/** The whole index at once (`qari search`, tests): every article added in order, one snapshot. */
import {createIndexBuilder} from './index-builder.js';
import type {SearchableArticle, SearchIndex} from './types.js';

export function buildSearchIndex(articles: readonly SearchableArticle[]): SearchIndex {
	const builder = createIndexBuilder();
	for (const [articleIndex, article] of articles.entries()) {
		builder.add(articleIndex, article);
	}

	return builder.snapshot(articles);
}

