/**
 * Numbers and plural categories without ICU. Creating an Intl.NumberFormat or
 * Intl.PluralRules costs several milliseconds of start-up, and the list's first
 * frame already needs a count; the rules qari needs are small enough to write
 * out (and tests/ui/i18n compare them with Intl).
 */
import type {Language, PluralCategory} from './types.js';

export type Digits = 'latn' | 'arab';

const easternDigits = '٠١٢٣٤٥٦٧٨٩';
const separators: Readonly<Record<Digits, {readonly group: string; readonly decimal: string; readonly minus: string}>> = {
	latn: {group: ',', decimal: '.', minus: '-'},
	// CLDR's Arabic separators with arab digits: ٬ (U+066C) and ٫ (U+066B).
	arab: {group: '٬', decimal: '٫', minus: '-'},
};

/** Integer digits from which a number is grouped on its own (`1234`, `12,345`). */
export const GROUP_FROM = 5;

/**
 * Groups of three from `groupFrom` integer digits on (`1234`, `12,345` by default),
 * at most two fraction digits.
 */
export function formatNumber(value: number, digits: Digits = 'latn', groupFrom = GROUP_FROM): string {
	if (!Number.isFinite(value)) {
		return String(value);
	}

	const {group, decimal, minus} = separators[digits];
	const rounded = Math.round(Math.abs(value) * 100) / 100;
	const [whole = '0', fraction] = String(rounded).split('.');
	const grouped = whole.length >= Math.max(4, groupFrom) ? whole.replaceAll(/\B(?=(\d{3})+$)/gu, group) : whole;
	const text = `${value < 0 && rounded !== 0 ? minus : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
	return digits === 'latn' ? text : text.replaceAll(/\d/gu, digit => easternDigits[Number(digit)] ?? digit);
}

/** How many integer digits a number has (`12.5` → 2). */
export function integerDigits(value: number): number {
	return Number.isFinite(value) ? String(Math.trunc(Math.round(Math.abs(value) * 100) / 100)).length : 0;
}

/** CLDR cardinal plural rules for the interface languages (whole numbers; fractions are `other`). */
export function pluralCategory(language: Language, value: number): PluralCategory {
	if (!Number.isInteger(value)) {
		return 'other';
	}

	const n = Math.abs(value);
	if (language === 'en') {
		return n === 1 ? 'one' : 'other';
	}

	const hundreds = n % 100;
	if (n === 0) {
		return 'zero';
	}

	if (n === 1) {
		return 'one';
	}

	if (n === 2) {
		return 'two';
	}

	if (hundreds >= 3 && hundreds <= 10) {
		return 'few';
	}

	return hundreds >= 11 ? 'many' : 'other';
}
