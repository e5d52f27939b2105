/**
 * Cross-process locking of one store file with proper-lockfile: a
 * `<file>.lock` directory (mkdir is atomic) whose mtime the holder refreshes;
 * a lock not refreshed for `staleMs` (its holder crashed) is taken over.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import {errorCode} from './errors.js';

export type LockSettings = {
	/** A lock older than this is considered abandoned (proper-lockfile's minimum is 2000). */
	readonly staleMs: number;
	/** How long to wait for a lock another process holds; must outlast `staleMs` to outwait a crashed holder. */
	readonly retries: {
		readonly retries: number;
		readonly factor: number;
		readonly minTimeout: number;
		readonly maxTimeout: number;
		readonly randomize: boolean;
	};
};

/**
 * Locks are held for milliseconds (read, change, write), so retries start
 * fast; 60 tries with delays growing to 250 ms wait about 10 s in total,
 * which outlasts a stale lock (5 s) left by a killed process.
 */
export const DEFAULT_LOCK_SETTINGS: LockSettings = {
	staleMs: 5000,
	retries: {retries: 60, factor: 1.3, minTimeout: 5, maxTimeout: 250, randomize: true},
};

export function lockPathFor(file: string): string {
	return `${file}.lock`;
}

function retryDelay(settings: LockSettings['retries'], attempt: number): number {
	const delay = Math.min(settings.maxTimeout, settings.minTimeout * settings.factor ** attempt);
	return settings.randomize ? delay * (1 + Math.random()) : delay;
}

/**
 * Only a held lock (ELOCKED) is waited for. proper-lockfile's own retries
 * would also repeat failures that will not go away (a read-only or missing
 * directory) and keep the person waiting for nothing.
 */
async function acquire(file: string, settings: LockSettings): Promise<() => Promise<void>> {
	// Loaded on the first lock, not at start-up: it pulls in graceful-fs and
	// node:assert (about 3 ms before the reader's first frame).
	const {default: lockfile} = await import('proper-lockfile');
	for (let attempt = 0; ; attempt++) {
		try {
			return await lockfile.lock(file, {
				realpath: false,
				lockfilePath: lockPathFor(file),
				stale: settings.staleMs,
				retries: 0,
				// The default throws from a timer and would kill the process. A lock is
				// only compromised when its holder stalled past `staleMs`; the write it
				// guarded is atomic either way, so there is nothing more to do here.
				onCompromised: () => undefined,
			});
		} catch (error) {
			if (errorCode(error) !== 'ELOCKED' || attempt >= settings.retries.retries) {
				throw error;
			}

			await sleep(retryDelay(settings.retries, attempt));
		}
	}
}

/** Runs `action` while holding the lock on `file` (which need not exist; its directory must). */
export async function withFileLock<T>(file: string, settings: LockSettings, action: () => Promise<T>): Promise<T> {
	const release = await acquire(file, settings);
	try {
		return await action();
	} finally {
		try {
			await release();
		} catch {
			// Already released as compromised: nothing to undo.
		}
	}
}
