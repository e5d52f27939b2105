/**
 * The vocabulary of all keys (space-separated tokens) with, for each word, the
 * units (titles and paragraphs) containing it. A term without spaces can only
 * occur inside one word, so scanning the vocabulary, about a twentieth of the
 * text, finds every unit that contains it.
 *
 * Postings live in chained blocks so that the index can grow while snapshots
 * of it are searched: a block is `pool[b]` = capacity, `pool[b + 1]` = next
 * block (-1 for none), then its units. A snapshot copies only the per-word
 * counts; whatever is appended later lies past them. A finished index has one
 * exactly full block per word.
 */

export type WordIndex = {
	/** `\n` + every word followed by `\n`. */
	readonly text: string;
	/** Where word w starts in `text` (its `\n` is at `starts[w + 1] - 1`); `starts[count]` is `text.length`. */
	readonly starts: Int32Array;
	readonly count: number;
	/** Blocks of postings (see above), shared with the builder. */
	readonly pool: Int32Array;
	/** First block of word w. */
	readonly heads: Int32Array;
	/** How many units contain word w (the postings of this snapshot), in ascending unit order along its blocks. */
	readonly counts: Int32Array;
};

/** Header of a postings block: its capacity, then the next block. */
export const BLOCK_HEADER = 2;

/** The units containing word w, as a new array (for tests and tools; search loops walk the blocks). */
export function wordPostings(index: WordIndex, word: number): Int32Array {
	const {pool} = index;
	const units = new Int32Array(index.counts[word]!);
	let filled = 0;
	let block = index.heads[word]!;
	while (filled < units.length) {
		const size = Math.min(pool[block]!, units.length - filled);
		units.set(pool.subarray(block + BLOCK_HEADER, block + BLOCK_HEADER + size), filled);
		filled += size;
		block = pool[block + 1]!;
	}

	return units;
}

/** Lowers `best[unit]` to `score` for every unit holding the word; returns how many there are. */
export function scatterLowest(index: WordIndex, word: number, score: number, best: Float32Array): number {
	const {pool} = index;
	const count = index.counts[word]!;
	let remaining = count;
	for (let block = index.heads[word]!; remaining > 0; block = pool[block + 1]!) {
		const from = block + BLOCK_HEADER;
		const end = from + Math.min(pool[block]!, remaining);
		remaining -= end - from;
		for (let posting = from; posting < end; posting++) {
			const unit = pool[posting]!;
			if (score < best[unit]!) {
				best[unit] = score;
			}
		}
	}

	return count;
}

/** Sets `bits` in `marks[unit]` for every unit holding the word; returns how many there are. */
export function scatterBits(index: WordIndex, word: number, bits: number, marks: Int32Array): number {
	const {pool} = index;
	const count = index.counts[word]!;
	let remaining = count;
	for (let block = index.heads[word]!; remaining > 0; block = pool[block + 1]!) {
		const from = block + BLOCK_HEADER;
		const end = from + Math.min(pool[block]!, remaining);
		remaining -= end - from;
		for (let posting = from; posting < end; posting++) {
			const unit = pool[posting]!;
			marks[unit] = marks[unit]! | bits;
		}
	}

	return count;
}

/**
 * Appends to `words` every word containing `fragment` (which has no space)
 * that `seen` does not mark yet, marking it. Hits come in text order, so the
 * word pointer only moves forward.
 */
export function collectWordsContaining(index: WordIndex, fragment: string, seen: Uint8Array, words: number[]): void {
	const {text, starts} = index;
	let word = 0;
	let from = 0;
	for (;;) {
		const position = text.indexOf(fragment, from);
		if (position < 0) {
			return;
		}

		while (starts[word + 1]! <= position) {
			word++;
		}

		if (seen[word] === 0) {
			seen[word] = 1;
			words.push(word);
		}

		from = starts[word + 1]!;
	}
}
