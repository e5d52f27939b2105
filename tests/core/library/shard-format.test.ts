import * as zlib from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {crc32, crc32Portable} from '../../../source/core/library/cache/checksum.js';
import {decodeShard, encodeShard, type CachedArticle} from '../../../source/core/library/cache/format.js';
import {decodeShardBytes, encodeShardBytes, sealShardBytes, SHARD_CHECKSUM_AT} from '../../../source/core/library/cache/shard-format.js';
import {normalizeArticle} from '../../../source/core/search/index.js';
import {packText} from '../../../source/core/search/packed-text.js';

const article = (path: string, title: string, paragraphs: string[]): CachedArticle => ({
	path,
	size: 1234,
	mtimeMs: 1_700_000_000_123.5,
	title,
	paragraphs,
	normalized: normalizeArticle({id: path, path, title, paragraphs}),
});

const articles = [
	article('/news/2024/خبر.txt', 'خَبَرٌ عاجل', ['فِي بَغْدَادَ يوم ٢٥ حزيران', 'Reuters — "quoted" text…', '']),
	// A key beyond Latin-1 (CJK is kept by folding), stored as UTF-16.
	article('/news/zh.md', '中文 title', ['漢字 and 😀 emoji']),
];

describe('binary shard format', () => {
	it('gives back exactly the articles written, Latin-1 and UTF-16 keys alike', () => {
		const bytes = encodeShard(articles);
		expect(decodeShard(bytes)).toEqual(articles);
		expect(articles[1]!.normalized.keys.some(key => [...key].some(character => character.charCodeAt(0) > 0xff))).toBe(true);
	});

	it('encodes into a reused buffer exactly as into a new one, whatever it held', () => {
		const fresh = encodeShardBytes('v1', articles);
		const dirty = Buffer.alloc(fresh.length + 100, 0xAB);
		const reused = encodeShardBytes('v1', articles, dirty);
		expect(reused.buffer).toBe(dirty.buffer);
		expect(Buffer.compare(reused, fresh)).toBe(0);
		// Too small: a new buffer.
		expect(encodeShardBytes('v1', articles, Buffer.alloc(10)).length).toBe(fresh.length);
	});

	it('stores packed Arabic keys one byte per character', () => {
		const [first] = articles;
		const bytes = encodeShardBytes('v', [first!]);
		for (const key of first!.normalized.keys.filter(key => key !== '')) {
			expect(bytes.includes(Buffer.from(key, 'latin1'))).toBe(true);
			expect(bytes.includes(Buffer.from(key, 'utf16le'))).toBe(false);
		}
	});

	it('rejects every truncation, trailing bytes, another version and a wrong magic', () => {
		const bytes = encodeShardBytes('v1', articles);
		for (let length = 0; length < bytes.length; length++) {
			expect(decodeShardBytes(bytes.subarray(0, length), 'v1')).toBeUndefined();
		}
		expect(decodeShardBytes(Buffer.concat([bytes, Buffer.from([0])]), 'v1')).toBeUndefined();
		expect(decodeShardBytes(bytes, 'v2')).toBeUndefined();
		const magic = Buffer.from(bytes);
		magic[0] = 0x58;
		expect(decodeShardBytes(magic, 'v1')).toBeUndefined();
		expect(decodeShardBytes(Buffer.from('{"version":1}'), 'v1')).toBeUndefined();
	});

	it('detects every single byte flipped, anywhere in the shard', () => {
		const bytes = encodeShardBytes('v1', articles);
		expect(decodeShardBytes(bytes, 'v1')).toBeDefined();
		for (let at = 0; at < bytes.length; at++) {
			for (const mask of [0xff, 0x01, 0x80]) {
				const changed = Buffer.from(bytes);
				changed[at] = changed[at]! ^ mask;
				expect(decodeShardBytes(changed, 'v1'), `byte ${at} ^ ${mask}`).toBeUndefined();
			}
		}
	});

	it('detects any byte of a paragraph overwritten, and harakat moved', () => {
		const vowelled = article('/v.txt', 'عنوان', ['قَالَ الرَّئِيسُ فِي بَغْدَادَ', 'second paragraph']);
		const bytes = encodeShard([vowelled]);
		expect(decodeShard(bytes)).toEqual([vowelled]);
		// Packed, an Arabic paragraph is one byte a character (search/packed-text.ts).
		const paragraph = Buffer.from(packText(vowelled.paragraphs[0]!), 'latin1');
		const start = bytes.indexOf(paragraph);
		expect(start).toBeGreaterThan(0);
		for (let at = start; at < start + paragraph.length; at++) {
			for (let value = 0; value < 256; value++) {
				if (value === bytes[at]) continue;
				const changed = Buffer.from(bytes);
				changed[at] = value;
				expect(decodeShard(changed), `byte ${at - start} set to ${value}`).toBeUndefined();
			}
		}
		// Each haraka swapped with the letter before it: the same bytes, the same length.
		const text = vowelled.paragraphs[0]!;
		let swaps = 0;
		for (let index = 1; index < text.length; index++) {
			if (!/[\u064b-\u0652]/.test(text[index]!) || /[\u064b-\u0652]/.test(text[index - 1]!)) continue;
			const changed = Buffer.from(bytes);
			[changed[start + index - 1], changed[start + index]] = [bytes[start + index]!, bytes[start + index - 1]!];
			expect(decodeShard(changed)).toBeUndefined();
			swaps++;
		}
		expect(swaps).toBeGreaterThan(5);
	});

	it('still rejects impossible counts and key kinds, without throwing, when the checksum fits them', () => {
		const bytes = encodeShardBytes('v1', articles);
		// The article count, just after the magic, the checksum and the version.
		const countAt = 8 + 4 + 4 + 2;
		for (const count of [0xffffffff, 3, 1]) {
			const changed = Buffer.from(bytes);
			changed.writeUInt32LE(count, countAt);
			expect(decodeShardBytes(changed, 'v1')).toBeUndefined();
			expect(decodeShardBytes(sealShardBytes(changed), 'v1')).toBeUndefined();
		}
		// Every single byte of the payload flipped and the checksum made to fit: undefined or a shard, never an exception.
		for (let at = SHARD_CHECKSUM_AT + 4; at < bytes.length; at++) {
			const changed = Buffer.from(bytes);
			changed[at] = changed[at]! ^ 0xff;
			expect(() => decodeShardBytes(sealShardBytes(changed), 'v1')).not.toThrow();
		}
	});

	it('rejects text with control characters (a shard not written by qari), even with a checksum that fits', () => {
		const bytes = encodeShard([article('/a.txt', 'Title', ['body 0'])]);
		const at = bytes.indexOf('body 0');
		bytes[at + 4] = 0x1b;
		expect(decodeShard(bytes)).toBeUndefined();
		expect(decodeShard(sealShardBytes(bytes))).toBeUndefined();
		bytes[at + 4] = '0'.charCodeAt(0);
		expect(decodeShard(sealShardBytes(bytes))).toBeDefined();
	});
});

describe('the cache checksum', () => {
	it('is the standard CRC-32, natively and from the table alike', () => {
		const check = Buffer.from('123456789');
		expect(crc32(check)).toBe(0xcbf43926);
		expect(crc32Portable(check)).toBe(0xcbf43926);
		expect(crc32Portable(new Uint8Array())).toBe(0);
		const shard = encodeShardBytes('v1', articles);
		expect(crc32Portable(shard)).toBe(crc32(shard));
		// zlib's own where this Node has it (≥ 20.15), so that is what the line above compared with.
		const native = (zlib as {crc32?: (data: Uint8Array) => number}).crc32;
		if (native !== undefined) expect(native(shard)).toBe(crc32(shard));
	});
});
