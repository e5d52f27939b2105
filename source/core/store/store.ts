/**
 * `openStore`: bookmarks and reading positions of one data directory.
 *
 * Files (see schema.ts): `bookmarks.json` and `positions.json`, each with
 * its own `.lock` directory while being changed. Reads never throw; changes
 * to bookmarks throw StoreWriteError when they cannot be saved (reads keep
 * working), position saves resolve to it. Problems found while reading
 * (a damaged file moved aside, a file from a newer qari) become one-line
 * `warnings`.
 */
import type {Article} from '../articles/index.js';
import {type ResolvedBookmark, resolveBookmarks} from './anchor.js';
import {BookmarkStore, type NewBookmark, randomBookmarkId} from './bookmark-store.js';
import {DocumentFile} from './document-file.js';
import type {StoreWriteError} from './errors.js';
import {type ExportFormat, exportBookmarks, type ImportResult} from './exchange.js';
import {defaultFs, type StoreFs} from './fs.js';
import {DEFAULT_LOCK_SETTINGS, type LockSettings} from './lock.js';
import {PositionStore} from './position-store.js';
import type {Bookmark} from './schema.js';

export type StoreOptions = {
	/** Time source for creation times, position times and corrupt-file names. */
	readonly clock?: () => Date;
	/** File system (tests inject failures). Locking always uses the real one. */
	readonly fs?: StoreFs;
	readonly lock?: LockSettings;
	/** Bookmark id generator (tests make ids predictable). */
	readonly newId?: () => string;
};

export type Store = {
	readonly dataDir: string;
	/** One-line messages for the person, oldest first (damaged file moved aside, newer format, …). */
	readonly warnings: readonly string[];
	/** Why changes are not being saved, when the last attempt failed or the store is read-only. */
	readonly saveProblem: string | undefined;

	bookmarks(): readonly Bookmark[];
	add(bookmark: NewBookmark): Promise<Bookmark>;
	remove(id: string): Promise<Bookmark | undefined>;
	restore(bookmark: Bookmark): Promise<Bookmark>;
	setNote(id: string, note: string): Promise<Bookmark | undefined>;
	/** Re-reads bookmarks.json to see other processes' changes. */
	refresh(): Promise<void>;
	/** Every bookmark anchored in the given articles; none is ever left out. */
	resolve(articles: readonly Article[]): ResolvedBookmark[];
	exportBookmarks(format: ExportFormat): string;
	importBookmarks(text: string): Promise<ImportResult>;

	getPosition(articleId: string): number | undefined;
	setPosition(articleId: string, paragraph: number): Promise<StoreWriteError | undefined>;
	lastArticle(): string | undefined;
	/** Saves positions still pending; call before exiting. */
	flush(): Promise<StoreWriteError | undefined>;
};

class DataStore implements Store {
	readonly warnings: string[] = [];
	private readonly bookmarkStore: BookmarkStore;
	private readonly positionStore: PositionStore;
	private bookmarksProblem: string | undefined;
	private positionsProblem: string | undefined;

	constructor(readonly dataDir: string, options: StoreOptions) {
		const context = {
			fs: options.fs ?? defaultFs,
			clock: options.clock ?? (() => new Date()),
			lock: options.lock ?? DEFAULT_LOCK_SETTINGS,
		};
		this.bookmarkStore = new BookmarkStore(
			new DocumentFile(dataDir, BookmarkStore.spec, context),
			{...context, newId: options.newId ?? randomBookmarkId},
			this.warnings,
			problem => {
				this.bookmarksProblem = problem?.message;
			},
		);
		this.positionStore = new PositionStore(new DocumentFile(dataDir, PositionStore.spec, context), context.clock, this.warnings, problem => {
			this.positionsProblem = problem?.message;
		});
	}

	async load(): Promise<void> {
		this.bookmarksProblem = await this.bookmarkStore.load();
		this.positionsProblem = await this.positionStore.load();
	}

	get saveProblem(): string | undefined {
		return this.bookmarksProblem ?? this.positionsProblem;
	}

	bookmarks(): readonly Bookmark[] {
		return this.bookmarkStore.bookmarks();
	}

	async add(bookmark: NewBookmark): Promise<Bookmark> {
		return this.bookmarkStore.add(bookmark);
	}

	async remove(id: string): Promise<Bookmark | undefined> {
		return this.bookmarkStore.remove(id);
	}

	async restore(bookmark: Bookmark): Promise<Bookmark> {
		return this.bookmarkStore.restore(bookmark);
	}

	async setNote(id: string, note: string): Promise<Bookmark | undefined> {
		return this.bookmarkStore.setNote(id, note);
	}

	async refresh(): Promise<void> {
		await this.bookmarkStore.refresh();
	}

	resolve(articles: readonly Article[]): ResolvedBookmark[] {
		return resolveBookmarks(this.bookmarks(), articles);
	}

	exportBookmarks(format: ExportFormat): string {
		return exportBookmarks(this.bookmarks(), format);
	}

	async importBookmarks(text: string): Promise<ImportResult> {
		return this.bookmarkStore.importBookmarks(text);
	}

	getPosition(articleId: string): number | undefined {
		return this.positionStore.getPosition(articleId);
	}

	// Not async: invalid arguments throw at once; a failed save resolves to its error.
	setPosition(articleId: string, paragraph: number): Promise<StoreWriteError | undefined> {
		return this.positionStore.setPosition(articleId, paragraph);
	}

	lastArticle(): string | undefined {
		return this.positionStore.lastArticle();
	}

	async flush(): Promise<StoreWriteError | undefined> {
		return this.positionStore.flush();
	}
}

/** Opens the store in `dataDir` (created on the first save). Never throws for file problems: see `warnings`. */
export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
	const store = new DataStore(dataDir, options);
	await store.load();
	return store;
}
