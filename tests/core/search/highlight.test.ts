import {describe, expect, it} from 'vitest';
import {buildSearchIndex, search, type SearchableArticle} from '../../../source/core/search/index.js';
import {bestWindows} from '../../../source/core/search/align.js';
import {keyRangesToSource} from '../../../source/core/search/offsets.js';
import {loadLibrary} from './library.js';

const library = buildSearchIndex(loadLibrary());

/** The highlighted pieces of the first result in article `id`, paragraph `paragraph`. */
function highlighted(query: string, id: string, paragraph: number): string[] {
	const result = search(library, query, {limit: 100}).find(found => found.articleId === id && found.paragraph === paragraph);
	expect(result, `${query} should find ${id}:${paragraph}`).toBeDefined();
	return result!.matches.map(([start, end]) => result!.text.slice(start, end));
}

function single(text: string): ReturnType<typeof buildSearchIndex> {
	const article: SearchableArticle = {id: 'one', path: '/one', title: 'title', paragraphs: [text]};
	return buildSearchIndex([article]);
}

describe('highlights in the original text', () => {
	it('keep the harakat of every highlighted letter, the last one included', () => {
		expect(highlighted('القاهرة', 'vocalised', 1)).toEqual(['القَاهِرَةِ']);
		expect(highlighted('معرض', 'vocalised', 0)).toEqual(['مَعْرِضُ']);
		expect(highlighted('وزير الثقافة', 'vocalised', 1)).toEqual(['وَزِيرُ', 'الثَّقَافَةِ']);
	});

	it('cover the tatweel inside a highlighted word', () => {
		expect(highlighted('المدير', 'vocalised', 2)).toEqual(['المديـــر']);
		expect(highlighted('الزوار', 'vocalised', 2)).toEqual(['الـــزوار']);
	});

	it('cover Quranic marks and the dagger alef', () => {
		expect(highlighted('العالمين', 'vocalised', 3)).toEqual(['ٱلْعَٰلَمِينَ']);
	});

	it('cover a mistyped letter with the rest of the word', () => {
		expect(highlighted('الخيكاتي', 's0', 3)).toEqual(['الخيكاني']);
		expect(highlighted('هليكوبتز', 's0', 18)).toEqual(['هليكوبتر']);
	});

	it('light a missing letter\'s whole word', () => {
		expect(highlighted('الخيكني', 's0', 3)).toEqual(['الخيكاني']);
	});

	it('light only whole-word occurrences when the term stands as a word', () => {
		const result = search(library, 'رب', {limit: 100}).find(found => found.articleId === 'vocalised' && found.paragraph === 3)!;
		expect(result.matches.map(([start, end]) => result.text.slice(start, end))).toEqual(['رَبِّ']);
	});

	it('land on Eastern digits found by Western ones, and on Persian letters', () => {
		expect(highlighted('2019', 'variants', 1)).toEqual(['٢٠١٩']);
		expect(highlighted('الرئيس الايراني', 'persian-letters', 1)).toEqual(['الرئیس', 'الإیرانی']);
	});

	it('keep a decomposed accent with its letter', () => {
		const index = single('Herr Mu\u0308ller sagt');
		const [result] = search(index, 'mu');
		expect(result!.matches).toEqual([[5, 8]]);
		expect(result!.text.slice(5, 8)).toBe('Mu\u0308');
	});

	it('skip bidi marks and ZWNJ between highlighted words but keep those inside', () => {
		const index = single('نامه\u200Cها\u200F هنا');
		const [result] = search(index, 'نامهها');
		expect(result!.matches).toEqual([[0, 7]]);
	});

	it('are sorted, disjoint and on grapheme boundaries for every result', () => {
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		for (const query of ['الكاظمي', 'القاهرة', 'الحمد لله', 'المدير العام', 'muller', 'بمشاركه', 'في | من']) {
			for (const result of search(library, query, {limit: 100})) {
				const boundaries = new Set([...segmenter.segment(result.text)].map(segment => segment.index));
				boundaries.add(result.text.length);
				let previousEnd = -1;
				for (const [start, end] of result.matches) {
					expect(start).toBeLessThan(end);
					expect(start).toBeGreaterThan(previousEnd);
					expect(boundaries.has(start) && boundaries.has(end)).toBe(true);
					previousEnd = end;
				}
			}
		}
	});
});

describe('keyRangesToSource', () => {
	it('widens a range that would split a surrogate pair', () => {
		const text = 'a😀b';
		expect(keyRangesToSource(text, index => index, [[1, 2]])).toEqual([[1, 3]]);
	});

	it('merges overlapping and touching ranges', () => {
		expect(keyRangesToSource('abcdef', index => index, [[3, 5], [0, 2], [1, 3]])).toEqual([[0, 5]]);
	});
});

describe('bestWindows', () => {
	it('finds every occurrence at the least distance', () => {
		expect(bestWindows('abc', 'xabcxxabdcx', 1)).toEqual([[1, 4]]);
		expect(bestWindows('abc', 'xabdx abex', 1)).toEqual([[1, 4], [6, 9]]);
	});

	it('finds nothing beyond the allowed edits', () => {
		expect(bestWindows('abcdef', 'zzzzzz', 2)).toEqual([]);
	});
});
