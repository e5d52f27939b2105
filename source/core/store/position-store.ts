/**
 * Reading positions, in their own file (positions.json) with their own lock:
 * they change on every paragraph move, and must not contend with bookmarks.
 *
 * `setPosition` updates memory at once; writes are coalesced (while one is in
 * flight, all later changes wait and go out together in the next one). Each
 * write merges this process's pending positions into the current file, so
 * two processes reading different articles keep both; for the same article
 * and for `lastArticle`, the last write wins.
 */
import {type DocumentFile} from './document-file.js';
import {StoreWriteError} from './errors.js';
import {migratePositionsFile} from './migrate.js';
import {POSITIONS_FILE} from './paths.js';
import {isIndex, type PositionEntry, type PositionsFileV1, serializePositionsFile, STORE_VERSION} from './schema.js';

/** Positions of this many most recently read articles are kept; older ones are dropped on write. */
export const MAX_POSITIONS = 1000;

function emptyPositions(): PositionsFileV1 {
	return {version: STORE_VERSION, lastArticle: null, positions: new Map()};
}

function prune(positions: Map<string, PositionEntry>, keep: string | null): Map<string, PositionEntry> {
	if (positions.size <= MAX_POSITIONS) {
		return positions;
	}

	const newest = [...positions]
		.sort(([leftId, left], [rightId, right]) => Number(rightId === keep) - Number(leftId === keep) || right.updatedAt.localeCompare(left.updatedAt))
		.slice(0, MAX_POSITIONS);
	return new Map(newest);
}

export class PositionStore {
	static spec = {
		fileName: POSITIONS_FILE,
		label: 'reading positions',
		migrate: migratePositionsFile,
		empty: emptyPositions,
		serialize: serializePositionsFile,
	};

	private saved: PositionsFileV1 = emptyPositions();
	private readonly pending = new Map<string, PositionEntry>();
	private pendingLast: string | undefined;
	private running: Promise<StoreWriteError | undefined> | undefined;
	private queued: Promise<StoreWriteError | undefined> | undefined;

	constructor(
		private readonly file: DocumentFile<PositionsFileV1>,
		private readonly clock: () => Date,
		private readonly warnings: string[],
		private readonly onWrite: (problem: StoreWriteError | undefined) => void,
	) {}

	async load(): Promise<string | undefined> {
		const loaded = await this.file.load();
		this.saved = loaded.data;
		this.warnings.push(...loaded.warnings);
		return loaded.readOnlyReason;
	}

	getPosition(articleId: string): number | undefined {
		return (this.pending.get(articleId) ?? this.saved.positions.get(articleId))?.paragraph;
	}

	lastArticle(): string | undefined {
		return this.pendingLast ?? this.saved.lastArticle ?? undefined;
	}

	/**
	 * Remembers the focused paragraph of an article (and that it was read
	 * last). Resolves once saved: to undefined, or to the StoreWriteError that
	 * prevented it (it never rejects, so a caller may ignore it). Unsaved
	 * positions are retried with the next change or `flush`.
	 */
	// Not async: an invalid argument is a bug and throws at once, a failed save resolves.
	setPosition(articleId: string, paragraph: number): Promise<StoreWriteError | undefined> {
		if (articleId === '' || !isIndex(paragraph)) {
			throw new RangeError(`invalid position: "${articleId}" paragraph ${paragraph}`);
		}

		this.pending.set(articleId, {paragraph, updatedAt: this.clock().toISOString()});
		this.pendingLast = articleId;
		return this.schedule();
	}

	/** Writes any unsaved positions (call before exit). Never rejects. */
	async flush(): Promise<StoreWriteError | undefined> {
		await this.queued;
		await this.running;
		return this.pending.size > 0 || this.pendingLast !== undefined ? this.schedule() : undefined;
	}

	private async schedule(): Promise<StoreWriteError | undefined> {
		if (this.queued !== undefined) {
			return this.queued;
		}

		if (this.running === undefined) {
			return this.start();
		}

		const queued = this.running.then(async () => {
			this.queued = undefined;
			return this.start();
		});
		this.queued = queued;
		return queued;
	}

	private async start(): Promise<StoreWriteError | undefined> {
		const run = this.writePending();
		this.running = run;
		const result = await run;
		if (this.running === run) {
			this.running = undefined;
		}

		return result;
	}

	private async writePending(): Promise<StoreWriteError | undefined> {
		const captured = new Map(this.pending);
		const capturedLast = this.pendingLast;
		if (captured.size === 0 && capturedLast === undefined) {
			return undefined;
		}

		try {
			const {data} = await this.file.mutate(current => {
				const positions = new Map(current.positions);
				for (const [articleId, entry] of captured) {
					positions.set(articleId, entry);
				}

				const lastArticle = capturedLast ?? current.lastArticle;
				return {next: {version: STORE_VERSION, lastArticle, positions: prune(positions, lastArticle)}, result: undefined};
			}, this.warnings);
			this.saved = data;
			for (const [articleId, entry] of captured) {
				if (this.pending.get(articleId) === entry) {
					this.pending.delete(articleId);
				}
			}

			if (this.pendingLast === capturedLast) {
				this.pendingLast = undefined;
			}

			this.onWrite(undefined);
			return undefined;
		} catch (error) {
			const problem =
				error instanceof StoreWriteError ? error : new StoreWriteError(`reading positions cannot be saved: ${String(error)}`, {cause: error});
			this.onWrite(problem);
			return problem;
		}
	}
}
