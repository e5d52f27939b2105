/**
 * Search quality over the seeds and tests/fixtures/search: each query must
 * bring the listed paragraphs (article:paragraph, 0 = title) into the top 5.
 * FUZZY_THRESHOLD was tuned on this table.
 */
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, search} from '../../../source/core/search/index.js';
import {loadLibrary, seededRandom} from './library.js';

const index = buildSearchIndex(loadLibrary());

const top5 = (query: string): string[] =>
	search(index, query, {limit: 5}).map(result => `${result.articleId}:${result.paragraph}`);

type Case = readonly [kind: string, query: string, expected: readonly string[]];

const cases: readonly Case[] = [
	// Typos: a letter missing, swapped or wrong.
	['letter missing', 'الخيكني', ['s0:3']],
	['letter missing', 'بومبو', ['s1:3']],
	['letter missing', 'روحني', ['s1:15']],
	['letters swapped', 'الخكياني', ['s0:3']],
	['letters swapped', 'الحلوبسي', ['s1:13']],
	['letters swapped', 'هيلكوبتر', ['s0:18']],
	['letters swapped in a six-letter word', 'بوبميو', ['s1:3']],
	['letter wrong', 'الخيكاتي', ['s0:3']],
	['letter wrong', 'هليكوبتز', ['s0:18']],
	['letter wrong, two words', 'الملا طلاك', ['s0:14']],
	// Hamza missing or different.
	['hamza missing', 'ايماءات', ['s0:21']],
	['hamza missing, teh marbuta as heh', 'الاطاحه', ['s0:9', 's0:13']],
	['hamza on yeh for hamza on waw', 'مسئول', ['variants:1']],
	['hamza on waw for hamza on yeh', 'مسؤولين', ['variants:0']],
	['hamza written differently', 'شيئ', ['variants:5']],
	['alef without hamza in query', 'اذا', ['variants:5']],
	// Teh marbuta and alef maqsura.
	['teh marbuta as heh', 'السفاره الاميركيه', ['s1:9', 's0:20']],
	['heh in text for teh marbuta', 'منظمة الصحة', ['variants:1']],
	['alef maqsura as yeh', 'مصطفي', ['s1:8', 's1:13']],
	['alef maqsura as yeh', 'ليلي', ['variants:2']],
	['yeh in text for alef maqsura', 'استدعي', ['s1:13']],
	// Harakat in the query but not the text, and the reverse.
	['harakat in query', 'هُدْنَة', ['s1:16']],
	['harakat in query', 'الْحَشْدِ الشَّعْبِيِّ', ['s1:2']],
	['harakat in text', 'معرض القاهرة الدولي', ['vocalised:1', 'vocalised:0']],
	['harakat in text', 'بمشاركة', ['vocalised:1']],
	['Quranic text with dagger alef', 'الحمد لله رب العالمين', ['vocalised:3']],
	['tatweel in text', 'المدير العام', ['vocalised:2']],
	['tatweel in text', 'الزوار', ['vocalised:2']],
	// Digits.
	['Eastern digits for Western', '٢٥ حزيران', ['s0:0', 's0:3']],
	['Western digits for Eastern', '2019', ['variants:1']],
	['Western digits for Persian', '1250', ['variants:2']],
	['Persian digits for Eastern', '۲۰۱۹', ['variants:1']],
	['decimal separator', '3.5 مليون', ['variants:4']],
	// Persian and Urdu letters.
	['Arabic letters, Persian text', 'الرئيس الايراني', ['persian-letters:1']],
	['Persian letters, Arabic text', 'الکاظمی', ['s1:8']],
	['Persian letters, Arabic text', 'وزیر الخارجیة', ['s1:3']],
	['Urdu text', 'وزير اعظم', ['persian-letters:4']],
	['ZWNJ in text', 'نامهها', ['persian-letters:3']],
	['ZWNJ and bidi controls in text', 'الخرائط باللغه العربيه', ['controls:2']],
	// Word order.
	['two words out of order', 'صالح بومبيو', ['s1:4']],
	['two words out of order', 'الخضراء المنطقة', ['s0:3']],
	['two words out of order', 'طهران حسين', ['s1:14']],
	// Latin inside Arabic.
	['Latin name', 'reuters', ['variants:2']],
	['Latin name, capitalised', 'Reuters', ['variants:2']],
	['Latin name without accent', 'muller', ['variants:3']],
	['Latin words without accents', 'cafe societe', ['variants:3']],
	['Latin name between bidi marks, with Arabic', 'Google دبي', ['controls:1']],
	// Extended syntax.
	['exact', '\'الخضراء', ['s0:0']],
	['prefix', '^قام الكاظمي', ['s0:6']],
	['whole paragraph', '^روداو$', ['s1:17']],
	['or', 'هليكوبتر | الحلبوسي', ['s0:18', 's1:13']],
	['longer than 32 characters, words shuffled', 'الولايات المتحدة في 2003 بقيادة صدام حسين', ['s0:9']],
	['one term longer than 32 characters', 'قوات\\ الحشد\\ الشعبي\\ المفترض\\ أنها\\ خاضعة', ['s1:2']],
	['one long term with typos', 'قوات\\ الحشد\\ الشعبى\\ المفترظ\\ انها\\ خاضعه', ['s1:2']],
];

