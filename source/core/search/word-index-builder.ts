/**
 * Collects the vocabulary unit by unit straight from the normaliser's buffer:
 * hashing the units in place avoids a string and a Map look-up per token
 * (5 million tokens for 100,000 paragraphs). Postings go into chained blocks
 * (see word-index.ts), so a snapshot costs a copy of the per-word counts.
 */
import {BLOCK_HEADER, type WordIndex} from './word-index.js';

/** Per-word fields, interleaved so a look-up touches one cache line. */
const HASH = 0;
const START = 1;
const LENGTH = 2;
const LAST_UNIT = 3;
/** The word's last block, its capacity and how many units it holds. */
const TAIL = 4;
const CAPACITY = 5;
const FILL = 6;
/** Units holding the word: kept here, beside the rest, rather than in a separate array (one cache line per token). */
const COUNT = 7;
const FIELDS = 8;

/** Most words are rare (Zipf): start small; common words double up to this. */
const FIRST_BLOCK = 2;
const LARGEST_BLOCK = 4096;

const utf16 = new TextDecoder('utf-16le');

export class WordIndexBuilder {
	/** Open addressing, at most half full: word id + 1, or 0 for empty. */
	private slots = new Int32Array(1 << 16);
	private wordCount = 0;
	private words = new Int32Array(FIELDS << 12);
	/** `\n` + each word + `\n`, as UTF-16 units: becomes WordIndex.text. */
	private chars = new Uint16Array(1 << 16);
	private charCount = 1;
	/** starts[w] for every word, and starts[wordCount] = charCount, always (so snapshots can share it). */
	private starts = new Int32Array(1 << 12);
	private heads = new Int32Array(1 << 12);
	private pool = new Int32Array(1 << 16);
	private poolLength = 0;
	private unitCount = 0;
	private scratch = new Uint16Array(1024);
	private text: string | undefined;

	/** Room to reserve for postings and words (see IndexBuilderOptions in index-builder.ts). */
	constructor(expectedPostings = 0, expectedWords = 0) {
		if (expectedPostings > this.pool.length) this.pool = new Int32Array(expectedPostings);
		if (expectedWords > this.starts.length) {
			this.words = new Int32Array(FIELDS * expectedWords);
			this.starts = new Int32Array(expectedWords + 2);
			this.heads = new Int32Array(expectedWords + 2);
			// Words average under eight units with their separator.
			this.chars = new Uint16Array(expectedWords * 8);
			// At most half full (see addToken): the power of two above twice the words.
			this.slots = new Int32Array(2 ** Math.ceil(Math.log2(expectedWords * 2)));
		}
		this.chars[0] = 0x0A;
		this.starts[0] = 1;
	}

	/** Units added so far. */
	get units(): number {
		return this.unitCount;
	}

	/** Adds the next unit, given its key as `units[0 .. count)`. */
	addUnit(units: Uint16Array, count: number): void {
		const unit = this.unitCount++;
		let start = 0;
		for (let index = 0; index <= count; index++) {
			if (index === count || units[index] === 0x20) {
				if (index > start) {
					this.addToken(units, start, index, unit);
				}

				start = index + 1;
			}
		}
	}

	/** Adds the next unit, given its key as a string. */
	addKey(key: string): void {
		if (key.length > this.scratch.length) {
			this.scratch = new Uint16Array(key.length * 2);
		}

		const {scratch} = this;
		for (let index = 0; index < key.length; index++) {
			scratch[index] = key.charCodeAt(index);
		}

		this.addUnit(scratch, key.length);
	}

	private addToken(units: Uint16Array, start: number, end: number, unit: number): void {
		let hash = 0x811C9DC5 | 0;
		for (let index = start; index < end; index++) {
			hash = Math.imul(hash ^ units[index]!, 0x01000193);
		}

		if ((this.wordCount + 1) * 2 > this.slots.length) {
			this.rehash();
		}

		const {slots, chars} = this;
		const mask = slots.length - 1;
		const length = end - start;
		let slot = (hash ^ (hash >>> 16)) & mask;
		let id = -1;
		while (id < 0) {
			const stored = slots[slot]!;
			if (stored === 0) {
				id = this.newWord(units, start, end, hash);
				slots[slot] = id + 1;
			} else {
				const base = (stored - 1) * FIELDS;
				const {words} = this;
				if (words[base + HASH] === hash && words[base + LENGTH] === length) {
					const wordStart = words[base + START]!;
					let same = true;
					for (let offset = 0; offset < length && same; offset++) {
						same = chars[wordStart + offset] === units[start + offset];
					}

					id = same ? stored - 1 : -1;
				}
			}

			slot = (slot + 1) & mask;
		}

		const base = id * FIELDS;
		if (this.words[base + LAST_UNIT] !== unit) {
			this.words[base + LAST_UNIT] = unit;
			this.addPosting(id, unit);
		}
	}

