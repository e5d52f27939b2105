/**
 * The binary form of a cache shard: paragraphs and search data of up to
 * SHARD_ARTICLES articles. JSON made every warm start decode 120 MB of text
 * into two-byte strings, parse it into throwaway arrays and leave it all as
 * garbage (the larger part of the resident memory once indexed); here each
 * string is made straight from its bytes, and texts and keys are stored
 * packed (search/packed.ts, search/packed-text.ts), as Latin-1 when they fit:
 * a paragraph comes back as the one-byte string the library keeps, and
 * nothing else is allocated per unit.
 *
 * Layout, little-endian: the magic `QARISHRD`, the CRC-32 of every byte after
 * it (u32, checksum.ts), the version (u32 length + UTF-8), the article count
 * (u32), then per article: path (string), size and mtime (f64 each), unit
 * count (u32: the title, then each paragraph), and per unit its packed text
 * and its key (each a packed string: u8 kind, 0 Latin-1 or 1 UTF-16LE; u32
 * length in bytes; the bytes). A string is a u32 byte length and UTF-8.
 *
 * Everything is checked when read: a truncated or corrupt shard, or one of
 * another version, decodes to undefined, never to a crash or to text that was
 * not there. The checksum catches bytes overwritten in place, which would
 * otherwise decode to other text of the same length (a haraka moved, a letter
 * changed); the bounds checks still guard against a shard whose checksum fits.
 */
import {packedParagraphs, packedSource, packText} from '../../search/packed-text.js';
import {crc32} from './checksum.js';
import type {CachedArticle} from './format.js';

const MAGIC = 'QARISHRD';
/** Where the checksum is, and where the bytes it covers begin. */
export const SHARD_CHECKSUM_AT = MAGIC.length;
const PAYLOAD_AT = SHARD_CHECKSUM_AT + 4;
const LATIN1 = 0;
const UTF16 = 1;

/** Whether every unit of `text` is below 0x100 (a packed key of Arabic, digits and ASCII is). */
function isLatin1(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		if (text.charCodeAt(index) > 0xff) return false;
	}
	return true;
}

/**
 * The shard's bytes; written into `into` when it is large enough (the cache
 * writes shards one at a time through one buffer: 200 shards of 0.4 MB each
 * otherwise leave that much churn in the C allocator, which keeps it).
 */
export function encodeShardBytes(version: string, articles: readonly CachedArticle[], into?: Buffer): Buffer {
	// Sizes first, so the shard is one allocation.
	const packedSize = (text: string): number => 1 + 4 + (isLatin1(text) ? text.length : text.length * 2);
	const packedUnits = articles.map(article => [packText(article.title), ...(packedSource(article.paragraphs) ?? article.paragraphs.map(packText))]);
	let total = PAYLOAD_AT + 4 + Buffer.byteLength(version) + 4;
	for (const [position, article] of articles.entries()) {
		total += 4 + Buffer.byteLength(article.path) + 8 + 8 + 4;
		for (const [unit, text] of packedUnits[position]!.entries()) {
			total += packedSize(text) + packedSize(article.normalized.keys[unit] ?? '');
		}
	}

	const bytes = into !== undefined && into.length >= total ? into.subarray(0, total) : Buffer.alloc(total);
	bytes.write(MAGIC, 0, 'latin1');
	let at = PAYLOAD_AT;
	const string = (text: string): void => {
		const length = bytes.write(text, at + 4, 'utf8');
		bytes.writeUInt32LE(length, at);
		at += 4 + length;
	};

	const packed = (text: string): void => {
		const latin1 = isLatin1(text);
		at = bytes.writeUInt8(latin1 ? LATIN1 : UTF16, at);
		const length = bytes.write(text, at + 4, latin1 ? 'latin1' : 'utf16le');
		bytes.writeUInt32LE(length, at);
		at += 4 + length;
	};

	string(version);
	at = bytes.writeUInt32LE(articles.length, at);
	for (const [position, article] of articles.entries()) {
		string(article.path);
		at = bytes.writeDoubleLE(article.size, at);
		at = bytes.writeDoubleLE(article.mtimeMs, at);
		const units = packedUnits[position]!;
		at = bytes.writeUInt32LE(units.length, at);
		for (const [unit, text] of units.entries()) {
			packed(text);
			packed(article.normalized.keys[unit] ?? '');
		}
	}

	// Every byte is written (a reused buffer holds no stale ones) exactly when the sizes above are right.
	if (at !== total) throw new Error(`shard encoding wrote ${at} bytes of ${total}`);
	return sealShardBytes(bytes);
}

/** Writes the checksum of the shard's payload into its header (done last when encoding). */
export function sealShardBytes(bytes: Buffer): Buffer {
	bytes.writeUInt32LE(crc32(bytes.subarray(PAYLOAD_AT)), SHARD_CHECKSUM_AT);
	return bytes;
}

/** Thrown inside decoding when the bytes end early or hold an impossible value. */
class Corrupt extends Error {}

class Reader {
	at = 0;
	constructor(readonly bytes: Buffer) {}

	#need(count: number): number {
		const start = this.at;
		if (!Number.isSafeInteger(count) || count < 0 || start + count > this.bytes.length) throw new Corrupt();
		this.at += count;
		return start;
	}

	u8(): number {
		return this.bytes[this.#need(1)]!;
	}

	u32(): number {
		return this.bytes.readUInt32LE(this.#need(4));
	}

	f64(): number {
		return this.bytes.readDoubleLE(this.#need(8));
	}

	string(): string {
		const length = this.u32();
		const start = this.#need(length);
		return this.bytes.toString('utf8', start, start + length);
	}

	packed(): string {
		const kind = this.u8();
		const length = this.u32();
		if (kind !== LATIN1 && !(kind === UTF16 && length % 2 === 0)) throw new Corrupt();
		const start = this.#need(length);
		return this.bytes.toString(kind === LATIN1 ? 'latin1' : 'utf16le', start, start + length);
	}
}

/**
 * The articles of a shard, or undefined when the bytes are not a whole shard of
 * `version`. Paragraphs stay packed behind packedParagraphs; texts are not
 * checked here (format.ts does).
 */
export function decodeShardBytes(bytes: Buffer, version: string): CachedArticle[] | undefined {
	try {
		const reader = new Reader(bytes);
		if (bytes.length < PAYLOAD_AT || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
		// One pass over the bytes (~0.1 ms for a shard of 48 articles), before any is believed.
		if (bytes.readUInt32LE(SHARD_CHECKSUM_AT) !== crc32(bytes.subarray(PAYLOAD_AT))) return undefined;
		reader.at = PAYLOAD_AT;
		if (reader.string() !== version) return undefined;
		const count = reader.u32();
		const articles: CachedArticle[] = [];
		for (let article = 0; article < count; article++) {
			const path = reader.string();
			const size = reader.f64();
			const mtimeMs = reader.f64();
			const units = reader.u32();
			// Every unit takes at least 10 bytes: a count this large cannot be real.
			if (units < 1 || units * 10 > bytes.length - reader.at) return undefined;
			const texts: string[] = [];
			const keys: string[] = [];
			for (let unit = 0; unit < units; unit++) {
				texts.push(reader.packed());
				keys.push(reader.packed());
			}
			const [title = '', ...paragraphs] = texts;
			articles.push({path, size, mtimeMs, title: packText(title), paragraphs: packedParagraphs(paragraphs), normalized: {keys}});
		}
		return reader.at === bytes.length ? articles : undefined;
	} catch (error) {
		if (error instanceof Corrupt || error instanceof RangeError) return undefined;
		throw error;
	}
}
