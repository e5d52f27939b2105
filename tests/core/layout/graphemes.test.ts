import {describe, expect, it} from 'vitest';
import {graphemeBoundaries} from '../../../source/core/layout/graphemes.js';
import {fixtureLines, seedParagraphs} from '../../helpers/fribidi.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const reference = (text: string) => [...[...segmenter.segment(text)].map(segment => segment.index), text.length];

describe('graphemeBoundaries', () => {
	it('agrees with Intl.Segmenter on the seeds and fixtures', () => {
		for (const text of [...seedParagraphs(), ...fixtureLines('mixed-direction.txt')]) {
			expect(graphemeBoundaries(text)).toEqual(reference(text));
		}
	});

	it('agrees with Intl.Segmenter on random text from the fast path alphabet and beyond', () => {
		const alphabet = [
			'a', 'Z', ' ', '.', 'é', 'e\u0301', '\u0628', '\u064E', '\u0651', '\u0670', '\u06D6', '\u05D0', '\u05B0', '\u200C', '\u200D',
			'\u0600', '\u06DD', '\u200E', '\u202B', '\u2066', '😀', '👨\u200D👩', '\u{1F1EE}\u{1F1F6}', '한', '\u0915\u093F', '\n', '\uFEFB', '—',
		];
		let seed = 7;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};

		for (let run = 0; run < 2000; run++) {
			let text = '';
			const length = Math.floor(random() * 12);
			for (let index = 0; index < length; index++) {
				text += alphabet[Math.floor(random() * alphabet.length)];
			}

			expect(graphemeBoundaries(text), JSON.stringify(text)).toEqual(reference(text));
		}
	});

	it('keeps harakat with their letter', () => {
		expect(graphemeBoundaries('بَيْتٌ')).toEqual([0, 2, 4, 6]);
	});
});
