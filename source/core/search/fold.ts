/**
 * What one character becomes in a search key. `foldCodePoint` is the readable
 * definition; `foldTable` caches it for the Basic Multilingual Plane so the
 * normaliser's hot loop is a table look-up per UTF-16 unit.
 */

/** Removed outright: harakat, Quranic marks, tatweel, other combining marks, variation selectors. */
function isRemoved(cp: number): boolean {
	return (cp >= 0x064B && cp <= 0x065F) || cp === 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED)
		|| cp === 0x0640 || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x08D3 && cp <= 0x08FF)
		// Spacing harakat presentation forms: NFKC would turn them into a space plus a mark.
		|| (cp >= 0xFE70 && cp <= 0xFE7F) || (cp >= 0xFC5E && cp <= 0xFC63)
		// Hebrew points, like harakat.
		|| (cp >= 0x0591 && cp <= 0x05BD) || cp === 0x05BF || cp === 0x05C1 || cp === 0x05C2
		|| cp === 0x05C4 || cp === 0x05C5 || cp === 0x05C7
		|| (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF)
		|| (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F)
		|| (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

const arabicFolds = new Map<number, number>([
	[0x0622, 0x0627], [0x0623, 0x0627], [0x0625, 0x0627], [0x0671, 0x0627], [0x0672, 0x0627], [0x0673, 0x0627],
	[0x0649, 0x064A], [0x0626, 0x064A], [0x06CC, 0x064A], [0x06D2, 0x064A], [0x06D3, 0x064A],
	[0x0629, 0x0647], [0x06C0, 0x0647], [0x06C1, 0x0647], [0x06C2, 0x0647], [0x06C3, 0x0647],
	[0x06BE, 0x0647], [0x06D5, 0x0647],
	[0x0624, 0x0648],
	[0x06A9, 0x0643], [0x06AA, 0x0643],
	// Arabic decimal and thousands separators and percent sign, beside the digits.
	[0x066B, 0x2E], [0x066C, 0x2C], [0x066A, 0x25],
]);

/** Letters that do not decompose under NFD but are read as a plain Latin letter. */
const latinFolds = new Map<number, string>([
	[0xF8, 'o'], [0x111, 'd'], [0x142, 'l'], [0x127, 'h'], [0x167, 't'], [0x131, 'i'],
	[0xDF, 'ss'], [0xE6, 'ae'], [0x153, 'oe'], [0x3C2, 'σ'],
]);

const formatChar = /^\p{Cf}$/u;
const whitespace = /^\s$/u;
const combiningMark = /[\u0300-\u036F]/g;

/** `' '` stands for whitespace (collapsed later); `''` for a removed character. */
export function foldCodePoint(cp: number): string {
	if (isRemoved(cp)) {
		return '';
	}

	const char = String.fromCodePoint(cp);
	if (cp === 0x200B || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp !== 0xFEFF && whitespace.test(char))) {
		return ' ';
	}

	const arabic = arabicFolds.get(cp);
	if (arabic !== undefined) {
		return String.fromCharCode(arabic);
	}

	if (cp >= 0x0660 && cp <= 0x0669) {
		return String.fromCharCode(0x30 + cp - 0x0660);
	}

	if (cp >= 0x06F0 && cp <= 0x06F9) {
		return String.fromCharCode(0x30 + cp - 0x06F0);
	}

	// ZWNJ, ZWJ, bidi controls, BOM, Arabic number signs: invisible, never part of a word.
	if (formatChar.test(char)) {
		return '';
	}

	// Presentation forms, ligatures and full-width forms: read as their plain letters.
	const isCompatibility = (cp >= 0xFB00 && cp <= 0xFFEF) || (cp >= 0x1D400 && cp <= 0x1D7FF);
	if (isCompatibility) {
		const plain = char.normalize('NFKC');
		if (plain !== char) {
			let folded = '';
			for (const part of plain) {
				folded += foldCodePoint(part.codePointAt(0)!);
			}

			return folded;
		}
	}

	const lower = char.toLowerCase();
	const latinFold = latinFolds.get(lower.codePointAt(0)!);
	if (latinFold !== undefined && lower.length === 1) {
		return latinFold;
	}

	const accentsApply = cp < 0x0250 || (cp >= 0x1E00 && cp <= 0x1FFF) || (cp >= 0x0370 && cp <= 0x03FF);
	return accentsApply ? lower.normalize('NFD').replace(combiningMark, '') : lower;
}

/** Values of FoldTable.kind. */
export const FOLD_MAP = 0;
export const FOLD_REMOVE = 1;
export const FOLD_SPACE = 2;
/** Expands to several units or is a surrogate: the slow path calls foldCodePoint. */
export const FOLD_COMPLEX = 3;

export type FoldTable = {
	readonly kind: Uint8Array;
	readonly value: Uint16Array;
};

let table: FoldTable | undefined;
/** The table while it is built in steps (prepareFoldTable), and the next code point to fold. */
let partial: {kind: Uint8Array; value: Uint16Array; next: number} | undefined;

/** Built on first use (about 30-60 ms), then shared; prepareFoldTable builds it in steps beforehand. */
export function foldTable(): FoldTable {
	if (table) {
		return table;
	}

	prepareFoldTable(Number.POSITIVE_INFINITY);
	return table!;
}

/**
 * Builds the fold table until `deadline` (a performance.now() time) and tells
 * whether it is complete: a background loader calls it between slices, so that
 * its first normalisation does not hold the event loop for the whole table.
 */
export function prepareFoldTable(deadline: number): boolean {
	if (table) {
		return true;
	}

	partial ??= {kind: new Uint8Array(0x10000), value: new Uint16Array(0x10000), next: 0};
	const {kind, value} = partial;
	while (partial.next < 0x10000) {
		// A page of code points between clock readings.
		const end = Math.min(0x10000, partial.next + 0x400);
		for (let cp = partial.next; cp < end; cp++) {
			if (cp >= 0xD800 && cp <= 0xDFFF) {
				kind[cp] = FOLD_COMPLEX;
				continue;
			}

			const folded = foldCodePoint(cp);
			if (folded === '') {
				kind[cp] = FOLD_REMOVE;
			} else if (folded === ' ') {
				kind[cp] = FOLD_SPACE;
			} else if (folded.length === 1) {
				kind[cp] = FOLD_MAP;
				value[cp] = folded.charCodeAt(0);
			} else {
				kind[cp] = FOLD_COMPLEX;
			}
		}

		partial.next = end;
		if (end < 0x10000 && performance.now() >= deadline) {
			return false;
		}
	}

	table = {kind, value};
	partial = undefined;
	return true;
}
