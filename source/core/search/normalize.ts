/**
 * Search normalisation: folds a text into its search key and remembers, for
 * every UTF-16 unit of the key, which unit of the original text produced it,
 * so match ranges found in the key can be drawn on the original.
 */
import {FOLD_MAP, FOLD_REMOVE, FOLD_SPACE, foldCodePoint, foldTable} from './fold.js';
import {packUnit} from './packed.js';

export type NormalizedText = {
	readonly key: string;
	/**
	 * `offsets[i]` is the index in the original text of the unit that produced
	 * `key[i]`; `offsets[key.length]` is the original length.
	 */
	readonly offsets: Int32Array;
};

// Module-local copies: some loaders turn imported bindings into getters, too slow for the hot loop.
const MAP = FOLD_MAP;
const REMOVE = FOLD_REMOVE;
const SPACE = FOLD_SPACE;

// Scratch buffers shared by every call: normalisation is synchronous and never re-entered.
let units = new Uint16Array(1024);
let sources = new Int32Array(1024);
let keyIsText = false;

/** Makes room for `capacity` units, keeping the first `keep`. */
function reserve(capacity: number, keep = 0): void {
	if (capacity > units.length) {
		const size = Math.max(capacity, units.length * 2);
		const biggerUnits = new Uint16Array(size);
		const biggerSources = new Int32Array(size);
		biggerUnits.set(units.subarray(0, keep));
		biggerSources.set(sources.subarray(0, keep));
		units = biggerUnits;
		sources = biggerSources;
	}
}

let packedValues: Uint16Array | undefined;

/** The fold table's values in the packed alphabet (see packed.ts), built once. */
function packedTable(): {kind: Uint8Array; value: Uint16Array} {
	const {kind, value} = foldTable();
	packedValues ??= value.map(unit => packUnit(unit));
	return {kind, value: packedValues};
}

/** Folds `text` into the scratch buffers, in the packed alphabet, and returns the key's length. */
function fold(text: string): number {
	const {kind, value} = packedTable();
	const length = text.length;
	// Each unit gives at most a pending space and one unit, except expansions (reserved below).
	reserve((length * 2) + 16);
	let out = units;
	let from = sources;
	let count = 0;
	let pendingSpace = -1;
	let changed = false;
	for (let index = 0; index < length; index++) {
		const code = text.charCodeAt(index);
		const foldKind = kind[code]!;
		if (foldKind === MAP) {
			if (pendingSpace >= 0) {
				if (count > 0) {
					out[count] = 0x20;
					from[count++] = pendingSpace;
				}

				pendingSpace = -1;
			}

			const unit = value[code]!;
			if (unit !== code || count !== index) {
				changed = true;
			}

			out[count] = unit;
			from[count++] = index;
		} else if (foldKind === REMOVE) {
			changed = true;
		} else if (foldKind === SPACE) {
			if (pendingSpace < 0) {
				pendingSpace = index;
				changed ||= code !== 0x20 || count === 0;
			} else {
				changed = true;
			}
		} else {
			changed = true;
			const codePoint = text.codePointAt(index)!;
			const folded = foldCodePoint(codePoint);
			reserve(count + (folded.length * 2) + ((length - index) * 2) + 16, count);
			out = units;
			from = sources;
			const kept = folded === String.fromCodePoint(codePoint);
			for (let part = 0; part < folded.length; part++) {
				const unit = packUnit(folded.charCodeAt(part));
				if (unit === 0x20) {
					if (pendingSpace < 0) {
						pendingSpace = index;
					}

					continue;
				}

				if (pendingSpace >= 0) {
					if (count > 0) {
						out[count] = 0x20;
						from[count++] = pendingSpace;
					}

					pendingSpace = -1;
				}

				// An astral character kept as it is maps unit to unit; a fold maps to its first unit.
				out[count] = unit;
				from[count++] = kept ? index + part : index;
			}

			index += codePoint > 0xFFFF ? 1 : 0;
		}
	}

	// A trailing space was pending: trimmed, so the key differs from the text.
	changed ||= pendingSpace >= 0;
	keyIsText = !changed && count === length;
	return count;
}

/** The units of the key just folded, valid until the next call (for the word index). */
export function lastKeyUnits(): Uint16Array {
	return units;
}

const utf16 = new TextDecoder('utf-16le');

function unitsToString(count: number): string {
	// A lone surrogate decodes to U+FFFD, still one unit: offsets stay valid.
	return utf16.decode(new Uint8Array(units.buffer, 0, count * 2));
}

/**
 * The search key of `text`: harakat, Quranic marks, tatweel, ZWNJ/ZWJ and bidi
 * controls removed; hamza forms, alef maqsura, teh marbuta and Persian/Urdu
 * letters folded to one Arabic letter each; Eastern digits made ASCII; Latin
 * lower-cased without accents; whitespace runs collapsed to one space and trimmed.
 */
export function normalizeForSearch(text: string): NormalizedText {
	const count = fold(text);
	// Readable, unlike the index's packed keys: this one is for callers outside the search core.
	for (let index = 0; index < count; index++) {
		units[index] = packUnit(units[index]!);
	}

	const key = unitsToString(count);
	const offsets = new Int32Array(count + 1);
	offsets.set(sources.subarray(0, count));
	offsets[count] = text.length;
	return {key, offsets};
}

/** Only the key, for queries: packed, like the index's keys. */
export function searchKey(text: string): string {
	const count = fold(text);
	return keyIsText ? text : unitsToString(count);
}

/** Where compact offset pairs go: a GrowableInt32 while building, an array for normalizeArticle. */
export type RunSink = {push(value: number): unknown};

/**
 * The key (packed, see packed.ts), with its offset map appended to `runs` in compact form: a pair
 * (key index, shift) wherever `offset - keyIndex` changes, starting from 0. Most
 * paragraphs need no pair at all, which keeps 100,000 maps small.
 */
export function normalizeCompact(text: string, runs: RunSink): string {
	const count = fold(text);
	let shift = 0;
	for (let index = 0; index < count; index++) {
		const current = sources[index]! - index;
		if (current !== shift) {
			runs.push(index);
			runs.push(current);
			shift = current;
		}
	}

	return keyIsText ? text : unitsToString(count);
}
