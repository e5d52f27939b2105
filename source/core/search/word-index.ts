/**
 * The vocabulary of all keys (space-separated tokens) with, for each word, the
 * units (titles and paragraphs) containing it. A term without spaces can only
 * occur inside one word, so scanning the vocabulary, about a twentieth of the
 * text, finds every unit that contains it.
 */

export type WordIndex = {
	/** `\n` + every word followed by `\n`. */
	readonly text: string;
	/** Where word w starts in `text` (its `\n` is at `starts[w + 1] - 1`); `starts[count]` is `text.length`. */
	readonly starts: Int32Array;
	/** Units containing word w: `postings[postingStarts[w] .. postingStarts[w + 1])`, ascending. */
	readonly postingStarts: Int32Array;
	readonly postings: Int32Array;
	readonly count: number;
};

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
