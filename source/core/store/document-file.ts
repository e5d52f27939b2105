/**
 * One JSON store file (bookmarks.json or positions.json): reading it with
 * migration and validation, moving a corrupt one aside, and changing it with
 * read-merge-write under a lock, so that concurrent qari processes apply
 * their changes to each other's latest version instead of overwriting it.
 */
import {constants as fsConstants} from 'node:fs';
import path from 'node:path';
import {removeOrphanTemps, writeFileAtomic} from './atomic-write.js';
import {errorCode, oneLine, StoreFormatError, StoreVersionError, StoreWriteError} from './errors.js';
import type {StoreFs} from './fs.js';
import {type LockSettings, withFileLock} from './lock.js';
import type {Migrated} from './migrate.js';
import {STORE_VERSION} from './schema.js';

export type DocumentSpec<T> = {
	readonly fileName: string;
	/** What the file holds, for messages ("bookmarks", "reading positions"). */
	readonly label: string;
	readonly migrate: (raw: unknown) => Migrated<T>;
	readonly empty: () => T;
	readonly serialize: (data: T) => string;
};

export type DocumentContext = {
	readonly fs: StoreFs;
	readonly clock: () => Date;
	readonly lock: LockSettings;
};

export type ReadOutcome<T> =
	| {readonly kind: 'ok'; readonly data: T; readonly fromVersion: number}
	| {readonly kind: 'missing'}
	| {readonly kind: 'corrupt'; readonly reason: string}
	| {readonly kind: 'newer'; readonly version: number}
	| {readonly kind: 'unreadable'; readonly code: string | undefined};

export type Loaded<T> = {
	readonly data: T;
	readonly warnings: string[];
	/** Set when changes cannot be saved at all (a newer or unreadable file). */
	readonly readOnlyReason: string | undefined;
};

/** Strict UTF-8: a file with invalid bytes is corrupt rather than silently repaired on the next write. */
const utf8 = new TextDecoder('utf-8', {fatal: true});

/** A change to apply to the current content; returning `current` itself means "nothing to write". */
export type Change<T, R> = (current: T) => {readonly next: T; readonly result: R};

export class DocumentFile<T> {
	readonly path: string;

	constructor(readonly dataDir: string, private readonly spec: DocumentSpec<T>, private readonly context: DocumentContext) {
		this.path = path.join(dataDir, spec.fileName);
	}

	/** Reads without locking: writers replace the file atomically, so a reader sees a whole version. */
	async read(): Promise<ReadOutcome<T>> {
		let bytes: Uint8Array;
		try {
			bytes = await this.context.fs.readFile(this.path);
		} catch (error) {
			const code = errorCode(error);
			return code === 'ENOENT' ? {kind: 'missing'} : {kind: 'unreadable', code};
		}

		let parsed: unknown;
		try {
			parsed = JSON.parse(utf8.decode(bytes)) as unknown;
		} catch (error) {
			return {kind: 'corrupt', reason: error instanceof SyntaxError ? 'not valid JSON' : 'not valid UTF-8 text'};
		}

		try {
			const migrated = this.spec.migrate(parsed);
			return {kind: 'ok', data: migrated.data, fromVersion: migrated.fromVersion};
		} catch (error) {
			if (error instanceof StoreVersionError) {
				return {kind: 'newer', version: error.version};
			}

			if (error instanceof StoreFormatError) {
				return {kind: 'corrupt', reason: error.message};
			}

			throw error;
		}
	}

	/** Reads at start-up. Never throws: problems become one-line warnings. */
	async load(): Promise<Loaded<T>> {
		const outcome = await this.read();
		switch (outcome.kind) {
			case 'ok': {
				return {data: outcome.data, warnings: [], readOnlyReason: undefined};
			}

			case 'missing': {
				return {data: this.spec.empty(), warnings: [], readOnlyReason: undefined};
			}

			case 'newer': {
				const reason = this.newerMessage(outcome.version);
				return {data: this.spec.empty(), warnings: [reason], readOnlyReason: reason};
			}

			case 'unreadable': {
				const reason = `cannot read ${this.spec.label} (${outcome.code ?? 'error'}): ${this.spec.label} cannot be saved`;
				return {data: this.spec.empty(), warnings: [oneLine(reason)], readOnlyReason: oneLine(reason)};
			}

			case 'corrupt': {
				return this.loadCorrupt();
			}
		}
	}

