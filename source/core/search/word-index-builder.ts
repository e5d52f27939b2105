/**
 * Collects the vocabulary unit by unit straight from the normaliser's buffer:
 * hashing the units in place avoids a string and a Map look-up per token
 * (5 million tokens for 100,000 paragraphs).
 */
import {GrowableInt32} from './growable.js';
import type {WordIndex} from './word-index.js';

/** Per-word fields, interleaved so a look-up touches one cache line. */
const HASH = 0;
const START = 1;
const LENGTH = 2;
const COUNT = 3;
const LAST_UNIT = 4;
const FIELDS = 5;

export class WordIndexBuilder {
	/** Open addressing, at most half full: word id + 1, or 0 for empty. */
	private slots = new Int32Array(1 << 16);
	private wordCount = 0;
	private words = new Int32Array(FIELDS << 12);
	/** `\n` + each word + `\n`, as UTF-16 units: becomes WordIndex.text. */
	private chars = new Uint16Array(1 << 16);
	private charCount = 1;
	private readonly unitWords = new GrowableInt32(1 << 16);
	private readonly unitStarts = new GrowableInt32(1 << 12);

	constructor() {
		this.chars[0] = 0x0A;
	}

	/** Adds the next unit, given its key as `units[0 .. count)`. */
	addUnit(units: Uint16Array, count: number): void {
		const unit = this.unitStarts.length;
		this.unitStarts.push(this.unitWords.length);
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
		const {words} = this;
		if (words[base + LAST_UNIT] !== unit) {
			words[base + LAST_UNIT] = unit;
			words[base + COUNT]!++;
			this.unitWords.push(id);
		}
	}

	private newWord(units: Uint16Array, start: number, end: number, hash: number): number {
		const id = this.wordCount++;
		if ((id + 1) * FIELDS > this.words.length) {
			const bigger = new Int32Array(this.words.length * 2);
			bigger.set(this.words);
			this.words = bigger;
		}

		const needed = this.charCount + (end - start) + 1;
		if (needed > this.chars.length) {
			const bigger = new Uint16Array(Math.max(needed, this.chars.length * 2));
			bigger.set(this.chars.subarray(0, this.charCount));
			this.chars = bigger;
		}

		const base = id * FIELDS;
		this.words[base + HASH] = hash;
		this.words[base + START] = this.charCount;
		this.words[base + LENGTH] = end - start;
		this.words[base + COUNT] = 0;
		this.words[base + LAST_UNIT] = -1;
		this.chars.set(units.subarray(start, end), this.charCount);
		this.charCount += end - start;
		this.chars[this.charCount++] = 0x0A;
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

	finish(): WordIndex {
		const count = this.wordCount;
		const unitStarts = this.unitStarts;
		const unitCount = unitStarts.length;
		unitStarts.push(this.unitWords.length);
		const bounds = unitStarts.toArray();
		const postingStarts = new Int32Array(count + 1);
		for (let id = 0; id < count; id++) {
			postingStarts[id + 1] = postingStarts[id]! + this.words[(id * FIELDS) + COUNT]!;
		}

		const fill = postingStarts.slice(0, count);
		const postings = new Int32Array(this.unitWords.length);
		const flat = this.unitWords.toArray();
		for (let unit = 0; unit < unitCount; unit++) {
			for (let position = bounds[unit]!; position < bounds[unit + 1]!; position++) {
				const id = flat[position]!;
				postings[fill[id]!++] = unit;
			}
		}

		const starts = new Int32Array(count + 1);
		for (let id = 0; id < count; id++) {
			starts[id] = this.words[(id * FIELDS) + START]!;
		}

		starts[count] = this.charCount;
		const text = new TextDecoder('utf-16le').decode(new Uint8Array(this.chars.buffer, 0, this.charCount * 2));
		return {text, starts, postingStarts, postings, count};
	}
}
