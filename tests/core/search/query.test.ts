import {describe, expect, it} from 'vitest';
import {parseQuery} from '../../../source/core/search/index.js';
import {readableKey} from '../../../source/core/search/packed.js';

const shape = (query: string): string[][] =>
	parseQuery(query).clauses.map(clause => clause.map(term => `${term.negated ? '!' : ''}${term.kind}:${readableKey(term.text)}`));

describe('parseQuery (fzf extended syntax)', () => {
	it.each([
		['الكاظمي', [['fuzzy:الكاظمي']]],
		['\'الخضراء', [['include:الخضراء']]],
		['\'الخضراء\'', [['word:الخضراء']]],
		['^قام', [['prefix:قام']]],
		['بغداد$', [['suffix:بغداد']]],
		['^روداو$', [['equal:روداو']]],
		['!الكاظمي', [['!include:الكاظمي']]],
		['!\'الكاظمي', [['!include:الكاظمي']]],
		['!^قام', [['!prefix:قام']]],
		['!بغداد$', [['!suffix:بغداد']]],
		['!\'في\'', [['!word:في']]],
	])('%s', (query, expected) => {
		expect(shape(query)).toEqual(expected);
	});

	it('makes each space-separated word a clause that must match', () => {
		expect(shape('بومبيو   صالح')).toEqual([['fuzzy:بومبيو'], ['fuzzy:صالح']]);
	});

	it('binds | tighter than spaces, like fzf: a b | c is a AND (b OR c)', () => {
		expect(shape('وزير رئيس | الخارجية ^قام')).toEqual([
			['fuzzy:وزير'],
			['fuzzy:رييس', 'fuzzy:الخارجيه'],
			['prefix:قام'],
		]);
		expect(shape('a | b | c')).toEqual([['fuzzy:a', 'fuzzy:b', 'fuzzy:c']]);
	});

	it('ignores a dangling |', () => {
		expect(shape('| a |')).toEqual([['fuzzy:a']]);
		expect(shape('a | | b')).toEqual([['fuzzy:a', 'fuzzy:b']]);
	});

	it('keeps an escaped space inside a term', () => {
		expect(shape('new\\ york times')).toEqual([['fuzzy:new york'], ['fuzzy:times']]);
	});

	it('normalises the terms like the paragraphs', () => {
		expect(shape('أَحْمَد ٢٥ Café')).toEqual([['fuzzy:احمد'], ['fuzzy:25'], ['fuzzy:cafe']]);
		expect(shape('\'مدينة$')).toEqual([['include:مدينه$']]);
	});

	it('treats a lone operator character as text', () => {
		expect(shape('! \' ^ $')).toEqual([['fuzzy:!'], ['fuzzy:\''], ['fuzzy:^'], ['fuzzy:$']]);
	});

	it('drops terms with nothing searchable left (harakat only)', () => {
		expect(shape('َ ّ الكاظمي')).toEqual([['fuzzy:الكاظمي']]);
	});

	it('gives no clauses for an empty or blank query', () => {
		expect(shape('')).toEqual([]);
		expect(shape(' \t ')).toEqual([]);
	});
});
