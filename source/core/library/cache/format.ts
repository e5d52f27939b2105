/**
 * The library cache's files and their validation. Everything read back is
 * checked (structure, version, stamps, no control characters): a cache is a
 * file like any other and may be stale, truncated, corrupt or from another qari.
 *
 * - `library-<key>.json`, the manifest: one small row per article (path, size,
 *   mtime, title, paragraph count, where its data is), read before the first
 *   frame. Wrapped as `{"crc32":"<8 hex>","manifest":{…}}`, the checksum over
 *   the exact bytes of the inner object (still JSON, one read, no copy to check).
 * - `shards/<key>-<name>.shard`: paragraphs and normalised search data of up to
 *   {@link SHARD_ARTICLES} articles, read in the background (binary, with a
 *   checksum over its payload: shard-format.ts).
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import {NORMALIZER_VERSION, type NormalizedArticle} from '../../search/index.js';
import {packedHasControl, packedSource} from '../../search/packed-text.js';
import {crc32} from './checksum.js';
import {decodeShardBytes, encodeShardBytes} from './shard-format.js';

/**
 * Bump when the cache layout changes, or when parsing or sanitising articles
 * changes what a file turns into (source/core/articles): old caches are then ignored.
 */
const CACHE_FORMAT = 3;
const PARSER_VERSION = 1;
export const CACHE_VERSION = `qari-library/${CACHE_FORMAT}/parser-${PARSER_VERSION}/normalize-${NORMALIZER_VERSION}`;

/** Small enough that parsing one takes a few milliseconds (one slice). */
export const SHARD_ARTICLES = 48;

export type CachedEntry = {
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly title: string;
	readonly paragraphCount: number;
	readonly shard: string;
	readonly slot: number;
	readonly invalidEncoding: string | undefined;
};

export type CachedArticle = {
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
	readonly title: string;
	/** From a shard: the packed texts behind packedParagraphs (search/packed-text.ts). */
	readonly paragraphs: readonly string[];
	readonly normalized: NormalizedArticle;
};

/** One manifest per set of path arguments, so two libraries do not evict each other. */
export function manifestPath(cacheDir: string, libraryKey: string): string {
	return path.join(cacheDir, `library-${libraryKey}.json`);
}

export function shardDirectory(cacheDir: string): string {
	return path.join(cacheDir, 'shards');
}

export function libraryKeyOf(paths: readonly string[]): string {
	const resolved = paths.map(argument => path.resolve(argument));
	return createHash('sha256').update(JSON.stringify(resolved)).digest('hex').slice(0, 16);
}

// Parsed text is sanitised: a control character means the file was not written by qari.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const SHARD_NAME = /^[0-9a-f]{16}-[0-9a-z-]{1,40}$/;

const isText = (value: unknown): value is string => typeof value === 'string' && !CONTROL.test(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const MANIFEST_START = /^\{"crc32":"([0-9a-f]{8})","manifest":$/;
const manifestStart = (checksum: number): string => `{"crc32":"${checksum.toString(16).padStart(8, '0')}","manifest":`;
/** The wrapper's length before the inner object (ASCII: characters and bytes alike). */
const MANIFEST_START_LENGTH = manifestStart(0).length;

/** The manifest file's text: `payload` (JSON) wrapped with its checksum. */
export function sealManifest(payload: string): string {
	return `${manifestStart(crc32(Buffer.from(payload, 'utf8')))}${payload}}`;
}

export function encodeManifest(entries: readonly CachedEntry[]): string {
	const rows = entries.map(entry => [
		entry.path,
		entry.size,
		entry.mtimeMs,
		entry.title,
		entry.paragraphCount,
		entry.shard,
		entry.slot,
		entry.invalidEncoding ?? null,
	]);
	return sealManifest(JSON.stringify({version: CACHE_VERSION, entries: rows}));
}

/** Entries by path; undefined when the file's bytes are not a whole, valid manifest of this version (all of it is ignored). */
export function decodeManifest(bytes: Buffer): Map<string, CachedEntry> | undefined {
	const end = bytes.length - 1;
	if (end < MANIFEST_START_LENGTH || bytes[end] !== 0x7d) return undefined;
	const checksum = MANIFEST_START.exec(bytes.toString('latin1', 0, MANIFEST_START_LENGTH))?.[1];
	if (checksum === undefined || Number.parseInt(checksum, 16) !== crc32(bytes.subarray(MANIFEST_START_LENGTH, end))) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(bytes.toString('utf8', MANIFEST_START_LENGTH, end));
	} catch {
		return undefined;
	}
	if (!isRecord(data) || data['version'] !== CACHE_VERSION || !Array.isArray(data['entries'])) return undefined;
	const entries = new Map<string, CachedEntry>();
	for (const row of data['entries'] as unknown[]) {
		if (!Array.isArray(row) || row.length !== 8) return undefined;
		const [file, size, mtimeMs, title, paragraphCount, shard, slot, invalidEncoding] = row as unknown[];
		const valid =
			typeof file === 'string' &&
			path.isAbsolute(file) &&
			isCount(size) &&
			isTime(mtimeMs) &&
			isText(title) &&
			title !== '' &&
			isCount(paragraphCount) &&
			typeof shard === 'string' &&
			SHARD_NAME.test(shard) &&
			isCount(slot) &&
			slot < SHARD_ARTICLES &&
			(invalidEncoding === null || invalidEncoding === 'UTF-8' || invalidEncoding === 'UTF-16LE' || invalidEncoding === 'UTF-16BE');
		if (!valid) return undefined;
		entries.set(file, {
			path: file,
			size,
			mtimeMs,
			title,
			paragraphCount,
			shard,
			slot,
			invalidEncoding: invalidEncoding ?? undefined,
		});
	}
	return entries;
}

/** The shard file's bytes (see shard-format.ts). */
export function encodeShard(articles: readonly CachedArticle[], into?: Buffer): Buffer {
	return encodeShardBytes(CACHE_VERSION, articles, into);
}

/** Articles by slot; undefined when the shard is not valid (its articles are then read from their files). */
export function decodeShard(bytes: Buffer): CachedArticle[] | undefined {
	const articles = decodeShardBytes(bytes, CACHE_VERSION);
	if (articles === undefined) return undefined;
	for (const article of articles) {
		const packed = packedSource(article.paragraphs) ?? [];
		const valid = isCount(article.size) && isTime(article.mtimeMs) && isText(article.title) && !packed.some(text => packedHasControl(text));
		// The index builder checks the normalised data against its article (and says if it does not fit).
		if (!valid) return undefined;
	}
	return articles;
}

/** Whether a shard row is the data the manifest promised for this file. */
export function matchesEntry(article: CachedArticle, entry: CachedEntry): boolean {
	return (
		article.path === entry.path &&
		article.size === entry.size &&
		article.mtimeMs === entry.mtimeMs &&
		article.title === entry.title &&
		article.paragraphs.length === entry.paragraphCount
	);
}

/** Shard files end in this; `.json` ones are from qari before the binary format, removed like unused ones. */
export const SHARD_EXTENSION = '.shard';

export function isShardFileName(name: string, libraryKey: string): boolean {
	const extension = ['.json', SHARD_EXTENSION].find(ending => name.endsWith(ending));
	return extension !== undefined && name.startsWith(`${libraryKey}-`) && SHARD_NAME.test(name.slice(0, -extension.length));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
