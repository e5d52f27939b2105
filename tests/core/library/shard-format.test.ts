import {describe, expect, it} from 'vitest';
import {decodeShard, encodeShard, type CachedArticle} from '../../../source/core/library/cache/format.js';
import {decodeShardBytes, encodeShardBytes} from '../../../source/core/library/cache/shard-format.js';
import {normalizeArticle} from '../../../source/core/search/index.js';

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

	it('rejects impossible counts and key kinds without throwing', () => {
		const bytes = encodeShardBytes('v1', articles);
		// The article count, just after the magic and the version.
		const countAt = 8 + 4 + 2;
		for (const count of [0xffffffff, 3, 1]) {
			const changed = Buffer.from(bytes);
			changed.writeUInt32LE(count, countAt);
			expect(decodeShardBytes(changed, 'v1')).toBeUndefined();
		}
		// Every single byte flipped: undefined or a shard, never an exception.
		for (let at = 0; at < bytes.length; at++) {
			const changed = Buffer.from(bytes);
			changed[at] = changed[at]! ^ 0xff;
			expect(() => decodeShardBytes(changed, 'v1')).not.toThrow();
		}
	});

	it('rejects text with control characters (a shard not written by qari)', () => {
		const bytes = encodeShard([article('/a.txt', 'Title', ['body 0'])]);
		const at = bytes.indexOf('body 0');
		bytes[at + 4] = 0x1b;
		expect(decodeShard(bytes)).toBeUndefined();
	});
});