	/** Moves a corrupt file aside under the lock (re-checking it there) and starts empty. */
	private async loadCorrupt(): Promise<Loaded<T>> {
		const warnings: string[] = [];
		try {
			const data = await this.locked(async () => this.readForChange(warnings));
			return {data, warnings, readOnlyReason: undefined};
		} catch (error) {
			const reason = oneLine(
				`${this.spec.fileName} is damaged and could not be moved aside (${errorCode(error) ?? (error as Error).message}): ${this.spec.label} cannot be saved`,
			);
			return {data: this.spec.empty(), warnings: [...warnings, reason], readOnlyReason: reason};
		}
	}

	/**
	 * Lock, read the current file, apply `change`, write atomically, unlock.
	 * Throws StoreWriteError (one line) when the change cannot be saved; the
	 * file on disk is then unchanged. Errors thrown by `change` pass through.
	 */
	async mutate<R>(change: Change<T, R>, warnings: string[]): Promise<{data: T; result: R}> {
		try {
			await this.context.fs.mkdir(this.dataDir, {recursive: true});
			return await this.locked(async () => {
				const current = await this.readForChange(warnings);
				const {next, result} = change(current);
				if (next !== current) {
					await writeFileAtomic(this.path, this.spec.serialize(next), this.context.fs);
				}

				return {data: next, result};
			});
		} catch (error) {
			throw this.asWriteError(error);
		}
	}

	private async locked<R>(action: () => Promise<R>): Promise<R> {
		return withFileLock(this.path, this.context.lock, async () => {
			await removeOrphanTemps(this.path, this.context.fs);
			return action();
		});
	}

	/** The current content, under the lock; a corrupt file is moved aside, an old one backed up. */
	private async readForChange(warnings: string[]): Promise<T> {
		const outcome = await this.read();
		switch (outcome.kind) {
			case 'ok': {
				if (outcome.fromVersion < STORE_VERSION) {
					await this.backUpOldVersion(outcome.fromVersion);
				}

				return outcome.data;
			}

			case 'missing': {
				return this.spec.empty();
			}

			case 'newer': {
				throw new StoreWriteError(this.newerMessage(outcome.version));
			}

			case 'unreadable': {
				throw new StoreWriteError(`cannot read ${this.spec.fileName} (${outcome.code ?? 'error'}); ${this.spec.label} not saved`, {code: outcome.code});
			}

			case 'corrupt': {
				const aside = await this.moveAside();
				warnings.push(oneLine(`${this.spec.fileName} was damaged (${outcome.reason}); moved to ${aside}; starting with no ${this.spec.label}`));
				return this.spec.empty();
			}
		}
	}

	/** `bookmarks.json.corrupt-2024-05-01T12-30-00-000Z` (no `:`, which Windows forbids), never replacing an existing file. */
	private async moveAside(): Promise<string> {
		const stamp = this.context.clock().toISOString().replace(/[:.]/gu, '-');
		for (let attempt = 0; ; attempt++) {
			const name = `${this.spec.fileName}.corrupt-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
			const target = path.join(this.dataDir, name);
			if (!(await this.exists(target))) {
				await this.context.fs.rename(this.path, target);
				return name;
			}
		}
	}

	/** Keeps the pre-migration bytes once, as `bookmarks.json.v0.bak`, before the first write in the new format. */
	private async backUpOldVersion(version: number): Promise<void> {
		const backup = `${this.path}.v${version}.bak`;
		try {
			await this.context.fs.copyFile(this.path, backup, fsConstants.COPYFILE_EXCL);
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}
		}
	}

	private async exists(file: string): Promise<boolean> {
		try {
			await this.context.fs.stat(file);
			return true;
		} catch (error) {
			if (errorCode(error) === 'ENOENT') {
				return false;
			}

			throw error;
		}
	}

	private newerMessage(version: number): string {
		return oneLine(
			`${this.spec.fileName} was written by a newer qari (format version ${version}, this one knows ${STORE_VERSION}); ${this.spec.label} are read-only and the file is left as it is`,
		);
	}

	private asWriteError(error: unknown): unknown {
		if (error instanceof StoreWriteError) {
			return error;
		}

		const code = errorCode(error);
		if (code === undefined) {
			// Not a file system problem: a bug or a refused argument, reported as is.
			return error;
		}

		return new StoreWriteError(`${this.spec.label} cannot be saved: ${describeCode(code)} (${this.dataDir})`, {code, cause: error});
	}
}

function describeCode(code: string): string {
	switch (code) {
		case 'ELOCKED': {
			return 'another qari process holds the lock';
		}

		case 'EROFS':
		case 'EACCES':
		case 'EPERM': {
			return 'the data directory is read-only';
		}

		case 'ENOSPC':
		case 'EDQUOT': {
			return 'the disk is full';
		}

		case 'ENOTDIR':
		case 'EEXIST': {
			return 'the data directory is not a directory';
		}

		default: {
			return `file system error ${code}`;
		}
	}
}
