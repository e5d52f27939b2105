import {describe, expect, it} from 'vitest';
import {buildSearchIndex, search} from '../../../source/core/search/index.js';
import {WordIndexBuilder} from '../../../source/core/search/word-index-builder.js';
import {collectWordsContaining, type WordIndex, wordPostings} from '../../../source/core/search/word-index.js';
import {loadLibrary, seededRandom} from './library.js';

function build(keys: readonly string[]): WordIndex {
	const builder = new WordIndexBuilder();
	for (const key of keys) {
		builder.addUnit(Uint16Array.from(key, char => char.charCodeAt(0)), key.length);
	}

	return builder.finish();
}

/** Word → units containing it, the plain way. */
function naive(keys: readonly string[]): Map<string, number[]> {
	const units = new Map<string, number[]>();
	for (const [unit, key] of keys.entries()) {
		for (const word of new Set(key.split(' ').filter(Boolean))) {
			const list = units.get(word) ?? [];
			list.push(unit);
			units.set(word, list);
		}
	}

	return units;
}

function postingsOf(index: WordIndex): Map<string, number[]> {
	const units = new Map<string, number[]>();
	for (let word = 0; word < index.count; word++) {
		const text = index.text.slice(index.starts[word]!, index.starts[word + 1]! - 1);
		units.set(text, Array.from(wordPostings(index, word)));
	}

	return units;
}

describe('word index', () => {
	it('lists each word once with the units holding it, in order, for the library', () => {
		const keys = buildSearchIndex(loadLibrary()).keys;
		expect(postingsOf(build(keys))).toEqual(naive(keys));
	});

	it('survives many words (table growth) and repeated words within a unit', () => {
		const random = seededRandom(9);
		const keys = Array.from({length: 3000}, () => Array.from({length: 40}, () => `w${Math.floor(random() * 50_000).toString(36)}`).join(' '));
		keys.push('same same same', '', 'a  b');
		const index = build(keys);
		expect(index.count).toBeGreaterThan(30_000);
		expect(postingsOf(index)).toEqual(naive(keys));
	});

	it('finds every word containing a fragment, once', () => {
		const index = build(['كتب الكاتب', 'مكتبة كتب', 'قلم']);
		const found: number[] = [];
		const seen = new Uint8Array(index.count);
		collectWordsContaining(index, 'كت', seen, found);
		collectWordsContaining(index, 'تب', seen, found);
		const words = found.map(word => index.text.slice(index.starts[word]!, index.starts[word + 1]! - 1));
		expect(words.sort()).toEqual(['الكاتب', 'كتب', 'مكتبة'].sort());
	});

	it('copes with empty titles and paragraphs', () => {
		const index = buildSearchIndex([{id: 'empty', path: '/empty', title: '', paragraphs: ['', '   ', 'نص']}]);
		expect(search(index, 'نص').map(result => result.paragraph)).toEqual([3]);
		expect(search(index, 'غير')).toEqual([]);
	});
});
