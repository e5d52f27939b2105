/** An Int32Array that grows as values are pushed: index building appends millions of numbers. */
export class GrowableInt32 {
	length = 0;
	private buffer: Int32Array;

	constructor(capacity = 1024) {
		this.buffer = new Int32Array(Math.max(16, capacity));
	}

	push(value: number): void {
		if (this.length === this.buffer.length) {
			this.grow(this.length + 1);
		}

		this.buffer[this.length++] = value;
	}

	/** Value at `index` (< length). */
	at(index: number): number {
		return this.buffer[index]!;
	}

	/** Makes room for `capacity` values in all. */
	grow(capacity: number): void {
		if (capacity > this.buffer.length) {
			const bigger = new Int32Array(Math.max(capacity, this.buffer.length * 2));
			bigger.set(this.buffer.subarray(0, this.length));
			this.buffer = bigger;
		}
	}

	/** A copy trimmed to the values pushed. */
	toArray(): Int32Array {
		return this.buffer.slice(0, this.length);
	}

	/**
	 * The values pushed so far, sharing memory: later pushes never change them
	 * (they write past the end, or into a new buffer once this one is full).
	 */
	view(): Int32Array {
		return this.buffer.subarray(0, this.length);
	}
}
