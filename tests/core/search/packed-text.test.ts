import {describe, expect, it} from 'vitest';
import {detachedCopy, packedHasControl, packedParagraphs, packedSource, packText} from '../../../source/core/search/packed-text.js';

const arabic = 'فِي بَغْدَادَ، يوم ٢٥ حزيران… «قال» — "ok" é پچژگ';

describe('packed paragraph texts', () => {
	it('packs and unpacks with the same swap, unit for unit', () => {
		const packed = packText(arabic);
		expect(packed).not.toBe(arabic);
		expect(packed.length).toBe(arabic.length);
		expect(packText(packed)).toBe(arabic);
		for (const text of ['', 'plain ASCII', '\u00C0\u0080 mixed', '😀 astral', '中文']) expect(packText(packText(text))).toBe(text);
	});

	it('makes Arabic news text Latin-1 (one byte a character in V8)', () => {
		const packed = packText('فِي بَغْدَادَ، يوم ٢٥ حزيران… “قال” — ok');
		expect([...packed].every(character => character.charCodeAt(0) <= 0xff)).toBe(true);
	});

	it('reads back the originals through an array that cannot be changed', () => {
		const texts = [arabic, 'second', ''];
		const paragraphs = packedParagraphs(texts.map(text => packText(text)));
		expect(paragraphs).toEqual(texts);
		expect(paragraphs.length).toBe(3);
		expect(paragraphs[0]).toBe(arabic);
		expect([...paragraphs]).toEqual(texts);
		expect(paragraphs.map(text => text.length)).toEqual(texts.map(text => text.length));
		expect([...paragraphs.entries()]).toEqual([...texts.entries()]);
		expect(Array.isArray(paragraphs)).toBe(true);
		expect(JSON.stringify(paragraphs)).toBe(JSON.stringify(texts));
		expect(Object.getOwnPropertyDescriptor(paragraphs, '0')?.value).toBe(arabic);
		expect(() => {
			(paragraphs as string[])[0] = 'changed';
		}).toThrow(TypeError);
		expect(packedSource(paragraphs)?.[0]).toBe(packText(arabic));
		expect(packedSource(texts)).toBeUndefined();
	});

	it('tells packed text that hides a control character', () => {
		expect(packedHasControl(packText(arabic))).toBe(false);
		for (const control of ['\u001b', '\u0085', '\u009b', '\u007f', '\n']) expect(packedHasControl(packText(`a${control}b`))).toBe(true);
	});

	it('copies a slice without its parent', () => {
		const whole = 'title line\n' + 'x'.repeat(10_000);
		const title = whole.slice(0, 10);
		expect(detachedCopy(title)).toBe('title line');
		expect(detachedCopy('')).toBe('');
	});
});
