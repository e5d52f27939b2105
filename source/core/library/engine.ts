/**
 * The background half of a library: reads every article's paragraphs (from the
 * cache's shards or from the files), builds the search index in list order,
 * and writes new data to the cache, in slices that give the event loop back
 * every `sliceMs` so keystrokes are handled while it works.
 */
import {setImmediate as nextTurn} from 'node:timers/promises';
import {describeError, warning} from '../articles/messages.js';
import type {FileOutcome} from '../articles/read-file.js';
import {createIndexBuilder, normalizeArticle, type IndexBuilder, type NormalizedArticle, type SearchIndex} from '../search/index.js';
import {prepareFoldTable} from '../search/fold.js';
import {detachedCopy, packedParagraphs, packedSource, packText} from '../search/packed-text.js';
import {matchesEntry, SHARD_ARTICLES, type CachedArticle, type CachedEntry} from './cache/format.js';
import type {LibraryCache} from './cache/store.js';
import {readWhole} from './head.js';
import {LoadQueue} from './load-queue.js';
import {SnapshotPublisher} from './publisher.js';
import type {Slot} from './slot.js';
import type {LibraryArticle, LibrarySnapshot} from './types.js';

export type EngineOptions = {
	readonly sliceMs: number;
	readonly notifyMs: number;
	readonly maxFileBytes: number;
	readonly cache: LibraryCache | undefined;
	/** The manifest read at open: rewritten only when the library differs from it. */
	readonly manifest: ReadonlyMap<string, CachedEntry>;
};

/** A partial search index is re-made at most this often (making one copies its arrays). */
const INDEX_REFRESH_MS = 250;

export class LibraryEngine {
	readonly done: Promise<void>;
	readonly #slots: Slot[];
	readonly #articles: LibraryArticle[];
	readonly #warnings: string[];
	readonly #options: EngineOptions;
	readonly #queue: LoadQueue;
	readonly #publisher: SnapshotPublisher;
	/** Dropped once the final index is made: its hash table and per-word fields are not needed for searching. */
	#builder: IndexBuilder | undefined;
	readonly #shardSlots = new Map<string, number[]>();
	#toWrite: {index: number; article: CachedArticle}[] = [];
	/** Shard writes, one after another; at most a couple queued (each holds a shard's data). */
	#writes: Promise<void> = Promise.resolve();
	#queuedWrites = 0;
	#manifest: ReadonlyMap<string, CachedEntry>;
	#loaded = 0;
	#indexed = 0;
	#stopped = false;
	#index: {readonly value: SearchIndex; readonly count: number; readonly at: number} | undefined;

	constructor(slots: Slot[], warnings: string[], options: EngineOptions) {
		this.#slots = slots;
		this.#articles = slots.map(slot => slot.article);
		this.#warnings = warnings;
		this.#options = options;
		this.#manifest = options.manifest;
		for (const [index, slot] of slots.entries()) {
			if (slot.state === 'loaded' || slot.state === 'failed') this.#loaded++;
			if (slot.cached !== undefined) {
				const list = this.#shardSlots.get(slot.cached.shard) ?? [];
				list.push(index);
				this.#shardSlots.set(slot.cached.shard, list);
			}
		}
		// The files' sizes, known at open, size the index's arrays (see IndexBuilderOptions).
		const expectedBytes = slots.reduce((sum, slot) => sum + (slot.stamp?.size ?? slot.cached?.size ?? 0), 0);
		this.#builder = createIndexBuilder({expectedBytes});
		this.#queue = new LoadQueue(slots.length, index => this.#slots[index]?.state === 'pending');
		this.#publisher = new SnapshotPublisher(() => this.#makeSnapshot(), options.notifyMs);
		this.done = this.#run();
	}

	get snapshot(): LibrarySnapshot {
		return this.#publisher.snapshot;
	}

	subscribe(listener: () => void): () => void {
		return this.#publisher.subscribe(listener);
	}

	prioritize(index: number): void {
		this.#queue.prioritize(index);
	}

