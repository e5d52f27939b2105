import {describe, expect, it} from 'vitest';
import {formatNumber, pluralCategory} from '../../../source/ui/i18n/numbers.js';

// numbers.ts stands in for Intl (too slow to create on the first frame); it must agree with it.
const samples = [0, 1, 2, 3, 7, 10, 11, 12, 99, 100, 101, 102, 103, 110, 111, 199, 1000, 1234, 9999, 10_000, 12_345, 100_002, 1_234_567, 1.5, 2.25, 0.333];

describe('numbers without Intl', () => {
	it('picks the plural category Intl.PluralRules picks', () => {
		for (const language of ['en', 'ar'] as const) {
			const rules = new Intl.PluralRules(language);
			for (const value of samples.filter(sample => Number.isInteger(sample))) {
				expect(pluralCategory(language, value), `${language} ${value}`).toBe(rules.select(value));
			}
		}
	});

	it('writes Western digits as Intl does, grouped from five digits', () => {
		const format = new Intl.NumberFormat('en', {maximumFractionDigits: 2, useGrouping: 'min2' as unknown as boolean});
		for (const value of [...samples, -12_345, -1.5]) {
			expect(formatNumber(value), String(value)).toBe(format.format(value));
		}
	});

	it('writes Eastern Arabic digits with the Arabic separators', () => {
		expect(formatNumber(12_345, 'arab')).toBe('١٢٬٣٤٥');
		expect(formatNumber(1.5, 'arab')).toBe('١٫٥');
		expect(formatNumber(2026, 'arab')).toBe('٢٠٢٦');
	});
});
