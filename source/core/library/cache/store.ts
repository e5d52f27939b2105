/**
 * Reading and writing the library cache. Every failure means "no cache": a
 * manifest that cannot be read is an empty one, a shard that cannot be read
 * sends its articles back to their files, and a cache directory that cannot be
 * written turns writing off for the rest of the session, silently.
 */
import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import {mkdir, readdir, readFile, rename, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import {tempPathFor, writeFileAtomic} from '../../store/atomic-write.js';
import {
	decodeManifest,
	decodeShard,
	encodeManifest,
	encodeShard,
	isShardFileName,
	manifestPath,
	SHARD_EXTENSION,
	shardDirectory,
	type CachedArticle,
	type CachedEntry,
} from './format.js';

export class LibraryCache {
	readonly #directory: string;
	readonly #key: string;
	#writable = true;
	#prepared: Promise<boolean> | undefined;
	#scratch = Buffer.allocUnsafe(1 << 20);
	/** Shards are encoded into this, one write at a time (see writeShard). */
	#writeBuffer: Buffer | undefined;
	#writing = false;

	constructor(directory: string, libraryKey: string) {
		this.#directory = directory;
		this.#key = libraryKey;
	}

	async readManifest(): Promise<Map<string, CachedEntry>> {
		try {
			return decodeManifest(await readFile(manifestPath(this.#directory, this.#key))) ?? new Map();
		} catch {
			return new Map();
		}
	}

	/**
	 * Synchronous, like the background loader's file reads (a shard is under a
	 * megabyte). Into one reused buffer: the strings are copied out of it, so two
	 * hundred shards leave no buffers behind for the collector.
	 */
	readShard(name: string): CachedArticle[] | undefined {
		try {
			const descriptor = openSync(this.#shardPath(name), 'r');
			try {
				const size = fstatSync(descriptor).size;
				if (size > this.#scratch.length) this.#scratch = Buffer.allocUnsafe(Math.max(size, this.#scratch.length * 2));
				let length = 0;
				while (length < size) {
					const count = readSync(descriptor, this.#scratch, length, size - length, length);
					if (count === 0) break;
					length += count;
				}
				return decodeShard(this.#scratch.subarray(0, length));
			} finally {
				closeSync(descriptor);
			}
		} catch {
			return undefined;
		}
	}

	/** The new shard's name, or undefined when it could not be written. */
	async writeShard(articles: readonly CachedArticle[]): Promise<string | undefined> {
		if (!(await this.#prepare())) return undefined;
		const name = `${this.#key}-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
		// One shared buffer for writes that come one after another (the library's do); an overlapping one gets its own.
		const shared = !this.#writing;
		this.#writing ||= shared;
		try {
			const bytes = encodeShard(articles, shared ? this.#writeBuffer : undefined);
			if (shared && bytes.buffer !== this.#writeBuffer?.buffer) this.#writeBuffer = Buffer.allocUnsafe(Math.max(bytes.length, 1 << 20));
			await writeWithoutSync(this.#shardPath(name), bytes);
			return name;
		} catch {
			this.#writable = false;
			return undefined;
		} finally {
			if (shared) this.#writing = false;
		}
	}

	/** Writes the manifest, then removes this library's shards it no longer names. */
	async writeManifest(entries: readonly CachedEntry[]): Promise<void> {
		if (!(await this.#prepare())) return;
		try {
			await writeFileAtomic(manifestPath(this.#directory, this.#key), encodeManifest(entries));
		} catch {
			this.#writable = false;
			return;
		}
		const used = new Set(entries.map(entry => `${entry.shard}${SHARD_EXTENSION}`));
		const directory = shardDirectory(this.#directory);
		const names = await readdir(directory).catch(() => [] as string[]);
		for (const name of names) {
			if (isShardFileName(name, this.#key) && !used.has(name)) {
				await unlink(path.join(directory, name)).catch(() => {});
			}
		}
	}

	#shardPath(name: string): string {
		return path.join(shardDirectory(this.#directory), `${name}${SHARD_EXTENSION}`);
	}

	async #prepare(): Promise<boolean> {
		this.#prepared ??= mkdir(shardDirectory(this.#directory), {recursive: true, mode: 0o700}).then(
			() => true,
			() => false,
		);
		return this.#writable && (await this.#prepared);
	}
}

/**
 * Temp file and rename, like writeFileAtomic, but without fsync: a shard is
 * checked when read, so one a crash left empty or cut short is only a cache
 * miss, and two hundred fsyncs would hold their data in memory while they wait.
 */
async function writeWithoutSync(file: string, data: Uint8Array): Promise<void> {
	const temp = tempPathFor(file);
	try {
		await writeFile(temp, data, {mode: 0o600, flag: 'wx'});
		await rename(temp, file);
	} catch (error) {
		await unlink(temp).catch(() => {});
		throw error;
	}
}
