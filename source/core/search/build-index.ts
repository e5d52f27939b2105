/** Builds the search index once, when articles load. */
import {GrowableInt32} from './growable.js';
import {lastKeyUnits, normalizeCompact} from './normalize.js';
import {compactSourceMap, type SourceMap} from './offsets.js';
import type {SearchableArticle, SearchIndex} from './types.js';
import {WordIndexBuilder} from './word-index-builder.js';

export function buildSearchIndex(articles: readonly SearchableArticle[]): SearchIndex {
	let unitCount = 0;
	for (const article of articles) {
		unitCount += 1 + article.paragraphs.length;
	}

	const unitArticle = new Int32Array(unitCount);
	const unitParagraph = new Int32Array(unitCount);
	const titleUnits = new Int32Array(articles.length);
	const texts: string[] = [];
	const keys: string[] = [];
	const runs = new GrowableInt32(1 << 12);
	const offsetRunStarts = new Int32Array(unitCount + 1);
	const words = new WordIndexBuilder();
	let unit = 0;
	const add = (articleIndex: number, paragraph: number, text: string): void => {
		unitArticle[unit] = articleIndex;
		unitParagraph[unit] = paragraph;
		offsetRunStarts[unit] = runs.length;
		texts.push(text);
		const key = normalizeCompact(text, runs);
		keys.push(key);
		// The normaliser's buffer still holds this key's units: tokenise them in place.
		words.addUnit(lastKeyUnits(), key.length);
		unit++;
	};

	for (const [articleIndex, article] of articles.entries()) {
		titleUnits[articleIndex] = unit;
		add(articleIndex, 0, article.title);
		for (const [position, paragraph] of article.paragraphs.entries()) {
			add(articleIndex, position + 1, paragraph);
		}
	}

	offsetRunStarts[unitCount] = runs.length;
	return {
		articles,
		unitArticle,
		unitParagraph,
		titleUnits,
		texts,
		keys,
		offsetRuns: runs.toArray(),
		offsetRunStarts,
		words: words.finish(),
	};
}

/** Key index → original index for one unit. */
export function unitSourceMap(index: SearchIndex, unit: number): SourceMap {
	return compactSourceMap(index.offsetRuns, index.offsetRunStarts[unit]!, index.offsetRunStarts[unit + 1]!);
}
