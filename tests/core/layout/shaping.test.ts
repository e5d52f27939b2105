import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {shapeArabic} from '../../../source/core/layout/shaping.js';

const root = join(import.meta.dirname, '../../..');

/** The shaped units as code units, '' kept, so failures print readable numbers. */
function codes(text: string): Array<number | ''> {
	return shapeArabic(text).map(unit => (unit === '' ? '' : unit.charCodeAt(0)));
}

const shapedText = (text: string) => shapeArabic(text).join('');

describe('shapeArabic: contextual forms', () => {
	it('gives isolated, initial, medial and final forms', () => {
		expect(codes('ب')).toEqual([0xfe8f]);
		expect(codes('بيت')).toEqual([0xfe91, 0xfef4, 0xfe96]);
		expect(codes('عمل')).toEqual([0xfecb, 0xfee4, 0xfede]);
		expect(codes('من')).toEqual([0xfee3, 0xfee6]);
		expect(codes('الله')).toEqual([0xfe8d, 0xfedf, 0xfee0, 0xfeea]);
	});

	it('never joins a right-joining letter to the letter after it', () => {
		expect(codes('دار')).toEqual([0xfea9, 0xfe8d, 0xfead]);
		expect(codes('وبو')).toEqual([0xfeed, 0xfe91, 0xfeee]);
	});

	it('keeps harakat in place and joins across them', () => {
		expect(codes('بَيْتٌ')).toEqual([0xfe91, 0x064e, 0xfef4, 0x0652, 0xfe96, 0x064c]);
		expect(shapedText('بَيْتٌ').replace(/\p{Mn}/gu, '')).toBe(shapedText('بيت'));
		// U+0670 superscript alef and U+06D6 Quranic marks are transparent too.
		expect(codes('بٰب')).toEqual([0xfe91, 0x0670, 0xfe90]);
		expect(codes('بۖب')).toEqual([0xfe91, 0x06d6, 0xfe90]);
		expect(codes('َب')).toEqual([0x064e, 0xfe8f]);
	});

	it('joins both sides of tatweel and ZWJ, and breaks at ZWNJ', () => {
		expect(codes('بـ')).toEqual([0xfe91, 0x0640]);
		expect(codes('ـب')).toEqual([0x0640, 0xfe90]);
		expect(codes('بـــا')).toEqual([0xfe91, 0x0640, 0x0640, 0x0640, 0xfe8e]);
		expect(codes('ب\u200D')).toEqual([0xfe91, 0x200d]);
		expect(codes('\u200Dب')).toEqual([0x200d, 0xfe90]);
		expect(codes('ب\u200Cب')).toEqual([0xfe8f, 0x200c, 0xfe8f]);
		// می‌خواهم: the ZWNJ ends the first part of the word.
		expect(codes('می\u200Cخواهم')).toEqual([0xfee3, 0xfbfd, 0x200c, 0xfea7, 0xfeee, 0xfe8d, 0xfeeb, 0xfee2]);
	});

	it('shapes Persian and Urdu letters', () => {
		expect(codes('پیک')).toEqual([0xfb58, 0xfbff, 0xfb8f]);
		expect(codes('گچ')).toEqual([0xfb94, 0xfb7b]);
		expect(codes('ژ')).toEqual([0xfb8a]);
		expect(codes('خانۀ')).toEqual([0xfea7, 0xfe8e, 0xfee7, 0xfba5]);
		expect(codes('ہے')).toEqual([0xfba8, 0xfbaf]);
		expect(codes('بڑا')).toEqual([0xfe91, 0xfb8d, 0xfe8d]);
		expect(codes('ٹھیک')).toEqual([0xfb68, 0xfbad, 0xfbff, 0xfb8f]);
		expect(codes('میں')).toEqual([0xfee3, 0xfbff, 0xfb9f]);
	});

	it('falls back to the nearest existing form when Unicode has none', () => {
		// U+06BA noon ghunna has no initial or medial form, U+0677 no final form.
		expect(codes('ںب')).toEqual([0xfb9e, 0xfe90]);
		expect(codes('بںب')).toEqual([0xfe91, 0xfb9f, 0xfe90]);
		expect(codes('بٷ')).toEqual([0xfe91, 0xfbdd]);
		// A non-joining letter has a single form and stays itself.
		expect(codes('بء')).toEqual([0xfe8f, 0x0621]);
	});
});

