/**
 * The incremental index: adding articles one by one, in any order, with or
 * without cached normalisation, must search exactly like buildSearchIndex, and
 * a snapshot must never change once taken.
 */
import {describe, expect, it} from 'vitest';
import {
	buildSearchIndex,
	createIndexBuilder,
	normalizeArticle,
	search,
	type SearchableArticle,
	type SearchIndex,
	type SearchOptions,
} from '../../../source/core/search/index.js';
import {wordPostings} from '../../../source/core/search/word-index.js';
import {unitText} from '../../../source/core/search/types.js';
import {loadLibrary, seededRandom} from './library.js';

const fixtures = loadLibrary();

/**
 * The fixtures, then 120 articles made of their paragraphs, with many
 * paragraphs repeated word for word across articles so that ranking ties
 * (broken by article, then paragraph) are everywhere.
 */
function tiedLibrary(): SearchableArticle[] {
	const random = seededRandom(21);
	const paragraphs = fixtures.flatMap(article => article.paragraphs);
	const pick = (): string => paragraphs[Math.floor(random() * paragraphs.length)]!;
	const made = Array.from({length: 120}, (_, article) => ({
		id: `t${article}`,
		path: `/t${article}`,
		title: random() < 0.5 ? fixtures[article % fixtures.length]!.title : pick().slice(0, 50),
		paragraphs: Array.from({length: 1 + Math.floor(random() * 6)}, pick),
	}));
	return [...fixtures, ...made];
}

const library = tiedLibrary();
const batch = buildSearchIndex(library);

/** Words of the library as typed, mistyped, two at a time, and in fzf syntax. */
function queries(count: number, seed: number): string[] {
	const random = seededRandom(seed);
	const words = fixtures.flatMap(article => [article.title, ...article.paragraphs]).join(' ').split(/\s+/u).filter(word => word.length > 1);
	const word = (): string => words[Math.floor(random() * words.length)]!;
	const forms = [
		(): string => word(),
		(): string => word().slice(0, 3),
		(): string => {
			const text = word();
			const at = Math.floor(random() * text.length);
			return text.slice(0, at) + text.slice(at + 1);
		},
		(): string => `${word()} ${word()}`,
		(): string => `'${word()}`,
		(): string => `^${word().slice(0, 2)}`,
		(): string => `${word()} !${word()}`,
		(): string => `${word()} | ${word()}`,
	];
	return Array.from({length: count}, () => forms[Math.floor(random() * forms.length)]!());
}

const queryList = [...queries(90, 5), 'الكاظمي', 'في', 'ال', 'بغداد', 'مسئول'];
const wide: SearchOptions = {limit: 10_000, candidateLimit: Number.POSITIVE_INFINITY};

function shuffled(count: number, seed: number): number[] {
	const random = seededRandom(seed);
	const order = Array.from({length: count}, (_, index) => index);
	for (let index = order.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[order[index], order[other]] = [order[other]!, order[index]!];
	}

	return order;
}

/** Everything a search can see of an index, copied (the pool may hold more, past each word's count). */
function visible(index: SearchIndex): unknown {
	const {words} = index;
	return {
		articles: index.articles.length,
		unitArticle: Array.from(index.unitArticle),
		unitParagraph: Array.from(index.unitParagraph),
		titleUnits: Array.from(index.titleUnits),
		texts: Array.from(index.keys, (_, unit) => unitText(index, unit)),
		keys: [...index.keys],
		unitOrder: index.unitOrder && Array.from(index.unitOrder),
		words: {
			text: words.text,
			starts: Array.from(words.starts),
			count: words.count,
			postings: Array.from({length: words.count}, (_, word) => Array.from(wordPostings(words, word))),
		},
	};
}

/** Results as seen by the user: which paragraph, score, text and highlights, in order. */
const resultsOf = (index: SearchIndex, query: string, options: SearchOptions = {}): unknown =>
	search(index, query, options).map(({articleIndex, paragraph, score, text, matches}) => ({articleIndex, paragraph, score, text, matches}));

