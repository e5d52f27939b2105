import {bidiClassAt, mirrorOf, resolveLevels} from './bidi.js';
import {breakOpportunities} from './breaking.js';
import {graphemeBoundaries} from './graphemes.js';
import {shapeArabic} from './shaping.js';
import type {BaseDirection, BidiMode} from './types.js';
import {clusterWidth} from './width.js';

/**
 * One grapheme cluster of a paragraph, with everything the width-dependent
 * steps need. Computed once per paragraph and option set, then reused for
 * every width the paragraph is laid out at.
 */
export type Cluster = {
	/** Logical UTF-16 range in the paragraph. */
	readonly start: number;
	readonly end: number;
	/** End of the logical text this cluster draws: past `end` when it draws a lam-alef ligature. */
	readonly drawnEnd: number;
	/** A letter or digit: cutting between two of these splits a word. */
	readonly wordCharacter: boolean;
	/** What to draw: shaped and mirrored in app mode, without invisible controls. */
	readonly text: string;
	readonly width: number;
	readonly level: number;
	readonly bidiClass: string;
	readonly space: boolean;
};

export type PreparedParagraph = {
	readonly text: string;
	readonly direction: 'rtl' | 'ltr';
	readonly paragraphLevel: number;
	readonly clusters: readonly Cluster[];
	/** UAX #14 opportunities after each cluster, found on first need (see breaking.ts). */
	readonly breakOpportunities: () => readonly boolean[];
};

export type PrepareOptions = {
	readonly bidi: BidiMode;
	readonly shape: boolean;
	readonly direction: BaseDirection;
};

/**
 * Characters that steer layout but must not reach the terminal: bidi embeddings,
 * overrides, isolates and marks (honoured through the levels, then dropped),
 * ZWNJ/ZWJ (honoured by shaping), zero-width space, and any control character that slipped past the
 * loader (text is untrusted).
 */
const invisibleControls = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const invisibleControlsGlobal = new RegExp(invisibleControls.source, 'g');
const pictographic = /\p{Extended_Pictographic}/u;
const wordCharacter = /^[\p{L}\p{N}]/u;

export function prepareParagraph(text: string, options: PrepareOptions): PreparedParagraph {
	const {paragraphLevel, levels} = resolveLevels(text, options.direction);
	const boundaries = graphemeBoundaries(text);
	const reorder = options.bidi === 'app';
	const shaped = reorder && options.shape ? shapeArabic(text) : undefined;
	const displays: string[] = [];
	const drawnEnds = boundaries.slice(1);
	for (let index = 0; index + 1 < boundaries.length; index++) {
		const start = boundaries[index]!;
		const end = boundaries[index + 1]!;
		if (shaped && shaped[start] === '' && index > 0) {
			// The alef of a lam-alef ligature: its marks move onto the ligature drawn
			// by the lam's cluster, or they would be drawn on the wrong side of it.
			displays[index - 1] += joinUnits(shaped, start + 1, end);
			drawnEnds[index - 1] = end;
			displays.push('');
			continue;
		}

		displays.push(shaped ? joinUnits(shaped, start, end) : text.slice(start, end));
	}

	const clusters: Cluster[] = displays.map((shapedText, index) => {
		const start = boundaries[index]!;
		const level = levels[start] ?? paragraphLevel;
		const bidiClass = bidiClassAt(text, start);
		const display = stripInvisible(reorder && level % 2 === 1 ? mirrorFirst(shapedText) : shapedText);
		return {
			start,
			end: boundaries[index + 1]!,
			drawnEnd: drawnEnds[index]!,
			wordCharacter: isWordCharacter(text, start),
			text: display,
			width: display === '' ? 0 : clusterWidth(display),
			level,
			bidiClass,
			space: bidiClass === 'WS' || display === '',
		};
	});

	let opportunities: boolean[] | undefined;
	return {
		text,
		direction: paragraphLevel % 2 === 1 ? 'rtl' : 'ltr',
		paragraphLevel,
		clusters,
		breakOpportunities: () => (opportunities ??= breakOpportunities(text, boundaries)),
	};
}

/** Rule L4: a mirrored character (bracket, guillemet, …) at an odd level shows its mirror. */
function mirrorFirst(cluster: string): string {
	if (cluster === '') {
		return cluster; // The second letter of a ligature.
	}

	const code = cluster.codePointAt(0)!;
	if (code >= 0x0590 && code < 0x0900) {
		return cluster; // Hebrew and Arabic letters, the bulk of RTL text, never mirror.
	}

	const first = String.fromCodePoint(code);
	const mirrored = mirrorOf(first);
	return mirrored === undefined ? cluster : mirrored + cluster.slice(first.length);
}

function stripInvisible(cluster: string): string {
	if (!invisibleControls.test(cluster)) {
		return cluster;
	}

	// ZWJ is kept only where it glues an emoji sequence; next to letters it was a shaping hint.
	const keepJoiner = cluster.includes('\u200D') && pictographic.test(cluster);
	return cluster.replace(invisibleControlsGlobal, character => (keepJoiner && character === '\u200D' ? character : ''));
}

function joinUnits(units: readonly string[], start: number, end: number): string {
	let joined = '';
	for (let index = start; index < end; index++) {
		joined += units[index]!;
	}

	return joined;
}

function isWordCharacter(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 0x80) {
		return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A);
	}

	if ((code >= 0x0621 && code <= 0x064A) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x0671 && code <= 0x06D3)) {
		return true; // Arabic letters and digits.
	}

	return wordCharacter.test(text.slice(index, index + 2));
}