describe('search quality: expected paragraphs in the top 5', () => {
	it('has at least 40 queries', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});

	it.each(cases)('%s: %s', (_kind, query, expected) => {
		const found = top5(query);
		for (const wanted of expected) {
			expect(found).toContain(wanted);
		}
	});
});

describe('search quality: nothing for gibberish', () => {
	it.each(['ظظغغثثضض', 'قثفغضصظط', 'xqzvwk', 'zzqqxxjj', 'ڤڤڤڤگگگگ', '\'بغدادبغداد', '^روداوز'])('%s', query => {
		expect(search(index, query)).toEqual([]);
	});
});

describe('search quality: random letters', () => {
	it('rarely match anything (a looser threshold lets half of all five-letter strings through)', () => {
		const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
		const random = seededRandom(5);
		let matched = 0;
		for (let round = 0; round < 100; round++) {
			const query = Array.from({length: 5}, () => letters[Math.floor(random() * letters.length)]!).join('');
			matched += search(index, query, {limit: 1}).length;
		}

		expect(matched).toBeLessThanOrEqual(5);
	});
});

describe('search semantics', () => {
	it('returns nothing for an empty or blank query', () => {
		expect(search(index, '')).toEqual([]);
		expect(search(index, '  \t')).toEqual([]);
	});

	it('excludes paragraphs with a negated term', () => {
		const results = search(index, '!الكاظمي الخارجية', {limit: 100});
		expect(results.map(result => `${result.articleId}:${result.paragraph}`)).toContain('s1:3');
		for (const result of results) {
			expect(result.text).not.toContain('الكاظمي');
		}
	});

	it('ranks whole-word and exact matches above fuzzy ones', () => {
		const results = search(index, 'السفارة', {limit: 100});
		const wholeWord = results.findIndex(result => /(^|\s)السفارة(\s|$|[،.])/u.test(result.text));
		const inside = results.findIndex(result => result.text.includes('بالسفارة'));
		const fuzzy = results.findIndex(result => !result.text.includes('السفارة'));
		expect(wholeWord).toBeGreaterThanOrEqual(0);
		expect(wholeWord).toBeLessThan(inside);
		expect(inside).toBeLessThan(fuzzy < 0 ? Number.POSITIVE_INFINITY : fuzzy);
	});

	it('ranks the paragraphs of an article whose title matches above equal ones elsewhere', () => {
		// «الكاظمي» is in the title of s1, not of s0, and stands as a whole word in both.
		const results = search(index, 'الكاظمي', {limit: 100});
		const firstOfS0 = results.findIndex(result => result.articleId === 's0');
		const lastOfS1 = results.map(result => result.articleId === 's1' && result.score === 0).lastIndexOf(true);
		expect(results[0]!.articleId).toBe('s1');
		expect(lastOfS1).toBeLessThan(firstOfS0);
	});

	it('breaks ties by article order, then paragraph order', () => {
		const results = search(index, '\'حزيران', {limit: 100});
		const scores = new Set(results.map(result => result.score));
		for (const score of scores) {
			const tied = results.filter(result => result.score === score).map(result => [result.articleIndex, result.paragraph]);
			const sorted = [...tied].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
			expect(tied).toEqual(sorted);
		}
	});

	it('scores from 0 (best) to 1, in ascending order', () => {
		const results = search(index, 'الكاطمي وزراء', {limit: 100});
		expect(results.length).toBeGreaterThan(0);
		for (const [position, result] of results.entries()) {
			expect(result.score).toBeGreaterThanOrEqual(0);
			expect(result.score).toBeLessThanOrEqual(1);
			if (position > 0) {
				expect(result.score).toBeGreaterThanOrEqual(results[position - 1]!.score);
			}
		}
	});

	it('respects the limit', () => {
		expect(search(index, 'ال', {limit: 3})).toHaveLength(3);
	});
});