describe('createIndexBuilder', () => {
	it('added in order, gives the same index and results as buildSearchIndex', () => {
		const builder = createIndexBuilder();
		for (const [articleIndex, article] of library.entries()) {
			builder.add(articleIndex, article);
		}

		expect(builder.articleCount).toBe(library.length);
		const index = builder.snapshot(library);
		expect(index.unitOrder).toBeUndefined();
		expect(visible(index)).toEqual(visible(batch));
		for (const query of queryList) {
			expect(search(index, query), query).toEqual(search(batch, query));
		}
	});

	it('added in shuffled order, with snapshots along the way, ranks and highlights the same', () => {
		for (const seed of [1, 2]) {
			const builder = createIndexBuilder();
			for (const [position, articleIndex] of shuffled(library.length, seed).entries()) {
				builder.add(articleIndex, library[articleIndex]!);
				if (position % 17 === 0) {
					builder.snapshot(library);
				}
			}

			const index = builder.snapshot(library);
			expect(index.unitOrder).toBeDefined();
			for (const query of queryList) {
				expect(resultsOf(index, query), `seed ${seed} «${query}»`).toEqual(resultsOf(batch, query));
				expect(resultsOf(index, query, {limit: 7, candidateLimit: 9}), `seed ${seed} «${query}» narrow`)
					.toEqual(resultsOf(batch, query, {limit: 7, candidateLimit: 9}));
			}
		}
	});

	it('has ties to break: the test library ranks many equal scores', () => {
		const scores = search(batch, 'الكاظمي', wide).map(result => result.score);
		expect(scores.length - new Set(scores).size).toBeGreaterThan(20);
	});

	it('gives the same index from normalised data that went through JSON', () => {
		const plain = createIndexBuilder();
		const cached = createIndexBuilder();
		for (const [articleIndex, article] of library.entries()) {
			plain.add(articleIndex, article);
			const stored = JSON.parse(JSON.stringify(normalizeArticle(article))) as ReturnType<typeof normalizeArticle>;
			cached.add(articleIndex, article, stored);
		}

		const fromCache = cached.snapshot(library);
		expect(visible(fromCache)).toEqual(visible(plain.snapshot(library)));
		for (const query of queryList.slice(0, 40)) {
			expect(resultsOf(fromCache, query), query).toEqual(resultsOf(batch, query));
		}
	});

	it('keeps a snapshot unchanged while more articles are added and the final index is made', () => {
		const builder = createIndexBuilder();
		const order = shuffled(library.length, 7);
		const half = order.slice(0, order.length / 2);
		for (const articleIndex of half) {
			builder.add(articleIndex, library[articleIndex]!);
		}

		const early = builder.snapshot(library);
		const seen = visible(early);
		const found = queryList.map(query => resultsOf(early, query, wide));
		for (const articleIndex of order.slice(half.length)) {
			builder.add(articleIndex, library[articleIndex]!);
			if (articleIndex % 5 === 0) {
				builder.snapshot(library);
			}
		}

		const complete = builder.snapshot(library);
		// The final index shares the builder's buffers with the early one: appends lie past what it reads.
		expect(complete.words.count).toBeGreaterThan(early.words.count);
		expect(visible(early)).toEqual(seen);
		expect(queryList.map(query => resultsOf(early, query, wide))).toEqual(found);
		expect(complete.keys.length).toBeGreaterThan(early.keys.length);
	});

	it('returns only added articles, exactly the ones the full index finds among them', () => {
		const builder = createIndexBuilder();
		const added = new Set(shuffled(library.length, 11).slice(0, 40));
		for (const articleIndex of added) {
			builder.add(articleIndex, library[articleIndex]!);
		}

		const partial = builder.snapshot(library);
		expect(builder.articleCount).toBe(40);
		let results = 0;
		for (const query of queryList) {
			const expected = search(batch, query, wide).filter(result => added.has(result.articleIndex));
			const got = search(partial, query, wide);
			expect(got, query).toEqual(expected);
			results += got.length;
		}

		expect(results).toBeGreaterThan(100);
		const nothingAdded = createIndexBuilder().snapshot(library);
		expect(search(nothingAdded, 'الكاظمي')).toEqual([]);
	});

	it('returns the same snapshot while nothing was added', () => {
		const builder = createIndexBuilder();
		builder.add(3, library[3]!);
		expect(builder.snapshot(library)).toBe(builder.snapshot(library));
	});

	it('refuses an article twice, a bad position, and normalised data of another article', () => {
		const builder = createIndexBuilder();
		builder.add(0, library[0]!);
		expect(() => {
			builder.add(0, library[0]!);
		}).toThrow(/already/u);
		expect(() => {
			builder.add(-1, library[1]!);
		}).toThrow(RangeError);
		expect(() => {
			builder.add(1, library[1]!, normalizeArticle(library[2]!));
		}).toThrow(TypeError);
		expect(builder.articleCount).toBe(1);
		builder.add(1, library[1]!, normalizeArticle(library[1]!));
		expect(builder.articleCount).toBe(2);
		expect(() => builder.snapshot([library[0]!])).toThrow(RangeError);
	});
});
