/** Exact tests of one term against one search key. */
import {packUnit} from './packed.js';
import type {QueryTerm} from './query.js';

let wordChars: Uint8Array | undefined;

/** Letters, digits and marks: what a word is made of, for whole-word tests on keys (packed units). */
export function isWordUnit(code: number): boolean {
	if (!wordChars) {
		wordChars = new Uint8Array(0x10000);
		const pattern = /^[\p{L}\p{N}\p{M}]$/u;
		for (let unit = 0; unit < 0x10000; unit++) {
			// Surrogates count as word units: an astral letter is not a boundary.
			wordChars[unit] = (unit >= 0xD800 && unit <= 0xDFFF) || pattern.test(String.fromCharCode(packUnit(unit))) ? 1 : 0;
		}
	}

	return wordChars[code] === 1;
}

export function isBoundaryAt(text: string, start: number, end: number, from = 0, to = text.length): boolean {
	return (start === from || !isWordUnit(text.charCodeAt(start - 1)))
		&& (end === to || !isWordUnit(text.charCodeAt(end)));
}

/** Every occurrence of `needle` in `text` standing as a whole word: `[start, end)`. */
export function wholeWordOccurrences(text: string, needle: string): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
		if (isBoundaryAt(text, start, start + needle.length)) {
			found.push([start, start + needle.length]);
		}
	}

	return found;
}

/**
 * First occurrence of `needle` inside `text[from .. to)`, or -1. Unlike
 * indexOf it never looks past `to` (the vocabulary is one long string).
 */
export function indexWithin(text: string, needle: string, from: number, to: number): number {
	for (let start = from; start + needle.length <= to; start++) {
		if (text.startsWith(needle, start)) {
			return start;
		}
	}

	return -1;
}

/** Whether `needle` stands as a whole word in `text[from .. to)`. */
export function hasWholeWord(text: string, needle: string, from = 0, to = text.length): boolean {
	if (from === 0 && to === text.length) {
		for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
			if (isBoundaryAt(text, start, start + needle.length)) {
				return true;
			}
		}

		return false;
	}

	// A range of one long string (a vocabulary word): never search past its end.
	for (let start = from; start + needle.length <= to; start++) {
		if (text.startsWith(needle, start) && isBoundaryAt(text, start, start + needle.length, from, to)) {
			return true;
		}
	}

	return false;
}

export function occurrences(text: string, needle: string): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + needle.length)) {
		found.push([start, start + needle.length]);
	}

	return found;
}

/** Whether an exact-kind term (not fuzzy) matches, before negation. */
export function exactTermMatches(term: QueryTerm, key: string): boolean {
	switch (term.kind) {
		case 'include': {
			return key.includes(term.text);
		}

		case 'word': {
			return hasWholeWord(key, term.text);
		}

		case 'prefix': {
			return key.startsWith(term.text);
		}

		case 'suffix': {
			return key.endsWith(term.text);
		}

		case 'equal': {
			return key === term.text;
		}

		case 'fuzzy': {
			throw new Error('fuzzy terms are matched by Fuse');
		}
	}
}

/** Where an exact-kind term matched, in key units. */
export function exactTermRanges(term: QueryTerm, key: string): Array<[number, number]> {
	switch (term.kind) {
		case 'include': {
			return occurrences(key, term.text);
		}

		case 'word': {
			return wholeWordOccurrences(key, term.text);
		}

		case 'prefix': {
			return [[0, term.text.length]];
		}

		case 'suffix': {
			return [[key.length - term.text.length, key.length]];
		}

		case 'equal': {
			return [[0, key.length]];
		}

		case 'fuzzy': {
			return [];
		}
	}
}
