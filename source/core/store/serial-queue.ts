/**
 * Runs async tasks one after another. Changes made in one process are queued
 * here instead of competing for the cross-process lock with each other.
 */
export class SerialQueue {
	private tail: Promise<unknown> = Promise.resolve();

	async run<T>(task: () => Promise<T>): Promise<T> {
		const result = this.tail.then(task, task);
		this.tail = result.catch(() => undefined);
		return result;
	}

	/** Resolves once everything queued so far has finished. */
	async idle(): Promise<void> {
		await this.tail;
	}
}
