import {isUtf8} from 'node:buffer';

/**
 * File bytes → text. Articles are UTF-8; UTF-16 with a byte order mark (what
 * Windows Notepad calls "Unicode") is accepted too, because otherwise its NUL
 * bytes would get it rejected as binary.
 */

export type DecodedFile =
	| {readonly kind: 'text'; readonly text: string; readonly encoding: TextEncoding; readonly invalid: boolean}
	| {readonly kind: 'binary'};

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * `invalid`: the bytes were not valid in their encoding; each bad sequence was
 * replaced with U+FFFD. A leading byte order mark is removed.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
	const encoding = utf16Encoding(bytes);
	if (encoding === undefined && bytes.includes(0)) return {kind: 'binary'};
	// The common case, valid UTF-8: Node's native check and decoder are many times
	// faster than a fatal TextDecoder (553 ms for 10,000 files against tens).
	if (encoding === undefined && isUtf8(bytes)) {
		const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
		// TextDecoder drops a byte order mark; so must this.
		return {kind: 'text', text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'utf-8', invalid: false};
	}
	const chosen = encoding ?? 'utf-8';
	let text: string;
	let invalid = false;
	try {
		text = new TextDecoder(chosen, {fatal: true}).decode(bytes);
	} catch {
		text = new TextDecoder(chosen).decode(bytes);
		invalid = true;
	}
	// A binary file that merely starts like a UTF-16 byte order mark.
	if (encoding !== undefined && text.includes('\0')) return {kind: 'binary'};
	return {kind: 'text', text, encoding: chosen, invalid};
}

function utf16Encoding(bytes: Uint8Array): TextEncoding | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}
