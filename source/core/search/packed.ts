/**
 * Keys are stored in a packed alphabet: the characters folded keys are mostly
 * made of beyond ASCII (Arabic letters, Arabic and typographic punctuation)
 * trade places with units from 0x7F to 0xFF that folding never keeps (C1
 * controls, capital and accented Latin-1 letters). A key of Arabic, digits and ASCII is
 * then made of units below 0x100, which V8 stores one byte per character: half
 * the memory of the largest part of the index (30 million key characters for
 * 100,000 paragraphs).
 *
 * The swap is a bijection and its own inverse, so matching is unchanged as long
 * as keys are compared only with keys and query terms folded the same way
 * (everything in the search core); `readableKey` turns a key back for people.
 * Correctness never depends on which units are chosen, only memory does.
 */
import {foldCodePoint} from './fold.js';

function range(from: number, to: number): number[] {
	return Array.from({length: to - from + 1}, (_, index) => from + index);
}

/** Wanted below 0x100: Arabic letters and punctuation, Persian letters, quotes, dashes, ellipsis. */
const FREQUENT = [
	...range(0x0621, 0x064A), 0x067E, 0x0686, 0x0698, 0x06A4, 0x06AF, 0x060C, 0x061B, 0x061F, 0x066D,
	0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x2039, 0x203A,
];

let table: Uint16Array | undefined;

function packingTable(): Uint16Array {
	if (table) {
		return table;
	}

	const swap = new Uint16Array(0x10000).map((_, unit) => unit);
	const self = (unit: number): boolean => foldCodePoint(unit) === String.fromCharCode(unit);
	// Free places: never kept by folding (a key holds them only if some rarer character folds to them).
	// Not below 0x20: JSON escapes those as six characters, and `\n` separates the vocabulary's words.
	// Not whitespace (U+00A0): Fuse and String#trim would drop it from a term.
	const free = range(0x7F, 0xFF).filter(unit => !self(unit) && !/^\s$/u.test(String.fromCharCode(unit)));
	const wanted = FREQUENT.filter(unit => self(unit));
	for (const [position, unit] of wanted.entries()) {
		const place = free[position];
		if (place === undefined) {
			break;
		}

		swap[unit] = place;
		swap[place] = unit;
	}

	table = swap;
	return table;
}

/** A unit in the packed alphabet, or (the same swap) back. */
export function packUnit(unit: number): number {
	return packingTable()[unit]!;
}

/** A packed key in ordinary Unicode. */
export function readableKey(key: string): string {
	const swap = packingTable();
	let readable = '';
	for (let index = 0; index < key.length; index++) {
		readable += String.fromCharCode(swap[key.charCodeAt(index)]!);
	}

	return readable;
}

/** Units of the packed alphabet that stand for FREQUENT characters (for tests). */
export function packedPlaces(): number {
	const swap = packingTable();
	return FREQUENT.filter(unit => swap[unit]! < 0x100).length;
}