describe('shapeArabic: lam-alef', () => {
	it('ligates lam with every alef variant', () => {
		expect(codes('لا')).toEqual([0xfefb, '']);
		expect(codes('لأ')).toEqual([0xfef7, '']);
		expect(codes('لإ')).toEqual([0xfef9, '']);
		expect(codes('لآ')).toEqual([0xfef5, '']);
	});

	it('uses the final ligature when the lam joins the letter before it', () => {
		expect(codes('سلام')).toEqual([0xfeb3, 0xfefc, '', 0xfee1]);
		expect(codes('بلأ')).toEqual([0xfe91, 0xfef8, '']);
		expect(codes('دلا')).toEqual([0xfea9, 0xfefb, '']);
	});

	it('ligates across harakat and keeps every mark at its own unit', () => {
		expect(codes('لَا')).toEqual([0xfefb, 0x064e, '']);
		expect(codes('إلّا')).toEqual([0xfe87, 0xfefb, 0x0651, '']);
		expect(codes('كلّا')).toEqual([0xfedb, 0xfefc, 0x0651, '']);
		expect(codes('لاً')).toEqual([0xfefb, '', 0x064b]);
		expect(codes('لَاً')).toEqual([0xfefb, 0x064e, '', 0x064b]);
	});

	it('does not ligate across tatweel, ZWJ or ZWNJ', () => {
		expect(codes('لـا')).toEqual([0xfedf, 0x0640, 0xfe8e]);
		expect(codes('ل\u200Da')).toEqual([0xfedf, 0x200d, 0x61]);
		expect(codes('ل\u200Cا')).toEqual([0xfedd, 0x200c, 0xfe8d]);
	});
});

describe('shapeArabic: everything else', () => {
	it('leaves non-Arabic text alone', () => {
		for (const text of ['hello, world 123', 'שלום', '١٢٣ ،؟', 'ﻻ ﺑ', '😀 e\u0301', '\uD800\uDC00x\uDFFF']) {
			expect(shapeArabic(text)).toEqual([...text.split('')]);
		}

		expect(shapedText('abc سلام 42')).toBe('abc \uFEB3\uFEFC\uFEE1 42');
	});

	it('handles astral characters as one character', () => {
		expect(codes('ب😀ب')).toEqual([0xfe8f, 0xd83d, 0xde00, 0xfe8f]);
		// U+1D167 is a combining mark (Mn), so transparent.
		expect(codes('ب\u{1D167}ب')).toEqual([0xfe91, 0xd834, 0xdd67, 0xfe90]);
		expect(codes('ب\uD800ب')).toEqual([0xfe8f, 0xd800, 0xfe8f]);
	});

	it('returns exactly one string of at most one unit per input unit', () => {
		for (const text of [...seedParagraphs(), ...ownFixtures, '', 'a', 'ل', 'لا😀']) {
			const shaped = shapeArabic(text);
			expect(shaped).toHaveLength(text.length);
			for (const unit of shaped) expect(unit.length).toBeLessThanOrEqual(1);
		}
	});
});

