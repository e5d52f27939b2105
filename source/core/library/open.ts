/**
 * `openLibrary`: the titles of a whole archive before the first frame, the rest
 * in the background (see engine.ts), with an on-disk cache (see cache/).
 */
import {listLibraryFiles} from '../articles/files.js';
import {IdAllocator} from '../articles/ids.js';
import {DEFAULT_MAX_FILE_BYTES} from '../articles/load.js';
import {invalidEncodingWarning} from '../articles/read-file.js';
import {libraryKeyOf, type CachedEntry} from './cache/format.js';
import {LibraryCache} from './cache/store.js';
import {LibraryEngine} from './engine.js';
import type {Slot} from './slot.js';
import {readTitles, type TitleOutcome} from './titles.js';
import type {Library, LibraryArticle} from './types.js';

export type OpenLibraryOptions = {
	/** Where the cache lives (see resolveCacheDir); undefined: no cache. */
	readonly cacheDir: string | undefined;
	/** Files larger than this are skipped with a warning. Default: 20 MiB, as loadLibrary. */
	readonly maxFileBytes?: number;
	/** Background work gives the event loop back after this many milliseconds. Default 8. */
	readonly sliceMs?: number;
	/** Subscribers hear of changes at most this often. Default 100. */
	readonly notifyMs?: number;
};

/**
 * Opens the articles named by `paths` (the same arguments, order, ids and
 * warnings as loadLibrary) and resolves once every title is known; paragraphs
 * and the search index follow in the background. A path that does not exist
 * rejects with a LibraryError before anything is read.
 */
export async function openLibrary(paths: readonly string[], options: OpenLibraryOptions): Promise<Library> {
	const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
	const {queue, groupWarnings} = await listLibraryFiles(paths);
	const cache = options.cacheDir === undefined ? undefined : new LibraryCache(options.cacheDir, libraryKeyOf(paths));
	const manifest = (await cache?.readManifest()) ?? new Map<string, CachedEntry>();
	const outcomes = await readTitles(queue, manifest, maxFileBytes);

	const ids = new IdAllocator();
	const slots: Slot[] = [];
	for (const [position, {file, argumentIndex}] of queue.entries()) {
		const outcome = outcomes[position]!;
		// Warnings follow argument order, as loadLibrary's: scan warnings, then each file's.
		groupWarnings[argumentIndex]?.push(...warningsOf(outcome, file.shownPath));
		// The id is allocated only for files that give an article, in order, as loadLibrary does.
		const slot = slotOf(outcome, file, () => ids.allocate(file.root, file.relativePath));
		if (slot !== undefined) slots.push(slot);
	}

	const engine = new LibraryEngine(slots, groupWarnings.flat(), {
		sliceMs: options.sliceMs ?? 8,
		notifyMs: options.notifyMs ?? 100,
		maxFileBytes,
		cache,
		manifest,
	});
	return {
		getSnapshot: () => engine.snapshot,
		subscribe: listener => engine.subscribe(listener),
		prioritize: index => engine.prioritize(index),
		searchIndex: () => engine.searchIndex(),
		done: engine.done,
		close: async () => engine.close(),
	};
}

function warningsOf(outcome: TitleOutcome, shown: string): string[] {
	switch (outcome.kind) {
		case 'whole':
			return outcome.outcome.warnings;
		case 'cached':
			return outcome.entry.invalidEncoding === undefined ? [] : [invalidEncodingWarning(shown, outcome.entry.invalidEncoding)];
		case 'title':
			return [];
	}
}

/**
 * Every slot built by one object literal, fields always in the same order: one
 * hidden class for 10,000 slots (spreading a shared base into each made this
 * loop a visible part of the first frame).
 */
function slotOf(outcome: TitleOutcome, file: Slot['file'], allocateId: () => string): Slot | undefined {
	const path = file.absolutePath;
	const slot = (article: LibraryArticle, state: Slot['state'], cached: CachedEntry | undefined, stamp: Slot['stamp'], invalidEncoding: string | undefined): Slot => ({
		file,
		article,
		state,
		cached,
		stored: undefined,
		normalized: undefined,
		stamp,
		invalidEncoding,
	});
	switch (outcome.kind) {
		case 'whole': {
			const {article, invalidEncoding} = outcome.outcome;
			if (article === undefined) return undefined;
			return slot({id: allocateId(), path, title: article.title, paragraphs: article.paragraphs, status: 'loaded'}, 'loaded', undefined, outcome.stamp, invalidEncoding);
		}
		case 'title':
			return slot({id: allocateId(), path, title: outcome.title, paragraphs: [], status: 'pending'}, 'pending', undefined, outcome.stamp, undefined);
		case 'cached': {
			const {entry} = outcome;
			const stamp = {size: entry.size, mtimeMs: entry.mtimeMs};
			return slot({id: allocateId(), path, title: entry.title, paragraphs: [], status: 'pending'}, 'pending', entry, stamp, entry.invalidEncoding);
		}
	}
}
