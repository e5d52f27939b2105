/**
 * The bookmarks half of the store. Every change is lock → read the current
 * file → apply this one change → atomic write → unlock, so two processes
 * never lose each other's additions or resurrect each other's deletions.
 * `bookmarks()` is the list as of the last read or write.
 */
import {randomBytes} from 'node:crypto';
import type {Article} from '../articles/index.js';
import {type DocumentContext, DocumentFile} from './document-file.js';
import {StoreWriteError} from './errors.js';
import {cleanNote, makeExcerpt} from './excerpt.js';
import {fingerprintParagraph} from './fingerprint.js';
import {importedBookmarks, mergeImported, type ImportResult} from './exchange.js';
import {migrateStoreFile} from './migrate.js';
import {BOOKMARKS_FILE} from './paths.js';
import {type Bookmark, bookmarkProblem, serializeStoreFile, STORE_VERSION, type StoreFileV1} from './schema.js';
import {SerialQueue} from './serial-queue.js';

export type NewBookmark = {
	readonly article: Pick<Article, 'id' | 'path' | 'paragraphs'>;
	readonly paragraph: number;
	readonly note?: string;
};

/** 8 URL-safe characters (48 random bits). */
/** Eight URL-safe characters, never starting with `-` (it would read as a flag in `qari bookmark remove ID`). */
export function randomBookmarkId(): string {
	const id = randomBytes(6).toString('base64url');
	return /^[-_]/.test(id) ? `b${id.slice(1)}` : id;
}

export class BookmarkStore {
	private list: readonly Bookmark[] = [];
	private readonly queue = new SerialQueue();

	constructor(
		private readonly file: DocumentFile<StoreFileV1>,
		private readonly context: DocumentContext & {readonly newId: () => string},
		private readonly warnings: string[],
		private readonly onWrite: (problem: StoreWriteError | undefined) => void,
	) {}

	static spec = {
		fileName: BOOKMARKS_FILE,
		label: 'bookmarks',
		migrate: migrateStoreFile,
		empty: (): StoreFileV1 => ({version: STORE_VERSION, bookmarks: []}),
		serialize: serializeStoreFile,
	};

	/** Reads the file at start-up; returns why changes cannot be saved, if they cannot. */
	async load(): Promise<string | undefined> {
		const loaded = await this.file.load();
		this.list = loaded.data.bookmarks;
		this.warnings.push(...loaded.warnings);
		return loaded.readOnlyReason;
	}

	/** Re-reads the file (to see other processes' changes) without writing anything. */
	async refresh(): Promise<void> {
		await this.queue.run(async () => {
			const outcome = await this.file.read();
			if (outcome.kind === 'ok') {
				this.list = outcome.data.bookmarks;
			} else if (outcome.kind === 'missing') {
				this.list = [];
			}
		});
	}

	bookmarks(): readonly Bookmark[] {
		return this.list;
	}

	get(id: string): Bookmark | undefined {
		return this.list.find(bookmark => bookmark.id === id);
	}

	/** Bookmarks `article`'s paragraph `paragraph`. Throws RangeError for a paragraph it does not have, StoreWriteError when it cannot be saved. */
	async add({article, paragraph, note = ''}: NewBookmark): Promise<Bookmark> {
		const text = article.paragraphs[paragraph];
		if (text === undefined) {
			throw new RangeError(`paragraph ${paragraph} is not in article ${article.id}`);
		}

		const draft = {
			articleId: article.id,
			articlePath: article.path,
			paragraph,
			fingerprint: fingerprintParagraph(text),
			excerpt: makeExcerpt(text),
			note: cleanNote(note),
			createdAt: this.context.clock().toISOString(),
		};
		return this.change(current => {
			const taken = new Set(current.bookmarks.map(bookmark => bookmark.id));
			let id = this.context.newId();
			while (taken.has(id)) {
				id = this.context.newId();
			}

			const bookmark: Bookmark = {id, ...draft};
			return {next: {...current, bookmarks: [...current.bookmarks, bookmark]}, result: bookmark};
		});
	}

	/** Deletes a bookmark and returns it (for undo), or undefined if it was already gone. */
	async remove(id: string): Promise<Bookmark | undefined> {
		return this.change(current => {
			const removed = current.bookmarks.find(bookmark => bookmark.id === id);
			if (removed === undefined) {
				return {next: current, result: undefined};
			}

			return {next: {...current, bookmarks: current.bookmarks.filter(bookmark => bookmark !== removed)}, result: removed};
		});
	}

	/**
	 * Undo of `remove`: puts the bookmark back with the same id, among the
	 * others by creation time (so where it was). A no-op if it is present.
	 */
	async restore(bookmark: Bookmark): Promise<Bookmark> {
		const problem = bookmarkProblem(bookmark);
		if (problem !== undefined) {
			throw new TypeError(`not a bookmark: ${problem}`);
		}

		return this.change(current => {
			const present = current.bookmarks.find(entry => entry.id === bookmark.id);
			if (present !== undefined) {
				return {next: current, result: present};
			}

			const bookmarks = [...current.bookmarks];
			const after = bookmarks.findIndex(entry => Date.parse(entry.createdAt) > Date.parse(bookmark.createdAt));
			bookmarks.splice(after === -1 ? bookmarks.length : after, 0, bookmark);
			return {next: {...current, bookmarks}, result: bookmark};
		});
	}

	/** Replaces a bookmark's note; undefined if the bookmark no longer exists. */
	async setNote(id: string, note: string): Promise<Bookmark | undefined> {
		const clean = cleanNote(note);
		return this.change(current => {
			const index = current.bookmarks.findIndex(bookmark => bookmark.id === id);
			const old = current.bookmarks[index];
			if (old === undefined) {
				return {next: current, result: undefined};
			}

			if (old.note === clean) {
				return {next: current, result: old};
			}

			const updated: Bookmark = {...old, note: clean};
			const bookmarks = [...current.bookmarks];
			bookmarks[index] = updated;
			return {next: {...current, bookmarks}, result: updated};
		});
	}

	/**
	 * Merges bookmarks exported by `exportBookmarks('json')` (or an older
	 * format) without duplicates. Invalid input throws StoreImportError
	 * before anything is locked or written.
	 */
	async importBookmarks(text: string): Promise<ImportResult> {
		const incoming = importedBookmarks(text);
		return this.change(current => {
			const merged = mergeImported(current.bookmarks, incoming);
			const next = merged.added === 0 ? current : {...current, bookmarks: merged.bookmarks};
			return {next, result: {added: merged.added, skipped: merged.skipped}};
		});
	}

	private async change<R>(apply: (current: StoreFileV1) => {next: StoreFileV1; result: R}): Promise<R> {
		return this.queue.run(async () => {
			try {
				const {data, result} = await this.file.mutate(apply, this.warnings);
				this.list = data.bookmarks;
				this.onWrite(undefined);
				return result;
			} catch (error) {
				if (error instanceof StoreWriteError) {
					this.onWrite(error);
				}

				throw error;
			}
		});
	}
}