	searchIndex(): SearchIndex | undefined {
		if (this.#builder === undefined) return this.#index?.value;
		const count = this.#builder.articleCount;
		if (count === 0) return undefined;
		const now = performance.now();
		const current = this.#index;
		if (current !== undefined && (current.count === count || (now - current.at < INDEX_REFRESH_MS && count < this.#slots.length))) {
			return current.value;
		}
		const value = this.#builder.snapshot(this.#articles.slice());
		this.#index = {value, count, at: now};
		return value;
	}

	async close(): Promise<void> {
		this.#stopped = true;
		await this.done;
	}

	async #run(): Promise<void> {
		try {
			await this.#work();
		} catch (error) {
			// A bug, not a bad file (those are warnings): stop, keep what is loaded.
			this.#warnings.push(warning(`loading the library stopped (${describeError(error)})`));
		}
		this.#flushShard();
		await this.#writes;
		await this.#writeManifest();
		this.#publisher.publish();
		this.#publisher.stop();
	}

	/**
	 * One loop, in slices of `sliceMs`: read an article, then index every
	 * article ready in list order. Files are read synchronously (see titles.ts):
	 * a slice bounds how long input waits.
	 */
	async #work(): Promise<void> {
		// Not before openLibrary has returned: the first frame comes first.
		await nextTurn();
		// The search folding table (30-60 ms to build) in slices, not in the first normalisation.
		while (!this.#stopped && !prepareFoldTable(performance.now() + this.#options.sliceMs)) await nextTurn();
		while (!this.#stopped && this.#indexed < this.#slots.length) {
			const sliceEnd = performance.now() + this.#options.sliceMs;
			const before = this.#loaded + this.#indexed;
			do {
				const index = this.#queue.take();
				if (index !== undefined) this.#load(index);
				this.#indexReady(sliceEnd);
			} while (performance.now() < sliceEnd && this.#indexed < this.#slots.length);
			// Every change moves a count (a title replaced or a warning comes with a load).
			if (this.#loaded + this.#indexed !== before) this.#publisher.changed();
			await nextTurn();
			if (this.#queuedWrites > 2) await this.#writes;
		}
		if (this.#indexed === this.#slots.length) {
			// The final index, made now rather than on the next keystroke; it shares the builder's
			// buffers, and the builder's own tables (the vocabulary hash, per-word fields) go with it.
			this.searchIndex();
			this.#builder = undefined;
		}
	}

	#load(index: number): void {
		const slot = this.#slots[index]!;
		if (slot.cached === undefined) {
			const {outcome, stamp} = readWhole(slot.file, this.#options.maxFileBytes);
			this.#settle(index, outcome, stamp);
		} else {
			this.#readShard(slot.cached.shard);
		}
	}

	#settle(index: number, outcome: FileOutcome, stamp: Slot['stamp']): void {
		const slot = this.#slots[index]!;
		const {id, path} = slot.article;
		if (outcome.article === undefined) {
			slot.state = 'failed';
			slot.article = {id, path, title: slot.article.title, paragraphs: [], status: 'failed'};
		} else {
			slot.state = 'loaded';
			slot.article = {id, path, ...outcome.article, status: 'loaded'};
			slot.stamp = stamp;
			slot.invalidEncoding = outcome.invalidEncoding;
		}
		this.#warnings.push(...outcome.warnings);
		this.#finish(index);
	}

	#finish(index: number): void {
		this.#articles[index] = this.#slots[index]!.article;
		this.#loaded++;
	}

	/** Loads every article of a shard that is still wanted; a bad shard sends them to their files. */
	#readShard(name: string): void {
		this.#applyShard(name, this.#options.cache!.readShard(name));
	}

	#applyShard(name: string, rows: CachedArticle[] | undefined): void {
		for (const index of this.#shardSlots.get(name) ?? []) {
			const slot = this.#slots[index]!;
			if (slot.state === 'loaded' || slot.state === 'failed' || slot.cached === undefined) continue;
			const row = rows?.[slot.cached.slot];
			if (row === undefined || !matchesEntry(row, slot.cached)) {
				slot.cached = undefined;
				slot.state = 'pending';
				this.#queue.prioritize(index);
				continue;
			}
			slot.state = 'loaded';
			// Packed, read-only (packedParagraphs): Article's type says string[], but nothing writes to paragraphs.
			const paragraphs = row.paragraphs as string[];
			slot.article = {id: slot.article.id, path: slot.article.path, title: row.title, paragraphs, status: 'loaded'};
			slot.normalized = row.normalized;
			slot.stored = slot.cached;
			this.#finish(index);
		}
	}

	/** Indexes articles in list order while they are loaded, until `deadline`. */
	#indexReady(deadline: number): void {
		while (this.#indexed < this.#slots.length) {
			const index = this.#indexed;
			const slot = this.#slots[index]!;
			if (slot.state !== 'loaded' && slot.state !== 'failed') return;
			let normalized: NormalizedArticle | undefined = slot.normalized;
			slot.normalized = undefined;
			// Normalised once, for both the index and the cache.
			const cacheIt = slot.state === 'loaded' && slot.stored === undefined && this.#options.cache !== undefined;
			if (normalized === undefined && cacheIt) normalized = normalizeArticle(slot.article);
			try {
				this.#builder!.add(index, slot.article, normalized);
			} catch (error) {
				// Cached search data that does not fit its article: normalise afresh.
				if (normalized === undefined || !(error instanceof TypeError)) throw error;
				normalized = undefined;
				slot.stored = undefined;
				this.#builder!.add(index, slot.article);
			}
			if (cacheIt || (slot.state === 'loaded' && slot.stored === undefined && this.#options.cache !== undefined)) {
				normalized ??= normalizeArticle(slot.article);
				// Packed first: the cache row then holds the packed texts and a title that keeps no file text alive.
				this.#pack(index, slot);
				this.#queueForCache(index, slot, normalized);
			} else {
				this.#pack(index, slot);
			}
			this.#indexed++;
			if (performance.now() >= deadline) return;
		}
	}

	/**
	 * Keeps an indexed article's paragraphs packed, one byte a character for
	 * Arabic (search/packed-text.ts): half the memory of the library's texts.
	 * Those read from a shard come packed already.
	 */
	#pack(index: number, slot: Slot): void {
		const {article} = slot;
		if (article.paragraphs.length === 0 || packedSource(article.paragraphs) !== undefined) return;
		const paragraphs = packedParagraphs(article.paragraphs.map(text => packText(text))) as string[];
		slot.article = {...article, title: detachedCopy(article.title), paragraphs};
		this.#articles[index] = slot.article;
	}