	private addPosting(id: number, unit: number): void {
		const base = id * FIELDS;
		const {words} = this;
		let tail = words[base + TAIL]!;
		let fill = words[base + FILL]!;
		const capacity = words[base + CAPACITY]!;
		if (fill === capacity) {
			const size = Math.min(LARGEST_BLOCK, capacity * 2);
			const block = this.allocate(size);
			// Written once, past anything a snapshot reads: the old block is full, this is its successor.
			this.pool[tail + 1] = block;
			tail = block;
			fill = 0;
			words[base + TAIL] = tail;
			words[base + CAPACITY] = size;
		}

		this.pool[tail + BLOCK_HEADER + fill] = unit;
		words[base + FILL] = fill + 1;
		words[base + COUNT]!++;
	}

	/** A new empty block; the pool is replaced (never resized in place) when full. */
	private allocate(capacity: number): number {
		const needed = this.poolLength + BLOCK_HEADER + capacity;
		if (needed > this.pool.length) {
			const bigger = new Int32Array(Math.max(needed, this.pool.length * 2));
			bigger.set(this.pool.subarray(0, this.poolLength));
			this.pool = bigger;
		}

		const block = this.poolLength;
		this.pool[block] = capacity;
		this.pool[block + 1] = -1;
		this.poolLength = needed;
		return block;
	}

	private newWord(units: Uint16Array, start: number, end: number, hash: number): number {
		const id = this.wordCount++;
		if ((id + 1) * FIELDS > this.words.length) {
			const bigger = new Int32Array(this.words.length * 2);
			bigger.set(this.words);
			this.words = bigger;
		}

		if (id + 2 > this.starts.length) {
			this.starts = grown(this.starts, id + 2);
			this.heads = grown(this.heads, id + 2);
		}

		const needed = this.charCount + (end - start) + 1;
		if (needed > this.chars.length) {
			const bigger = new Uint16Array(Math.max(needed, this.chars.length * 2));
			bigger.set(this.chars.subarray(0, this.charCount));
			this.chars = bigger;
		}

		const block = this.allocate(FIRST_BLOCK);
		const base = id * FIELDS;
		this.words[base + HASH] = hash;
		this.words[base + START] = this.charCount;
		this.words[base + LENGTH] = end - start;
		this.words[base + LAST_UNIT] = -1;
		this.words[base + TAIL] = block;
		this.words[base + CAPACITY] = FIRST_BLOCK;
		this.words[base + FILL] = 0;
		this.words[base + COUNT] = 0;
		this.heads[id] = block;
		this.chars.set(units.subarray(start, end), this.charCount);
		this.charCount += end - start;
		this.chars[this.charCount++] = 0x0A;
		this.starts[id + 1] = this.charCount;
		this.text = undefined;
		return id;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.wordCount; id++) {
			const hash = this.words[id * FIELDS]!;
			let slot = (hash ^ (hash >>> 16)) & mask;
			while (slots[slot] !== 0) {
				slot = (slot + 1) & mask;
			}

			slots[slot] = id + 1;
		}

		this.slots = slots;
	}

	/**
	 * Rewrites the postings as one exactly full block per word, dropping the
	 * slack of growing blocks. Snapshots taken before keep the old pool.
	 */
	compact(): void {
		const count = this.wordCount;
		let total = 0;
		for (let id = 0; id < count; id++) {
			total += BLOCK_HEADER + this.words[(id * FIELDS) + COUNT]!;
		}

		const pool = new Int32Array(total);
		// New heads too: earlier snapshots share the old ones, which must keep pointing into the old pool.
		const heads = new Int32Array(this.heads.length);
		let length = 0;
		for (let id = 0; id < count; id++) {
			const size = this.words[(id * FIELDS) + COUNT]!;
			pool[length] = size;
			pool[length + 1] = -1;
			let copied = 0;
			let block = this.heads[id]!;
			while (copied < size) {
				const part = Math.min(this.pool[block]!, size - copied);
				pool.set(this.pool.subarray(block + BLOCK_HEADER, block + BLOCK_HEADER + part), length + BLOCK_HEADER + copied);
				copied += part;
				block = this.pool[block + 1]!;
			}

			heads[id] = length;
			this.words[(id * FIELDS) + TAIL] = length;
			this.words[(id * FIELDS) + CAPACITY] = size;
			this.words[(id * FIELDS) + FILL] = size;
			length += BLOCK_HEADER + size;
		}

		this.pool = pool;
		this.heads = heads;
		this.poolLength = length;
	}

	/**
	 * The word index as it stands, unchanged by later additions. `exact` trims
	 * every array to size (for a finished index) instead of sharing the builder's.
	 */
	snapshot(exact = false): WordIndex {
		const count = this.wordCount;
		const counts = new Int32Array(count);
		for (let id = 0; id < count; id++) {
			counts[id] = this.words[(id * FIELDS) + COUNT]!;
		}

		this.text ??= utf16.decode(new Uint8Array(this.chars.buffer, 0, this.charCount * 2));
		return {
			text: this.text,
			starts: exact ? this.starts.slice(0, count + 1) : this.starts.subarray(0, count + 1),
			count,
			pool: exact && this.poolLength < this.pool.length ? this.pool.slice(0, this.poolLength) : this.pool,
			heads: exact ? this.heads.slice(0, count) : this.heads.subarray(0, count),
			counts,
		};
	}

	/** The finished index: compacted and trimmed. */
	finish(): WordIndex {
		this.compact();
		return this.snapshot(true);
	}
}

function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(Math.max(capacity, array.length * 2));
	bigger.set(array);
	return bigger;
}
