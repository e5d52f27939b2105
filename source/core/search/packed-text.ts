/**
 * Paragraphs kept one byte per character. A paragraph of Arabic is a two-byte
 * string in V8: 100,000 paragraphs held 62 MB, the largest single part of a
 * loaded library. Swapping the Arabic letters, harakat, digits and common
 * punctuation with units of the upper Latin-1 half (C1 controls, which
 * sanitised text never holds, then accented Latin letters) makes most
 * paragraphs one-byte strings: half the memory. The swap is its own inverse
 * (`packText` packs and unpacks) and keeps every UTF-16 unit in place, so
 * offsets into a packed text are offsets into the original.
 *
 * `packedParagraphs` wraps packed texts in a read-only array that unpacks each
 * paragraph when it is read: code that reads `article.paragraphs[i]`,
 * `.length`, iterates or spreads it sees the original text.
 */

function range(from: number, to: number): number[] {
	return Array.from({length: to - from + 1}, (_, index) => from + index);
}

/** What news text is mostly made of beyond ASCII, most frequent first (the first ones get C1 places). */
const WANTED = [
	...range(0x0621, 0x0652), 0x0670, ...range(0x0660, 0x066D), 0x060C, 0x061B, 0x061F,
	0x067E, 0x0686, 0x0698, 0x06A4, 0x06AF, 0x06A9, 0x06CC, 0x200C, 0x200D, 0x200E, 0x200F,
	0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
];

/** C1 controls first (sanitised text never holds them), then Latin-1 letters (rare in Arabic news). */
const PLACES = [...range(0x80, 0x9F), ...range(0xC0, 0xFF).filter(unit => unit !== 0xD7 && unit !== 0xF7)];

const SWAP = (() => {
	const swap = new Uint16Array(0x10000);
	for (let unit = 0; unit < swap.length; unit++) swap[unit] = unit;
	for (const [position, unit] of WANTED.entries()) {
		const place = PLACES[position]!;
		swap[unit] = place;
		swap[place] = unit;
	}
	return swap;
})();

// Scratch for one text at a time (everything here is synchronous).
let wide = new Uint16Array(4096);
let wideBytes = Buffer.from(wide.buffer);
let narrow = Buffer.allocUnsafe(4096);

/** The packed form of `text`, or (the same swap) the original of a packed text. */
export function packText(text: string): string {
	const length = text.length;
	if (length > wide.length) {
		wide = new Uint16Array(Math.max(length, wide.length * 2));
		wideBytes = Buffer.from(wide.buffer);
		narrow = Buffer.allocUnsafe(wide.length);
	}
	let highest = 0;
	for (let index = 0; index < length; index++) {
		const unit = SWAP[text.charCodeAt(index)]!;
		wide[index] = unit;
		highest |= unit;
	}
	if (highest > 0xFF) return wideBytes.toString('utf16le', 0, length * 2);
	for (let index = 0; index < length; index++) narrow[index] = wide[index]!;
	return narrow.toString('latin1', 0, length);
}

/**
 * A copy of `text` that keeps no larger string alive. A title parsed from a
 * file is a slice of the file's whole text, and V8 keeps that whole text for
 * as long as the slice lives: 10,000 titles held 62 MB of file texts.
 */
export function detachedCopy(text: string): string {
	return text.length === 0 ? '' : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Whether the original of a packed text holds a C0 or C1 control or DEL (text that was not sanitised). */
export function packedHasControl(packed: string): boolean {
	for (let index = 0; index < packed.length; index++) {
		const unit = SWAP[packed.charCodeAt(index)]!;
		if (unit < 0x20 || (unit >= 0x7F && unit <= 0x9F)) return true;
	}
	return false;
}

/** Packed sources of the arrays made by packedParagraphs. */
const sources = new WeakMap<object, readonly string[]>();

function indexOf(property: string | symbol): number | undefined {
	if (typeof property !== 'string' || property.length === 0) return undefined;
	const first = property.charCodeAt(0);
	if (first < 0x30 || first > 0x39) return undefined;
	const index = Number(property);
	return Number.isSafeInteger(index) && String(index) === property ? index : undefined;
}

const handler: ProxyHandler<string[]> = {
	get(target, property, receiver) {
		const index = indexOf(property);
		if (index === undefined) return Reflect.get(target, property, receiver) as unknown;
		const packed = target[index];
		return packed === undefined ? undefined : packText(packed);
	},
	getOwnPropertyDescriptor(target, property) {
		const descriptor = Reflect.getOwnPropertyDescriptor(target, property);
		const index = indexOf(property);
		if (descriptor === undefined || index === undefined) return descriptor;
		return {...descriptor, value: packText(target[index]!)};
	},
	set: () => false,
	defineProperty: () => false,
	deleteProperty: () => false,
};

/** A read-only array whose elements are the originals of `packed` (which it keeps, not copies). */
export function packedParagraphs(packed: string[]): readonly string[] {
	const paragraphs = new Proxy(packed, handler);
	sources.set(paragraphs, packed);
	return paragraphs;
}

/** The packed texts behind an array made by packedParagraphs; undefined for any other array. */
export function packedSource(paragraphs: readonly string[]): readonly string[] | undefined {
	return sources.get(paragraphs);
}