	#queueForCache(index: number, slot: Slot, normalized: NormalizedArticle): void {
		if (slot.stamp === undefined) return;
		const {title, paragraphs} = slot.article;
		this.#toWrite.push({index, article: {path: slot.file.absolutePath, ...slot.stamp, title, paragraphs, normalized}});
		if (this.#toWrite.length >= SHARD_ARTICLES) this.#flushShard();
	}

	#flushShard(): void {
		const batch = this.#toWrite;
		const cache = this.#options.cache;
		this.#toWrite = [];
		if (batch.length === 0 || cache === undefined) return;
		this.#queuedWrites++;
		const write = async () => cache.writeShard(batch.map(entry => entry.article));
		this.#writes = this.#writes.then(write).then(shard => {
			this.#queuedWrites--;
			if (shard === undefined) return;
			for (const [position, {index, article}] of batch.entries()) {
				const slot = this.#slots[index]!;
				slot.stored = {
					path: article.path,
					size: article.size,
					mtimeMs: article.mtimeMs,
					title: article.title,
					paragraphCount: article.paragraphs.length,
					shard,
					slot: position,
					invalidEncoding: slot.invalidEncoding,
				};
			}
		});
	}

	/** Rows for every article whose data is in a shard; written only when they differ from the manifest read. */
	async #writeManifest(): Promise<void> {
		const cache = this.#options.cache;
		if (cache === undefined) return;
		const entries = this.#slots.flatMap(slot => {
			const entry = slot.stored ?? (slot.state === 'pending' || slot.state === 'reading' ? slot.cached : undefined);
			return entry === undefined ? [] : [entry];
		});
		const manifest = this.#manifest;
		// Ten thousand rows need not outlive this.
		this.#manifest = new Map();
		const same = entries.length === manifest.size && entries.every(entry => manifest.get(entry.path) === entry);
		if (!same) await cache.writeManifest(entries);
	}

	#makeSnapshot(): LibrarySnapshot {
		const total = this.#slots.length;
		const loaded = this.#loaded;
		const indexed = this.#indexed;
		const phase = loaded < total ? 'loading' : indexed < total ? 'indexing' : 'ready';
		return {articles: this.#articles.slice(), warnings: this.#warnings.slice(), progress: {phase, total, loaded, indexed}};
	}
}
