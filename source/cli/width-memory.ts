/**
 * Remembers the text width chosen with + and - in preferences.json, at most
 * one write per pause: a held key changes the width many times a second, and
 * only where it stops matters. `flush` writes what is pending (on exit).
 */
import {type Preferences, rememberTextWidth, writePreferences} from '../core/config/index.js';

export type WidthMemory = {
	readonly remember: (width: number) => void;
	/** Writes a pending width now; resolves to why it could not be saved, if it could not. */
	readonly flush: () => Promise<string | undefined>;
};

export type WidthMemoryOptions = {
	readonly dataDir: string;
	readonly preferences: Preferences;
	/** config.json's textWidth, recorded with the width (see resolveTextWidth). */
	readonly configWidth: number;
	readonly delayMs?: number;
	readonly write?: typeof writePreferences;
};

export function createWidthMemory({dataDir, preferences, configWidth, delayMs = 500, write = writePreferences}: WidthMemoryOptions): WidthMemory {
	let current = preferences;
	let pending = false;
	let timer: NodeJS.Timeout | undefined;
	let writing: Promise<string | undefined> = Promise.resolve(undefined);

	const save = (): Promise<string | undefined> => {
		if (timer !== undefined) {
			clearTimeout(timer);
			timer = undefined;
		}

		if (!pending) {
			return writing;
		}

		pending = false;
		const snapshot = current;
		// One write at a time, in order: the last width chosen is the one on disk.
		writing = writing.then(() => write(dataDir, snapshot));
		return writing;
	};

	return {
		remember(width) {
			current = rememberTextWidth(current, width, configWidth);
			pending = true;
			if (timer !== undefined) {
				clearTimeout(timer);
			}

			timer = setTimeout(() => {
				void save();
			}, delayMs);
			// Never what keeps the process alive: flush covers the exit.
			timer.unref();
		},
		flush: save,
	};
}
