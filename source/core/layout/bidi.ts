import bidiFactory from 'bidi-js';

/**
 * UAX #9 on top of bidi-js. bidi-js resolves the embedding levels (rules P–I,
 * verified against BidiCharacterTest.txt); the per-line rules L1–L2 are done
 * here because bidi-js works on UTF-16 code units, while qari reorders whole
 * grapheme clusters so combining marks stay after their base letter (L3).
 */
const bidi = bidiFactory();

export type ResolvedLevels = {
	/** 0 for a left-to-right paragraph, 1 for right-to-left. */
	readonly paragraphLevel: number;
	/** Embedding level of every UTF-16 code unit of the text. */
	readonly levels: Uint8Array;
};

export type Direction = 'auto' | 'rtl' | 'ltr';

export function resolveLevels(text: string, direction: Direction): ResolvedLevels {
	const result = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
	const paragraphLevel = result.paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0);
	return {paragraphLevel, levels: result.levels};
}

/** The Bidi_Class name of the character starting at `text[index]`, e.g. `AL`, `WS`, `NSM`. */
export function bidiClassAt(text: string, index: number): string {
	const code = text.codePointAt(index) ?? 0;
	return bidi.getBidiCharTypeName(String.fromCodePoint(code));
}

/** The mirrored counterpart of a character (rule L4), if it has one. */
export function mirrorOf(character: string): string | undefined {
	return bidi.getMirroredCharacter(character) ?? undefined;
}

/** Classes removed by rule X9: they take no part in reordering and are not displayed. */
const removedByX9 = new Set(['LRE', 'RLE', 'LRO', 'RLO', 'PDF', 'BN']);
/** Classes that rule L1 resets to the paragraph level when they trail a line or a separator. */
const trailingResettable = new Set(['WS', 'FSI', 'LRI', 'RLI', 'PDI']);

export function isRemovedByX9(bidiClass: string): boolean {
	return removedByX9.has(bidiClass);
}

/**
 * Rules L1 and L2 for one line of units (characters or grapheme clusters) given
 * in logical order with their resolved levels and Bidi_Class. Returns the
 * indices of the units in visual order, left to right; units removed by X9
 * are left out.
 */
export function visualOrder(
	levels: ArrayLike<number>,
	classes: readonly string[],
	paragraphLevel: number,
): number[] {
	const kept: number[] = [];
	for (let index = 0; index < classes.length; index++) {
		if (!removedByX9.has(classes[index]!)) {
			kept.push(index);
		}
	}

	const lineLevels = kept.map(index => levels[index]!);
	applyRuleL1(lineLevels, kept.map(index => classes[index]!), paragraphLevel);
	return reverseByLevels(kept, lineLevels);
}

/** L1: separators, and whitespace/isolates before a separator or at the line end, go to the paragraph level. */
function applyRuleL1(levels: number[], classes: readonly string[], paragraphLevel: number): void {
	let trailing = true; // Walking backwards: still inside a trailing run?
	for (let index = classes.length - 1; index >= 0; index--) {
		const bidiClass = classes[index]!;
		if (bidiClass === 'S' || bidiClass === 'B') {
			levels[index] = paragraphLevel;
			trailing = true;
		} else if (trailing && trailingResettable.has(bidiClass)) {
			levels[index] = paragraphLevel;
		} else {
			trailing = false;
		}
	}
}

/** L2: from the highest level down to the lowest odd level, reverse every run at or above it. */
function reverseByLevels<T>(items: T[], levels: number[]): T[] {
	if (levels.length === 0) {
		return items;
	}

	let highest = 0;
	let lowestOdd = Number.POSITIVE_INFINITY;
	for (const level of levels) {
		highest = Math.max(highest, level);
		if (level % 2 === 1) {
			lowestOdd = Math.min(lowestOdd, level);
		}
	}

	const order = [...items];
	const orderLevels = [...levels];
	for (let level = highest; level >= lowestOdd; level--) {
		let index = 0;
		while (index < order.length) {
			if (orderLevels[index]! < level) {
				index++;
				continue;
			}

			let end = index;
			while (end < order.length && orderLevels[end]! >= level) {
				end++;
			}

			reverseRange(order, index, end);
			reverseRange(orderLevels, index, end);
			index = end;
		}
	}

	return order;
}

function reverseRange<T>(array: T[], start: number, end: number): void {
	for (let left = start, right = end - 1; left < right; left++, right--) {
		const swap = array[left]!;
		array[left] = array[right]!;
		array[right] = swap;
	}
}
