/** An Int32Array that grows as values are pushed: index building appends millions of numbers. */
export class GrowableInt32 {
	length = 0;
	private buffer: Int32Array;

	constructor(capacity = 1024) {
		this.buffer = new Int32Array(Math.max(16, capacity));
	}

	push(value: number): void {
		if (this.length === this.buffer.length) {
			const bigger = new Int32Array(this.buffer.length * 2);
			bigger.set(this.buffer);
			this.buffer = bigger;
		}

		this.buffer[this.length++] = value;
	}

	/** A copy trimmed to the values pushed. */
	toArray(): Int32Array {
		return this.buffer.slice(0, this.length);
	}
}
