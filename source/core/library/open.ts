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
		const slot = slotOf(outcome, file);
		if (slot !== undefined) {
			slot.article = {...slot.article, id: ids.allocate(file.root, file.relativePath)};
			slots.push(slot);
		}
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

function slotOf(outcome: TitleOutcome, file: Slot['file']): Slot | undefined {
	const base = {file, cached: undefined, stored: undefined, normalized: undefined, stamp: undefined, invalidEncoding: undefined};
	const path = file.absolutePath;
	switch (outcome.kind) {
		case 'whole': {
			const {article, invalidEncoding} = outcome.outcome;
			if (article === undefined) return undefined;
			return {...base, article: {id: '', path, ...article, status: 'loaded'}, state: 'loaded', stamp: outcome.stamp, invalidEncoding};
		}
		case 'title':
			return {...base, article: {id: '', path, title: outcome.title, paragraphs: [], status: 'pending'}, state: 'pending', stamp: outcome.stamp};
		case 'cached': {
			const {entry} = outcome;
			const article: LibraryArticle = {id: '', path, title: entry.title, paragraphs: [], status: 'pending'};
			const stamp = {size: entry.size, mtimeMs: entry.mtimeMs};
			return {...base, article, state: 'pending', cached: entry, stamp, invalidEncoding: entry.invalidEncoding};
		}
	}
}
