import {describe, expect, it} from 'vitest';
import {EXCERPT_GRAPHEMES, fingerprintParagraph, makeExcerpt, normalizeForFingerprint} from '../../../source/core/store/index.js';

describe('normalizeForFingerprint', () => {
	it('strips harakat, superscript alef, Quranic marks and tatweel', () => {
		expect(normalizeForFingerprint('كَتَبَ')).toBe('كتب');
		expect(normalizeForFingerprint('هٰذا')).toBe('هذا');
		expect(normalizeForFingerprint('جـــميل')).toBe('جميل');
		expect(normalizeForFingerprint('قلى\u06D6')).toBe('قلي');
	});

	it('folds alef and hamza-carrier variants, ta marbuta and alef maqsura', () => {
		expect(normalizeForFingerprint('أحمد إلى آخر ٱلكتاب')).toBe('احمد الي اخر الكتاب');
		expect(normalizeForFingerprint('مؤتمر رئيس')).toBe('موتمر رييس');
		expect(normalizeForFingerprint('مدرسة')).toBe('مدرسه');
	});

	it('composes with NFC first, so a decomposed hamza folds like a precomposed one', () => {
		expect(normalizeForFingerprint('\u0627\u0654حمد')).toBe(normalizeForFingerprint('أحمد'));
	});

	it('lower-cases, collapses white space and drops invisible formatting', () => {
		expect(normalizeForFingerprint('  Hello\t\n  WORLD  ')).toBe('hello world');
		expect(normalizeForFingerprint('\u200Fمرحبا\u200C بكم\u2067')).toBe('مرحبا بكم');
	});
});

describe('fingerprintParagraph', () => {
	it('is the same for texts that differ only in what normalisation ignores', () => {
		expect(fingerprintParagraph('قالَ الرَّئيسُ إنّ  المدرسة')).toBe(fingerprintParagraph('قال الرئيس ان المدرسه'));
	});

	it('differs when a word changes, and is 16 hex digits', () => {
		const fingerprint = fingerprintParagraph('قال الرئيس');
		expect(fingerprint).toMatch(/^[0-9a-f]{16}$/u);
		expect(fingerprint).not.toBe(fingerprintParagraph('قال الوزير'));
	});
});

describe('makeExcerpt', () => {
	it('keeps a short paragraph whole, on one line, without control characters', () => {
		expect(makeExcerpt('  سطر\u001b[31m أول\nثاني  ')).toBe('سطر أول ثاني');
	});

	it('cuts a long paragraph at a word boundary and marks the cut with …', () => {
		const paragraph = Array.from({length: 60}, (_, index) => `كلمة${index}`).join(' ');
		const excerpt = makeExcerpt(paragraph);
		expect(excerpt.endsWith('…')).toBe(true);
		expect(Array.from(excerpt).length).toBeLessThanOrEqual(EXCERPT_GRAPHEMES + 1);
		expect(paragraph.startsWith(excerpt.slice(0, -1))).toBe(true);
		expect(paragraph[excerpt.length - 1]).toBe(' ');
	});

	it('never splits a grapheme (letter + harakat)', () => {
		const paragraph = 'بِ'.repeat(200);
		const excerpt = makeExcerpt(paragraph);
		expect(excerpt).toBe(`${'بِ'.repeat(EXCERPT_GRAPHEMES)}…`);
	});
});
