/**
 * CRC-32 (IEEE, as zlib, gzip and PNG compute it) of the cache's files. It is
 * there to catch damage, not forgery: it detects every change of up to 32
 * consecutive bits (so any single byte overwritten, or two neighbouring bytes
 * swapped, like harakat moved), and others all but always. zlib's is native
 * (Node ≥ 20.15, ~3.5 GB/s); older Nodes get the same numbers from a table
 * here, about ten times slower, so one cache serves both.
 */
import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array) => number;

const TABLE = (() => {
	const table = new Int32Array(256);
	for (let byte = 0; byte < 256; byte++) {
		let value = byte;
		for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xed_b8_83_20 ^ (value >>> 1) : value >>> 1;
		table[byte] = value;
	}
	return table;
})();

/** The table-driven CRC-32, for Nodes without zlib.crc32 (exported to test it against zlib's). */
export function crc32Portable(data: Uint8Array): number {
	let crc = -1;
	for (let index = 0; index < data.length; index++) crc = TABLE[(crc ^ data[index]!) & 0xff]! ^ (crc >>> 8);
	return (crc ^ -1) >>> 0;
}

// A namespace import: a named import of a function this Node lacks would fail to link.
const native = (zlib as {crc32?: Crc32}).crc32;

/** The CRC-32 of `data`, an unsigned 32-bit number. */
export const crc32: Crc32 = typeof native === 'function' ? data => native(data) : crc32Portable;
