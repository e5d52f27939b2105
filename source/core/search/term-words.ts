/**
 * One term against the vocabulary: which words may hold a match, and how good
 * a match each word holds on its own. This is the cheap half of the search:
 * every word is measured once per keystroke instead of every paragraph.
 */
import {editDistance as importedEditDistance, substringDistance as importedSubstringDistance} from './distance.js';
import {allowedErrors} from './fuse-options.js';
import {
	hasWholeWord as importedHasWholeWord,
	indexWithin as importedIndexWithin,
	isWordUnit as importedIsWordUnit,
} from './predicates.js';
import type {QueryTerm} from './query.js';
import {collectWordsContaining, type WordIndex} from './word-index.js';

// Bound once: some loaders (tsx) reach imports through getters, which per-word loops feel.
const editDistance = importedEditDistance;
const substringDistance = importedSubstringDistance;
const hasWholeWord = importedHasWholeWord;
const indexWithin = importedIndexWithin;
const isWordUnit = importedIsWordUnit;

/** Cheap-score penalty of a match inside a longer word (after a clitic, say) over a whole-word one. */
export const SUBSTRING_PENALTY = 0.01;

export type TermWords = {
	/** Words holding a match by themselves… */
	readonly matching: Int32Array;
	/** …and their cheap scores (lower is better). */
	readonly scores: Float32Array;
	/**
	 * Words containing a piece of the term but not a match by themselves: a
	 * match may still run across a space into the next word.
	 */
	readonly partial: number[];
	/** For each partial word, a bit per pigeonhole piece it contains (pieces past 30 are not counted). */
	readonly partialPieces: number[];
	/** How many pieces the bits above can count. */
	readonly pieceCount: number;
	/** True when no piece could be looked up: any unit may match. */
	readonly unconstrained: boolean;
};

/** The longest run without a space, which an exact occurrence keeps inside one word. */
function longestFragment(text: string): string {
	let longest = '';
	for (const fragment of text.split(' ')) {
		if (fragment.length > longest.length) {
			longest = fragment;
		}
	}

	return longest;
}

/**
 * Pigeonhole pieces: split a term into errors + 1 disjoint pieces; a match with
 * at most `errors` edits leaves at least one piece untouched, so it occurs
 * exactly in the paragraph, and so does its longest space-free fragment.
 * Undefined when some piece is only spaces (nothing to look up).
 */
export function pigeonholeFragments(text: string, errors: number): string[] | undefined {
	const count = errors + 1;
	const fragments: string[] = [];
	let start = 0;
	for (let piece = 0; piece < count; piece++) {
		const end = Math.round((text.length * (piece + 1)) / count);
		const fragment = longestFragment(text.slice(start, end));
		if (!fragment) {
			return undefined;
		}

		fragments.push(fragment);
		start = end;
	}

	return fragments;
}

function wordsContaining(index: WordIndex, fragments: readonly string[]): number[] {
	const seen = new Uint8Array(index.count);
	const words: number[] = [];
	for (const fragment of fragments) {
		collectWordsContaining(index, fragment, seen, words);
	}

	return words;
}

const MAX_PIECES = 30;

/** A bit for each piece found in `text[from .. to)`. */
function piecesIn(text: string, from: number, to: number, pieces: readonly string[]): number {
	let bits = 0;
	for (const [bit, piece] of pieces.entries()) {
		if (indexWithin(text, piece, from, to) >= 0) {
			bits |= 1 << bit;
		}
	}

	return bits;
}

/** Whether the word, without punctuation around it, is itself within `distance` edits of the term. */
function isWholeWordTypo(index: WordIndex, word: number, text: string, distance: number): boolean {
	let from = index.starts[word]!;
	let to = index.starts[word + 1]! - 1;
	while (from < to && !isWordUnit(index.text.charCodeAt(from))) {
		from++;
	}

	while (to > from && !isWordUnit(index.text.charCodeAt(to - 1))) {
		to--;
	}

	return Math.abs((to - from) - text.length) <= distance && editDistance(text, index.text, from, to) <= distance;
}

/** Words measured between two yields. */
const WORD_SLICE = 8192;

/** Cheap score of a word holding the term exactly: whole word or inside a longer one. */
function exactWordScore(index: WordIndex, word: number, text: string): number {
	const from = index.starts[word]!;
	const to = index.starts[word + 1]! - 1;
	return !text.includes(' ') && hasWholeWord(index.text, text, from, to) ? 0 : SUBSTRING_PENALTY;
}

export function* termWordsSteps(index: WordIndex, term: QueryTerm): Generator<void, TermWords> {
	const {text} = term;
	if (term.kind !== 'fuzzy') {
		// An exact term holds all its fragments; the longest is the most selective.
		const fragment = longestFragment(text);
		const words = fragment ? wordsContaining(index, [fragment]) : [];
		const scores = new Float32Array(words.length);
		for (const [position, word] of words.entries()) {
			scores[position] = exactWordScore(index, word, text);
		}

		return {matching: Int32Array.from(words), scores, partial: [], partialPieces: [], pieceCount: 0, unconstrained: !fragment};
	}

	const errors = allowedErrors(text.length);
	const fragments = pigeonholeFragments(text, errors);
	const lookups = fragments ?? [longestFragment(text)].filter(Boolean);
	// With no edits allowed the only fragment is the term itself: every word found holds it.
	const exactOnly = errors === 0 && lookups.length === 1 && lookups[0] === text;
	const words = wordsContaining(index, lookups);
	yield;
	const matching = new Int32Array(words.length);
	const scores = new Float32Array(words.length);
	let count = 0;
	const partial: number[] = [];
	const partialPieces: number[] = [];
	const pieces = lookups.slice(0, MAX_PIECES);
	for (let position = 0; position < words.length; position++) {
		const word = words[position]!;
		const from = index.starts[word]!;
		const to = index.starts[word + 1]! - 1;
		const distance = exactOnly ? 0 : substringDistance(text, index.text, from, to);
		if (distance > errors) {
			partial.push(word);
			partialPieces.push(piecesIn(index.text, from, to, pieces));
		} else {
			matching[count] = word;
			scores[count++] = distance === 0
				? exactWordScore(index, word, text)
				: (distance / text.length) + (isWholeWordTypo(index, word, text, distance) ? 0 : SUBSTRING_PENALTY);
		}

		if (position % WORD_SLICE === WORD_SLICE - 1) {
			yield;
		}
	}

	return {
		matching: matching.subarray(0, count),
		scores: scores.subarray(0, count),
		partial,
		partialPieces,
		pieceCount: pieces.length,
		unconstrained: fragments === undefined,
	};
}
