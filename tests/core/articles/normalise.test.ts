import {describe, expect, it} from 'vitest';
import {normaliseText} from '../../../source/core/articles/normalise.js';
import {sanitizeText} from '../../../source/core/articles/sanitize.js';

/** The whole pipeline, always: what the shortcut for clean text must equal. */
const reference = (text: string): string =>
	(text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').split('\n').map(sanitizeText).join('\n');

describe('normaliseText', () => {
	it('equals the full pipeline on clean and dirty text alike', () => {
		const pieces = ['a', 'ب', ' ', '\n', '\r', '\r\n', '\t', '\u001b[31m', '\u009b1m', '\u0085', '\u2028', '\u2029', '\u007f', '\u0000', '\uFEFF', 'é', '\u200f'];
		let seed = 7;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let round = 0; round < 2000; round++) {
			const length = Math.floor(random() * 12);
			const text = Array.from({length}, () => pieces[Math.floor(random() * pieces.length)]).join('');
			expect(normaliseText(text), JSON.stringify(text)).toBe(reference(text));
		}
	});

	it('returns clean text as it is', () => {
		const text = 'عنوان\nفقرة أولى، و"نص".\n\nsecond';
		expect(normaliseText(text)).toBe(text);
		expect(normaliseText(`\uFEFF${text}`)).toBe(text);
	});
});
