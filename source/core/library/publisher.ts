/**
 * Snapshots and listeners: a new snapshot is made at most every `notifyMs`
 * while work runs, so React re-renders a few times a second, not per file.
 */
import type {LibrarySnapshot} from './types.js';

export class SnapshotPublisher {
	readonly #make: () => LibrarySnapshot;
	readonly #notifyMs: number;
	readonly #listeners = new Set<() => void>();
	#snapshot: LibrarySnapshot;
	#lastPublished = 0;
	#timer: NodeJS.Timeout | undefined;

	constructor(make: () => LibrarySnapshot, notifyMs: number) {
		this.#make = make;
		this.#notifyMs = notifyMs;
		this.#snapshot = make();
		this.#lastPublished = performance.now();
	}

	get snapshot(): LibrarySnapshot {
		return this.#snapshot;
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Something changed: publish when the interval allows. */
	changed(): void {
		if (this.#timer !== undefined) return;
		const wait = Math.max(0, this.#notifyMs - (performance.now() - this.#lastPublished));
		this.#timer = setTimeout(() => this.publish(), wait);
	}

	/** Publishes now (the work is done, or closing). */
	publish(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#snapshot = this.#make();
		this.#lastPublished = performance.now();
		for (const listener of [...this.#listeners]) listener();
	}

	stop(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
