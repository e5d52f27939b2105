/** A Map that forgets its least recently used entries beyond `limit`. */
export class LruCache<K, V> {
	readonly #entries = new Map<K, V>();

	constructor(readonly limit: number) {}

	get(key: K): V | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			// Re-insert so iteration order tracks recency.
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}

		return value;
	}

	set(key: K, value: V): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.limit) {
			const oldest = this.#entries.keys().next();
			if (!oldest.done) {
				this.#entries.delete(oldest.value);
			}
		}
	}

	clear(): void {
		this.#entries.clear();
	}

	get size(): number {
		return this.#entries.size;
	}
}
