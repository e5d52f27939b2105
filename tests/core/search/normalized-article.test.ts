/**
 * normalizeArticle is what a library cache stores: plain JSON, checked before
 * use, and versioned so that a change of normalisation invalidates caches.
 */
import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
	isNormalizedArticle,
	normalizeArticle,
	normalizeForSearch,
	NORMALIZER_VERSION,
	type SearchableArticle,
} from '../../../source/core/search/index.js';
import {readableKey} from '../../../source/core/search/packed.js';
import {loadLibrary} from './library.js';

const library = loadLibrary();
const article: SearchableArticle = {
	id: 'a',
	path: '/a',
	title: '  أَحْمَدُ   والـمدير  ',
	paragraphs: ['٢٥ حزيران 𝐀 Café', '', 'نص'],
};

describe('normalizeArticle', () => {
	it('gives each unit the key of normalizeForSearch, and nothing else', () => {
		const normalized = normalizeArticle(article);
		const texts = [article.title, ...article.paragraphs];
		expect(normalized.keys.map(key => readableKey(key))).toEqual(texts.map(text => normalizeForSearch(text).key));
		expect(Object.keys(normalized)).toEqual(['keys']);
	});

	it('packs Arabic, digits and ASCII into units below 0x100 (one byte each in V8)', () => {
		const {keys} = normalizeArticle({id: 'p', path: '/p', title: 'أَحْمَدُ ٢٥ Café، ﻻ', paragraphs: library[0]!.paragraphs});
		for (const key of keys) {
			expect([...key].filter(char => char.charCodeAt(0) > 0xFF), readableKey(key)).toEqual([]);
		}

		expect(readableKey(keys[0]!)).toBe('احمد 25 cafe، لا');
		// Nothing JSON must escape: a cached key takes about as many characters as the key.
		expect(JSON.stringify(keys)).not.toMatch(/\\u/u);
	});

	it('survives JSON unchanged and passes its own check', () => {
		for (const each of [article, ...library]) {
			const normalized = normalizeArticle(each);
			const copy: unknown = JSON.parse(JSON.stringify(normalized));
			expect(copy).toEqual(normalized);
			expect(isNormalizedArticle(copy, each)).toBe(true);
		}
	});

	it.each([
		['null', null],
		['a string', 'keys'],
		['too few units', {keys: ['احمد والمدير']}],
		['too many units', {keys: ['a', 'b', '', 'c', 'd']}],
		['a key not a string', {keys: [1, '', '', '']}],
		['keys not an array', {keys: 'a b  c'}],
		['no keys', {runs: [[], [], [], []]}],
	])('rejects %s', (_, value) => {
		expect(isNormalizedArticle(value, article)).toBe(false);
	});

	it('has a version that changes with its output', () => {
		// Changed normalisation? Bump NORMALIZER_VERSION (caches must be rebuilt), then update the fingerprint.
		const output = JSON.stringify([article, ...library].map(each => normalizeArticle(each)));
		const fingerprint = createHash('sha256').update(output).digest('hex').slice(0, 16);
		expect({NORMALIZER_VERSION, fingerprint}).toEqual({NORMALIZER_VERSION: 3, fingerprint: '73d47083d9704ca7'});
	});
});
