import {describe, expect, it} from 'vitest';
import {normalizeForSearch} from '../../../source/core/search/index.js';
import {GrowableInt32} from '../../../source/core/search/growable.js';
import {normalizeCompact} from '../../../source/core/search/normalize.js';
import {readableKey} from '../../../source/core/search/packed.js';
import {compactSourceMap} from '../../../source/core/search/offsets.js';
import {seededRandom} from './library.js';

const key = (text: string): string => normalizeForSearch(text).key;

describe('normalizeForSearch folds', () => {
	it.each([
		['harakat U+064B–U+065F', 'كَتَبَ بِهِ شَيْءٌ مُدَرِّسٌ', 'كتب به شيء مدرس'],
		['the last harakat of the range, U+065F', 'ب\u065Fت', 'بت'],
		['superscript alef U+0670', 'هٰذا', 'هذا'],
		['Quranic marks U+06D6–U+06ED', 'رَيْبَ ۛ فِيهِ ۛ هُدًى ۚ لِّلْمُتَّقِينَ ۝', 'ريب فيه هدي للمتقين'],
		['tatweel', 'المديـــر', 'المدير'],
		['hamza on alef above', 'أحمد', 'احمد'],
		['hamza on alef below', 'إسلام', 'اسلام'],
		['alef madda', 'آمن', 'امن'],
		['alef wasla', 'ٱلحمد', 'الحمد'],
		['alef maqsura', 'مستشفى', 'مستشفي'],
		['teh marbuta', 'مدينة', 'مدينه'],
		['hamza on waw', 'مسؤول', 'مسوول'],
		['hamza on yeh', 'مسئول', 'مسيول'],
		['Persian yeh', 'ایران', 'ايران'],
		['Urdu yeh barree', 'کے', 'كي'],
		['Persian keheh', 'کتاب', 'كتاب'],
		['heh with yeh above', 'خانۀ', 'خانه'],
		['Urdu heh goal', 'کہا', 'كها'],
		['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
		['Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
		['ZWNJ and ZWJ', 'نامه\u200Cها \u200Dب', 'نامهها ب'],
		['bidi marks and embeddings', '\u200Fأ\u200E \u202Bب\u202C \u2067ج\u2069 \u061Cد', 'ا ب ج د'],
		['Latin case', 'Reuters CNN', 'reuters cnn'],
		['Latin accents', 'Café Société Müller Ñandú', 'cafe societe muller nandu'],
		['Latin letters that do not decompose', 'Łódź Øresund Straße', 'lodz oresund strasse'],
		['whitespace runs, tabs and no-break spaces', '  في\t\t غزة\u00A0\u00A0 اليوم \n', 'في غزه اليوم'],
		['Arabic presentation forms', 'ﻻ ﷲ', 'لا الله'],
	])('%s', (_name, text, expected) => {
		expect(key(text)).toBe(expected);
	});

	it('leaves plain text unchanged and shares it', () => {
		const text = 'خطوة مقلقة للحكومة العراقية'.replaceAll('ة', 'ه');
		expect(normalizeForSearch(text).key).toBe(text);
	});

	it('gives keys that lower-casing leaves alone', () => {
		for (const text of ['İstanbul ΣΟΦΙΑ Ǆ', 'ÀÉÎÕÜ', 'ﬁ ﬂ']) {
			const folded = key(text);
			expect(folded.toLowerCase()).toBe(folded);
		}
	});
});

describe('offset map', () => {
	it('points every key unit at the original unit it came from', () => {
		const text = ' أَحْمَدُ  ـــ ٢٥';
		const {key: folded, offsets} = normalizeForSearch(text);
		expect(folded).toBe('احمد 25');
		// ا from أ (1), ح (3), م (5), د (7), the space (9), 2 (15), 5 (16).
		expect([...offsets]).toEqual([1, 3, 5, 7, 9, 15, 16, text.length]);
	});

	it('keeps surrogate pairs unit for unit, and maps a folded astral letter to its first unit', () => {
		const text = 'a😀b𝐀c';
		const {key: folded, offsets} = normalizeForSearch(text);
		expect(folded).toBe('a😀bac');
		expect([...offsets]).toEqual([0, 1, 2, 3, 4, 6, text.length]);
	});

	it('maps an expansion (ligature, ß) to the one unit that produced it', () => {
		const {key: folded, offsets} = normalizeForSearch('ﻻ ß');
		expect(folded).toBe('لا ss');
		expect([...offsets]).toEqual([0, 0, 1, 2, 2, 3]);
	});

	it('stores the same map compactly (random texts)', () => {
		const random = seededRandom(7);
		const alphabet = ['ا', 'أ', 'َ', 'ّ', 'ـ', ' ', '  ', '\u200C', 'ة', '٣', 'É', '😀', 'ﻻ', 'ß', 'b', '\u200F'];
		for (let round = 0; round < 200; round++) {
			let text = '';
			const length = Math.floor(random() * 40);
			for (let index = 0; index < length; index++) {
				text += alphabet[Math.floor(random() * alphabet.length)]!;
			}

			const {key: folded, offsets} = normalizeForSearch(text);
			const runs = new GrowableInt32();
			expect(readableKey(normalizeCompact(text, runs))).toBe(folded);
			const map = compactSourceMap(runs.toArray(), 0, runs.length);
			for (let index = 0; index < folded.length; index++) {
				expect(map(index)).toBe(offsets[index]);
			}
		}
	});
});
