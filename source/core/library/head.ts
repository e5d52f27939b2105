/**
 * A file's title from its first few kilobytes: the list can show 10,000
 * articles after reading 4 KB of each, and the rest is read in the background.
 */
import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs';
import {describeError, warning} from '../articles/messages.js';
import {parseTitle} from '../articles/parse.js';
import {articleFromBytes, formatOf, tooLarge, type FileOutcome} from '../articles/read-file.js';
import {detachedCopy} from '../search/packed-text.js';
import type {LibraryFile} from '../articles/scan.js';

/** Enough for a title and usually the first paragraphs; one read per file. */
export const HEAD_BYTES = 4096;

/**
 * One buffer for every read here (all of them synchronous, so it is never
 * in use twice): 10,000 files read into fresh Buffers would leave tens of megabytes
 * of garbage outside the heap for the collector to notice late.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
const SCRATCH_MAX = 1024 * 1024;

/** Where the title is looked for first. */
const TITLE_BYTES = 1024;

export type FileStamp = {readonly size: number; readonly mtimeMs: number};

export type HeadOutcome =
	/** The whole file was read (it fit in the head, or the head held no title). */
	| {readonly kind: 'whole'; readonly outcome: FileOutcome; readonly stamp?: FileStamp}
	/** Only the head was read: the title, the rest to be read later. */
	| {readonly kind: 'title'; readonly title: string; readonly stamp: FileStamp};

/** Synchronous: see titles.ts for why. */
export function readHead(file: LibraryFile, maxFileBytes: number, headBytes = HEAD_BYTES): HeadOutcome {
	const shown = file.shownPath;
	let bytes: Uint8Array;
	let stamp: FileStamp;
	try {
		const descriptor = openSync(file.absolutePath, 'r');
		try {
			// The descriptor's own stat: the file cannot be swapped between stat and read.
			const stats = fstatSync(descriptor);
			if (!stats.isFile()) return whole({warnings: [warning(`skipped ${shown}: not a regular file`)]});
			if (stats.size > maxFileBytes) return whole({warnings: [tooLarge(shown, stats.size, maxFileBytes)]});
			stamp = {size: stats.size, mtimeMs: stats.mtimeMs};
			// The shared buffer: ten thousand heads would otherwise be ten thousand allocations.
			if (headBytes > scratch.length) scratch = Buffer.allocUnsafe(headBytes);
			const bytesRead = readSync(descriptor, scratch, 0, Math.min(headBytes, Math.max(stats.size, 1)), 0);
			bytes = scratch.subarray(0, bytesRead);
		} finally {
			closeSync(descriptor);
		}
	} catch (error) {
		return whole({warnings: [warning(`skipped unreadable file ${shown} (${describeError(error)})`)]});
	}

	if (bytes.length >= stamp.size) return whole(articleFromBytes(bytes, file, maxFileBytes), stamp);
	// UTF-16 (byte order mark) is left to a whole read; otherwise the same binary rule as decodeFileBytes.
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (!utf16 && bytes.includes(0)) return whole({warnings: [warning(`skipped binary file ${shown}`)]});
	// Most titles are in the first kilobyte: decoding and parsing less is most of this phase's time.
	const title = utf16 ? undefined : (titleOfHead(bytes.subarray(0, TITLE_BYTES), file) ?? titleOfHead(bytes, file));
	if (title !== undefined) return {kind: 'title', title, stamp};
	// A first line longer than the head, or a UTF-16 file: read it all now (rare).
	const read = readWhole(file, maxFileBytes);
	return whole(read.outcome, read.stamp);
}

function whole(outcome: FileOutcome, stamp?: FileStamp): HeadOutcome {
	return stamp === undefined ? {kind: 'whole', outcome} : {kind: 'whole', outcome, stamp};
}

const NEWLINE = 0x0a;

/**
 * The title the whole file would give, from its head cut after the last line
 * break (so no line and no UTF-8 sequence is cut in two). Undefined when the
 * head cannot tell.
 */
function titleOfHead(bytes: Uint8Array, file: LibraryFile): string | undefined {
	const end = bytes.lastIndexOf(NEWLINE);
	if (end < 0) return undefined;
	// Invalid bytes become U+FFFD here too; the warning comes with the whole read.
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, end + 1).toString('utf8');
	const title = parseTitle(text, formatOf(file));
	// Not a slice of the head's text, which it would keep alive until the article loads.
	return title === undefined ? undefined : detachedCopy(title);
}

/** The whole file, with the size and mtime of what was read (the cache's key). */
export function readWhole(file: LibraryFile, maxFileBytes: number): {outcome: FileOutcome; stamp?: FileStamp} {
	const shown = file.shownPath;
	try {
		const descriptor = openSync(file.absolutePath, 'r');
		try {
			const stats = fstatSync(descriptor);
			if (!stats.isFile()) return {outcome: {warnings: [warning(`skipped ${shown}: not a regular file`)]}};
			if (stats.size > maxFileBytes) return {outcome: {warnings: [tooLarge(shown, stats.size, maxFileBytes)]}};
			const outcome = articleFromBytes(readAll(descriptor, stats.size), file, maxFileBytes);
			return {outcome, stamp: {size: stats.size, mtimeMs: stats.mtimeMs}};
		} finally {
			closeSync(descriptor);
		}
	} catch (error) {
		return {outcome: {warnings: [warning(`skipped unreadable file ${shown} (${describeError(error)})`)]}};
	}
}


/** The file's bytes, a view into the scratch buffer valid until the next call. */
function readAll(descriptor: number, size: number): Uint8Array {
	// One byte more than the size: a file that grew since fstat is read whole the ordinary way.
	// A rare big file gets its own buffer rather than growing the shared one for good.
	if (size + 1 > SCRATCH_MAX) return readFileSync(descriptor);
	if (size + 1 > scratch.length) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX, Math.max(size + 1, scratch.length * 2)));
	let length = 0;
	for (;;) {
		const count = readSync(descriptor, scratch, length, size + 1 - length, length);
		if (count === 0) return scratch.subarray(0, length);
		length += count;
		if (length > size) return readFileSync(descriptor);
	}
}
