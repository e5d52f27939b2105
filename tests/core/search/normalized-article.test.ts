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
import {compactSourceMap} from '../../../source/core/search/offsets.js';
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
	it('gives each unit the key and offset map of normalizeForSearch', () => {
		const normalized = normalizeArticle(article);
		const texts = [article.title, ...article.paragraphs];
		expect(normalized.keys.map(key => readableKey(key))).toEqual(texts.map(text => normalizeForSearch(text).key));
		for (const [unit, text] of texts.entries()) {
			const {key, offsets} = normalizeForSearch(text);
			const runs = Int32Array.from(normalized.runs[unit]!);
			const map = compactSourceMap(runs, 0, runs.length);
			expect(Array.from(key, (_, index) => map(index)), text).toEqual(Array.from(offsets.subarray(0, key.length)));
		}
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
		['too few units', {keys: ['احمد والمدير'], runs: [[]]}],
		['a key not a string', {keys: [1, '', '', ''], runs: [[], [], [], []]}],
		['odd runs', {keys: ['a', 'b', '', 'c'], runs: [[0], [], [], []]}],
		['a run past the key', {keys: ['a', 'b', '', 'c'], runs: [[5, 1], [], [], []]}],
		['an offset before the text', {keys: ['a', 'b', '', 'c'], runs: [[0, -1], [], [], []]}],
		['an offset past the text', {keys: ['a', 'b', '', 'c'], runs: [[0, 40], [], [], []]}],
		['a key longer than its text, no runs', {keys: ['a', 'b', '', 'نصنصنص'], runs: [[], [], [], []]}],
		['runs out of order', {keys: ['ab', 'b', '', 'c'], runs: [[1, 1, 0, 2], [], [], []]}],
		['a fraction', {keys: ['a', 'b', '', 'c'], runs: [[0.5, 1], [], [], []]}],
	])('rejects %s', (_, value) => {
		expect(isNormalizedArticle(value, article)).toBe(false);
	});

	it('has a version that changes with its output', () => {
		// Changed normalisation? Bump NORMALIZER_VERSION (caches must be rebuilt), then update the fingerprint.
		const output = JSON.stringify([article, ...library].map(each => normalizeArticle(each)));
		const fingerprint = createHash('sha256').update(output).digest('hex').slice(0, 16);
		expect({NORMALIZER_VERSION, fingerprint}).toEqual({NORMALIZER_VERSION: 2, fingerprint: 'cf8fdf249c2e07cf'});
	});
});
