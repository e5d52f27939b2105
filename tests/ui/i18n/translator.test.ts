import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../../source/ui/i18n/index.js';

describe('createTranslator', () => {
	const english = createTranslator('en');
	const arabic = createTranslator('ar');

	it('knows the direction of each language', () => {
		expect(english.direction).toBe('ltr');
		expect(arabic.direction).toBe('rtl');
		expect(arabic.language).toBe('ar');
	});

	it('fills in placeholders', () => {
		expect(english.t('list.pressToQuit', {key: 'q'})).toBe('Press q to quit.');
		expect(arabic.t('list.pressToQuit', {key: 'q'})).toBe('اضغط q للخروج.');
		expect(english.t('reader.position', {focus: 3, total: 12})).toBe('¶ 3/12');
		expect(english.t('hint.format', {key: '?', action: english.t('hint.help')})).toBe('? help');
		expect(arabic.t('hint.format', {key: '?', action: arabic.t('hint.help')})).toBe('? مساعدة');
	});

	it('chooses English plurals by count', () => {
		expect([0, 1, 2, 11].map(count => english.t('list.articles', {count}))).toEqual(['0 articles', '1 article', '2 articles', '11 articles']);
		expect(english.t('list.shownOfTotal', {shown: 3, count: 1})).toBe('3 of 1 article');
		const progress = english.t('list.indexingProgress', {percent: english.formatPercent(43)});
		expect(english.t('search.partial', {searched: 4210, count: 10_000, progress})).toBe('searched 4,210 of 10,000 articles — indexing 43%');
		// Numbers in one message are grouped alike; alone, four digits stay ungrouped.
		expect(english.t('search.partial', {searched: 1931, count: 9999, progress})).toBe('searched 1931 of 9999 articles — indexing 43%');
		expect(arabic.t('search.partial', {searched: 1931, count: 10_000, progress: ''})).toBe('شمل البحث 1,931 من 10,000 مقالة — ');
		expect(english.t('list.articles', {count: 1234})).toBe('1234 articles');
	});

	it('chooses the six Arabic plural forms for 0, 1, 2, 3, 11 and 100', () => {
		const articles = [0, 1, 2, 3, 11, 100].map(count => arabic.t('list.articles', {count}));
		expect(articles).toEqual(['لا مقالات', 'مقالة واحدة', 'مقالتان', '3 مقالات', '11 مقالة', '100 مقالة']);
		const results = [0, 1, 2, 3, 11, 100].map(count => arabic.t('search.results', {count}));
		expect(results).toEqual(['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '11 نتيجة', '100 نتيجة']);
		const bookmarks = [0, 1, 2, 3, 11, 100].map(count => arabic.t('bookmarks.count', {count}));
		expect(bookmarks).toEqual(['لا إشارات مرجعية', 'إشارة مرجعية واحدة', 'إشارتان مرجعيتان', '3 إشارات مرجعية', '11 إشارة مرجعية', '100 إشارة مرجعية']);
	});

	it('follows the Arabic categories past 100: 103 is few, 111 many, 102 other', () => {
		expect(arabic.t('list.articles', {count: 103})).toBe('103 مقالات');
		expect(arabic.t('list.articles', {count: 111})).toBe('111 مقالة');
		expect(arabic.t('list.articles', {count: 102})).toBe('102 مقالة');
		expect(arabic.t('list.articles', {count: 10})).toBe('10 مقالات');
		expect(arabic.t('list.articles', {count: 99})).toBe('99 مقالة');
	});

	it('puts the dual in the genitive after من', () => {
		expect(arabic.t('list.shownOfTotal', {shown: 1, count: 2})).toBe('1 من مقالتين');
		expect(arabic.t('list.shownOfTotal', {shown: 4, count: 7})).toBe('4 من 7 مقالات');
	});

	it('writes Western digits in Arabic by default, Eastern Arabic digits on request', () => {
		expect(arabic.formatNumber(12_345)).toBe('12,345');
		expect(arabic.formatNumber(1234)).toBe('1234');
		expect(english.formatNumber(1.5)).toBe('1.5');
		expect(arabic.formatPercent(45)).toBe('45٪');
		expect(english.formatPercent(45)).toBe('45%');
		const eastern = createTranslator('ar', {digits: 'arab'});
		expect(eastern.formatNumber(2026)).toBe('٢٠٢٦');
		expect(eastern.formatNumber(10_000)).toBe('١٠٬٠٠٠');
		expect(eastern.t('list.articles', {count: 3})).toBe('٣ مقالات');
		expect(eastern.t('list.loadingProgress', {percent: eastern.formatPercent(43)})).toBe('جارٍ التحميل ٤٣٪');
		// No bidi marks from ICU: the layout engine decides the direction.
		expect(eastern.formatNumber(-1.5)).not.toMatch(/[\u200E\u200F\u061C]/u);
	});

	it('leaves text parameters as they are', () => {
		expect(arabic.t('notice.notSaved', {reason: 'disk full (5)'})).toBe('تعذّر الحفظ: disk full (5)');
		expect(english.t('notice.notSaved', {reason: '{count} literally'})).toBe('{count} literally');
	});

	it('types the parameters of each key', () => {
		// @ts-expect-error -- a plural needs its count
		expect(english.t('list.articles')).toBe('{count} articles');
		// @ts-expect-error -- a key without placeholders takes no parameters
		expect(english.t('hint.help', {count: 1})).toBe('help');
		// @ts-expect-error -- an unknown key
		expect(() => english.t('no.such.key')).toThrow('no message "no.such.key"');
	});
});
