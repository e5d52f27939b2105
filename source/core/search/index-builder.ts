/**
 * Builds the search index incrementally, article by article in any order,
 * while snapshots of it are searched: a library loaded in the background adds
 * articles as they are read and takes a snapshot every few hundred ms.
 *
 * Units (titles and paragraphs) are numbered in the order they are added; each
 * article's units stay together, title first. Every array is append-only, so a
 * snapshot shares the builder's memory up to its own lengths and later adds
 * never change what it sees. Ties in ranking go by (article, paragraph), not by
 * unit number, so the add order never shows in results.
 */
import {GrowableInt32} from './growable.js';
import {lastKeyUnits, normalizeCompact} from './normalize.js';
import {isNormalizedArticle, type NormalizedArticle} from './normalized-article.js';
import type {SearchableArticle, SearchIndex} from './types.js';
import {WordIndexBuilder} from './word-index-builder.js';

export type IndexBuilder = {
	/**
	 * Adds an article once, under its position in the library. `normalized`
	 * (from normalizeArticle, say from a cache) skips the folding and gives the
	 * same index; it throws a TypeError if it does not fit the article.
	 */
	add(articleIndex: number, article: SearchableArticle, normalized?: NormalizedArticle): void;
	/**
	 * An index over the articles added so far, within `articles` (the whole
	 * library; indexes are positions in it). It never changes afterwards.
	 */
	snapshot(articles: readonly SearchableArticle[]): SearchIndex;
	/** Articles added so far. */
	readonly articleCount: number;
};

export type IndexBuilderOptions = {
	/**
	 * About how many bytes of text (UTF-8 files) will be added: the largest
	 * arrays are made that size at once instead of doubling their way there.
	 * Doubling to 7 million postings frees buffers of 256 KB … 16 MB on the
	 * way, and the C allocator keeps such memory (about 25 MB of resident
	 * memory at 100,000 paragraphs). Room reserved and never written costs
	 * address space only. Too low a guess just means doubling from there.
	 */
	readonly expectedBytes?: number;
};

/**
 * Per byte of text: postings (with their blocks' slack; ~11 bytes a word of
 * Arabic), distinct words (172,000 in 56 MB of news), units.
 */
const POSTINGS_PER_BYTE = 0.16;
const WORDS_PER_BYTE = 0.004;
const UNITS_PER_BYTE = 1 / 256;

const ignoredRuns = {push: (_value: number) => 0};

export function createIndexBuilder(options: IndexBuilderOptions = {}): IndexBuilder {
	const bytes = Math.max(0, Math.min(options.expectedBytes ?? 0, 2 ** 30));
	const unitCapacity = Math.max(1 << 12, Math.ceil(bytes * UNITS_PER_BYTE));
	const keys: string[] = [];
	const unitArticle = new GrowableInt32(unitCapacity);
	const unitParagraph = new GrowableInt32(unitCapacity);
	const words = new WordIndexBuilder(Math.ceil(bytes * POSTINGS_PER_BYTE), Math.ceil(bytes * WORDS_PER_BYTE));
	/** First unit of each article added (by article index), -1 for none. */
	let firstUnits = new Int32Array(256).fill(-1);
	let articleCount = 0;
	let highestArticle = -1;
	let inOrder = true;
	let last: {index: SearchIndex; articles: readonly SearchableArticle[]; units: number} | undefined;

	const addUnit = (articleIndex: number, paragraph: number, text: string, normalized: NormalizedArticle | undefined): void => {
		unitArticle.push(articleIndex);
		unitParagraph.push(paragraph);
		if (normalized) {
			const key = normalized.keys[paragraph]!;
			keys.push(key);
			words.addKey(key);
		} else {
			// Offset maps are not kept (see unitHighlights): 9 MB at 100,000 paragraphs for a few highlights.
			const key = normalizeCompact(text, ignoredRuns);
			keys.push(key);
			// The normaliser's buffer still holds this key's units: tokenise them in place.
			words.addUnit(lastKeyUnits(), key.length);
		}
	};

	return {
		add(articleIndex, article, normalized) {
			if (!Number.isInteger(articleIndex) || articleIndex < 0) {
				throw new RangeError(`article index ${articleIndex} is not a position`);
			}

			if (articleIndex >= firstUnits.length) {
				const bigger = new Int32Array(Math.max(articleIndex + 1, firstUnits.length * 2)).fill(-1);
				bigger.set(firstUnits);
				firstUnits = bigger;
			}

			if (firstUnits[articleIndex] !== -1) {
				throw new Error(`article ${articleIndex} is already in the search index`);
			}

			if (normalized !== undefined && !isNormalizedArticle(normalized, article)) {
				throw new TypeError(`normalised data does not fit article ${articleIndex}`);
			}

			firstUnits[articleIndex] = keys.length;
			inOrder &&= articleIndex > highestArticle;
			highestArticle = Math.max(highestArticle, articleIndex);
			articleCount++;
			addUnit(articleIndex, 0, article.title, normalized);
			// With normalised data the texts are not read (a library's paragraphs unpack when read).
			const count = article.paragraphs.length;
			for (let position = 0; position < count; position++) {
				addUnit(articleIndex, position + 1, normalized ? '' : article.paragraphs[position]!, normalized);
			}
		},

		snapshot(articles) {
			const units = keys.length;
			if (last && last.articles === articles && last.units === units) {
				return last.index;
			}

			if (highestArticle >= articles.length) {
				throw new RangeError(`article ${highestArticle} was added but the library has ${articles.length}`);
			}

			const titleUnits = new Int32Array(articles.length).fill(-1);
			titleUnits.set(firstUnits.subarray(0, Math.min(articles.length, firstUnits.length)));
			// Every array is a view of the builder's own buffers, the final index's too: copying
			// them (and compacting the postings) at the end doubled the index in memory for a
			// moment and held the event loop for 100-300 ms; the capacity past each view's end is
			// mostly untouched pages, which cost no resident memory.
			const index: SearchIndex = {
				articles,
				unitArticle: unitArticle.view(),
				unitParagraph: unitParagraph.view(),
				titleUnits,
				keys: keys.slice(),
				words: words.snapshot(),
				unitOrder: inOrder ? undefined : articleOrder(titleUnits, unitArticle, units),
			};
			last = {index, articles, units};
			return index;
		},

		get articleCount() {
			return articleCount;
		},
	};
}

/** Units by (article, paragraph): each added article's units, which are contiguous, in article order. */
function articleOrder(titleUnits: Int32Array, unitArticle: GrowableInt32, units: number): Int32Array {
	const order = new Int32Array(units);
	let position = 0;
	for (let article = 0; article < titleUnits.length; article++) {
		const first = titleUnits[article]!;
		if (first < 0) {
			continue;
		}

		for (let unit = first; unit < units && unitArticle.at(unit) === article; unit++) {
			order[position++] = unit;
		}
	}

	return order;
}