describe('joining data agrees with the vendored ArabicShaping.txt', () => {
	const listed = new Map<number, string>();
	const shapingText = gunzipSync(readFileSync(join(root, 'tests/fixtures/unicode/ArabicShaping.txt.gz'))).toString();
	for (const line of shapingText.split('\n')) {
		const [code, , type] = line.replace(/#.*/, '').split(';').map(field => field.trim());
		if (code && type) listed.set(Number.parseInt(code, 16), type);
	}

	/** The joining type shapeArabic shows for `char`, read off how the behs around it are shaped. */
	function observedType(char: string): string {
		const shaped = shapeArabic(`ب${char}ب`);
		const joinsPrevious = shaped[0] === '\uFE91';
		const joinsNext = shaped.at(-1) === '\uFE90';
		if (!joinsPrevious || !joinsNext) return joinsPrevious ? 'R' : joinsNext ? 'L' : 'U';
		// Both joined: a transparent char lets reh (which never joins forward) leave beh isolated.
		return shapeArabic(`ر${char}ب`).at(-1) === '\uFE8F' ? 'T' : 'DC';
	}

	it('has every listed code point', () => {
		expect(listed.size).toBeGreaterThan(700);
		for (const [code, type] of listed) {
			const expected = type === 'D' || type === 'C' ? 'DC' : type;
			expect([code.toString(16), observedType(String.fromCodePoint(code))]).toEqual([code.toString(16), expected]);
		}
	});

	it('makes unlisted characters transparent exactly when they are Mn, Me or Cf', () => {
		// Node's own Unicode is newer than 15.0 and has added and recategorised marks elsewhere,
		// so compare only blocks that were complete and settled long before 15.0.
		const stableBlocks = [
			[0x0000, 0x036f],
			[0x0600, 0x06ff],
			[0x0750, 0x077f],
			[0x2000, 0x206f],
			[0xfb50, 0xfeff],
		] as const;
		const transparentCategory = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
		for (const [first, last] of stableBlocks) {
			for (let code = first; code <= last; code++) {
				if (listed.has(code)) continue;
				const char = String.fromCodePoint(code);
				const expected = transparentCategory.test(char) ? 'T' : 'U';
				expect([code.toString(16), observedType(char)]).toEqual([code.toString(16), expected]);
			}
		}
	});

	it('maps every presentation form back to its own letter', () => {
		for (const [code, type] of listed) {
			if (type !== 'D' && type !== 'R') continue;
			const letter = String.fromCodePoint(code);
			for (const context of [letter, `ب${letter}`, `${letter}ب`, `ب${letter}ب`]) {
				const shaped = shapedText(context).normalize('NFKC');
				expect([code.toString(16), shaped]).toEqual([code.toString(16), context.normalize('NFKC')]);
			}
		}
	});
});

function seedParagraphs(): string[] {
	const seeds = join(root, 'seeds');
	return readdirSync(seeds)
		.filter(name => name.endsWith('.txt'))
		.flatMap(name => readFileSync(join(seeds, name), 'utf8').split('\n'))
		.filter(line => line.trim() !== '');
}

/** Text with what the seeds lack: full harakat, Persian, Urdu, tatweel, ZWJ/ZWNJ, lam + mark + alef. */
const ownFixtures = [
	'بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ',
	'لَا إِلَٰهَ إِلَّا ٱللَّهُ، وَقَالُوا سَلَامٌ عَلَيْكُمْ',
	'فَلْيَكْتُبْ بَيْنَكُمْ كَاتِبٌ بِالْعَدْلِ، وَلَآ أَلَمْ لِأَنَّ لِإِخْوَتِهِ',
	'الســـــلام عليكـــم يا أصـدقـاء الـلـغـة',
	'من می‌خواهم به خانهٔ پدرم بروم؛ ژاله و گچ‌پز و پیک آمدند.',
	'ہمیں اردو زبان سے محبت ہے، یہ بڑی پیاری ہے۔ ٹھیک ڈاکٹر',
	'ب\u200Dب ل\u200Dا ـلـا بـ\u200Cـا',
];

/** Maximal runs that GNU FriBidi sees as one RTL run: Arabic letters, marks, tatweel, ZWJ, ZWNJ. */
const arabicWord =
	/[\u0610-\u061A\u0620-\u065F\u066E-\u06DC\u06DF-\u06E8\u06EA-\u06EF\u06FA-\u06FF\u0750-\u077F\u200C\u200D]+/g;

/**
 * What GNU FriBidi shapes each word into, in logical order. Its CLI prints visual order with
 * marks kept after their base (it reorders NSMs), so an all-RTL line is put back by reversing
 * its base+marks clusters; the U+FEFF left where a lam-alef ligature ate a letter is dropped.
 */
function fribidiShape(words: readonly string[]): string[] {
	const result = spawnSync('fribidi', ['--nobreak', '--nopad', '--rtl'], {input: `${words.join('\n')}\n`, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`fribidi failed: ${result.stderr}`);
	const lines = result.stdout.split('\n').slice(0, words.length);
	expect(lines).toHaveLength(words.length);
	return lines.map(line => (line.match(visualCluster) ?? []).reverse().join('').replaceAll('\uFEFF', '').replace(lamMarksAlef, ligateAcrossMarks));
}

const visualCluster = /\P{Mn}\p{Mn}*|\p{Mn}+/gu;

/**
 * FriBidi 1.0 forms lam-alef only when the two are adjacent; qari also ligates across marks
 * (see shaping.ts). Rewrite FriBidi's lam (initial/medial) + marks + alef (final) into that.
 */
const lamMarksAlef = /([\uFEDF\uFEE0])(\p{Mn}+)([\uFE82\uFE84\uFE88\uFE8E])/gu;
const ligatureOfFinalAlef = new Map([
	['\uFE82', 0xfef5],
	['\uFE84', 0xfef7],
	['\uFE88', 0xfef9],
	['\uFE8E', 0xfefb],
]);
function ligateAcrossMarks(_match: string, lam: string, marks: string, alef: string): string {
	const isolated = ligatureOfFinalAlef.get(alef)!;
	return String.fromCharCode(lam === '\uFEDF' ? isolated : isolated + 1) + marks;
}

const fribidiVersion = spawnSync('fribidi', ['--version'], {encoding: 'utf8'});
const hasFribidi = fribidiVersion.status === 0;
if (!hasFribidi) console.warn('shaping.test.ts: `fribidi` binary not found, skipping the GNU FriBidi comparison');

describe.skipIf(!hasFribidi)(`matches GNU FriBidi${hasFribidi ? '' : ' (skipped: fribidi not installed)'}`, () => {
	function compareParagraphs(paragraphs: readonly string[]): number {
		const words = paragraphs.flatMap(paragraph => [...paragraph.matchAll(arabicWord)]);
		const expected = fribidiShape(words.map(match => match[0]));
		const shapedParagraphs = new Map(paragraphs.map(paragraph => [paragraph, shapeArabic(paragraph)]));
		words.forEach((match, index) => {
			const shaped = shapedParagraphs.get(match.input)!.slice(match.index, match.index + match[0].length).join('');
			expect([match[0], shaped]).toEqual([match[0], expected[index]]);
		});
		return words.length;
	}

	it('on every word of the seed articles', () => {
		expect(compareParagraphs(seedParagraphs())).toBeGreaterThan(1000);
	});

	it('on harakat, Persian, Urdu, tatweel and ZWJ/ZWNJ fixtures', () => {
		expect(compareParagraphs(ownFixtures)).toBeGreaterThan(50);
	});

	it('on every Arabic letter in every position', () => {
		const letters: string[] = [];
		for (let code = 0x0620; code <= 0x077f; code++) {
			// FriBidi leaves U+06BA and U+0677 unshaped where Unicode lacks a form; qari falls back (tested above).
			if (code > 0x06ff && code < 0x0750) continue;
			if (code === 0x06ba || code === 0x0677) continue;
			// A word-initial mark has no base to follow, so FriBidi's visual output cannot be undone.
			const char = String.fromCharCode(code);
			if (!/\p{Mn}/u.test(char) && char.replace(arabicWord, '') === '') letters.push(char);
		}

		const contexts = letters.flatMap(letter => [letter, `ب${letter}`, `${letter}ب`, `ب${letter}ب`, `ـ${letter}ـ`]);
		expect(compareParagraphs([contexts.join(' ')])).toBe(contexts.length);
	});
});
