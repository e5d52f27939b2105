/**
 * An article's normalisation as plain JSON data, so a library cache can store
 * it and a warm start skips the folding (the larger part of building the index).
 */
import {normalizeCompact} from './normalize.js';
import {packedSource} from './packed-text.js';
import type {SearchableArticle} from './types.js';

/**
 * Bump whenever normalisation output changes (fold tables, whitespace rules,
 * offset-map form): caches keyed on it are then rebuilt. normalized-article.test.ts
 * fails until it is bumped with the new fingerprint.
 */
export const NORMALIZER_VERSION = 2;

/** Plain JSON data: strings and arrays of integers. Unit 0 is the title, unit p the paragraph p. */
export type NormalizedArticle = {
	/** Search key of the title, then of each paragraph, packed (see packed.ts): not for display. */
	readonly keys: readonly string[];
	/**
	 * Offset map of each key in compact form: flat pairs (key index, shift),
	 * sorted by key index, where `original index - key index` changes (it is 0
	 * before the first pair). Usually empty.
	 */
	readonly runs: ReadonlyArray<readonly number[]>;
};

export function normalizeArticle(article: SearchableArticle): NormalizedArticle {
	const keys: string[] = [];
	const runs: number[][] = [];
	for (const text of [article.title, ...article.paragraphs]) {
		const pairs: number[] = [];
		keys.push(normalizeCompact(text, pairs));
		runs.push(pairs);
	}

	return {keys, runs};
}

/** Every key index maps inside the text: checked at both ends of each constant-shift piece. */
function validRuns(runs: unknown, key: string, textLength: number): boolean {
	if (!Array.isArray(runs) || runs.length % 2 !== 0) {
		return false;
	}

	const inside = (keyIndex: number, shift: number): boolean => keyIndex + shift >= 0 && keyIndex + shift < textLength;
	let pieceStart = 0;
	let shift = 0;
	for (let pair = 0; pair < runs.length; pair += 2) {
		const at: unknown = runs[pair];
		const next: unknown = runs[pair + 1];
		if (typeof at !== 'number' || typeof next !== 'number' || !Number.isInteger(at) || !Number.isInteger(next)
			|| at < pieceStart || at >= key.length || (at > pieceStart && !(inside(pieceStart, shift) && inside(at - 1, shift)))) {
			return false;
		}

		pieceStart = at;
		shift = next;
	}

	return key.length === pieceStart || (inside(pieceStart, shift) && inside(key.length - 1, shift));
}

/**
 * Whether cached data has the shape of this article's normalisation: one key
 * and one offset map per unit, every offset inside the original text. It
 * cannot tell a stale cache from a fresh one (key the cache on the file and
 * NORMALIZER_VERSION for that), but bad data can never send a highlight
 * outside its text.
 */
export function isNormalizedArticle(value: unknown, article: SearchableArticle): value is NormalizedArticle {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {keys, runs} = value as {keys?: unknown; runs?: unknown};
	const units = 1 + article.paragraphs.length;
	if (!Array.isArray(keys) || !Array.isArray(runs) || keys.length !== units || runs.length !== units) {
		return false;
	}

	// Packed paragraphs have the originals' lengths: read them without unpacking.
	const paragraphs = packedSource(article.paragraphs) ?? article.paragraphs;
	for (let unit = 0; unit < units; unit++) {
		const key: unknown = keys[unit];
		const text = unit === 0 ? article.title : paragraphs[unit - 1]!;
		if (typeof key !== 'string' || !validRuns(runs[unit], key, text.length)) {
			return false;
		}
	}

	return true;
}
