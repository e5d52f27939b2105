/** Which article to read next: list order, except those asked for first. */
export class LoadQueue {
	readonly #isPending: (index: number) => boolean;
	readonly #total: number;
	#next = 0;
	/** Last asked, first served. */
	readonly #urgent: number[] = [];

	constructor(total: number, isPending: (index: number) => boolean) {
		this.#total = total;
		this.#isPending = isPending;
	}

	prioritize(index: number): void {
		if (Number.isInteger(index) && index >= 0 && index < this.#total) this.#urgent.push(index);
	}

	/** The next pending article, or undefined when none is left. */
	take(): number | undefined {
		while (this.#urgent.length > 0) {
			const index = this.#urgent.pop()!;
			if (this.#isPending(index)) return index;
		}
		while (this.#next < this.#total) {
			const index = this.#next++;
			if (this.#isPending(index)) return index;
		}
		return undefined;
	}
}
