/**
 * Keys typed with an Arabic keyboard layout active, read as the Latin key at the
 * same position, so j/k/b/n/q… keep working without switching layouts.
 *
 * Source: the standard Arabic PC layout as X11 defines it, xkeyboard-config's
 * `symbols/ara`, section `basic` (xkb-data 2.35.1, Debian), levels 1 and 2,
 * which is the Windows "Arabic (101)" layout (KBDA1) with two differences that
 * are both covered here:
 * - lam-alef keys: xkb types one presentation-form ligature (U+FEFB ﻻ on B,
 *   U+FEF7 ﻷ on Shift+G, U+FEF5 ﻵ on Shift+B, U+FEF9 ﻹ on Shift+T); Windows
 *   types two code points (ل + ا/أ/آ/إ). Both are mapped.
 * - Shift+U: xkb types ` (ASCII, needs no mapping), Windows ‘ (U+2018).
 * Also mapped: the digit row of `ara(digits)` (١…٠ and Shift+5 ٪), which swaps
 * in Eastern Arabic digits. Keys whose level holds ASCII on the Arabic layout
 * (Shift+D `]`, Shift+L `/`, Shift+; `:`, the Latin digits…) arrive as that
 * character and are not mapped: it is what the user typed. AltGr levels are
 * not mapped (they have no Latin counterpart).
 *
 * Never apply this while text is being typed (search, filter, note, jump
 * input): there Arabic letters are text.
 */

/** Arabic layout character(s) → the US QWERTY key at the same position (with the same Shift state). */
const arabicToLatin: ReadonlyArray<readonly [arabic: string, latin: string]> = [
	// Row E (digits): ` and the ara(digits) variant.
	['\u0630', '`'], // ذ
	['\u0651', '~'], // shadda
	['\u0661', '1'], ['\u0662', '2'], ['\u0663', '3'], ['\u0664', '4'], ['\u0665', '5'],
	['\u0666', '6'], ['\u0667', '7'], ['\u0668', '8'], ['\u0669', '9'], ['\u0660', '0'],
	['\u066A', '%'], // ٪ (Shift+5 in ara(digits))
	// Row D: q … ].
	['\u0636', 'q'], ['\u064E', 'Q'], // ض, fatha
	['\u0635', 'w'], ['\u064B', 'W'], // ص, fathatan
	['\u062B', 'e'], ['\u064F', 'E'], // ث, damma
	['\u0642', 'r'], ['\u064C', 'R'], // ق, dammatan
	['\u0641', 't'], ['\uFEF9', 'T'], ['\u0644\u0625', 'T'], // ف, lam-alef with hamza below
	['\u063A', 'y'], ['\u0625', 'Y'], // غ, إ
	['\u0639', 'u'], ['\u2018', 'U'], // ع, ‘ (Windows)
	['\u0647', 'i'], ['\u00F7', 'I'], // ه, ÷
	['\u062E', 'o'], ['\u00D7', 'O'], // خ, ×
	['\u062D', 'p'], ['\u061B', 'P'], // ح, ؛
	['\u062C', '['], // ج
	['\u062F', ']'], // د
	// Row C: a … '.
	['\u0634', 'a'], ['\u0650', 'A'], // ش, kasra
	['\u0633', 's'], ['\u064D', 'S'], // س, kasratan
	['\u064A', 'd'], // ي
	['\u0628', 'f'], // ب
	['\u0644', 'g'], ['\uFEF7', 'G'], ['\u0644\u0623', 'G'], // ل, lam-alef with hamza above
	['\u0627', 'h'], ['\u0623', 'H'], // ا, أ
	['\u062A', 'j'], ['\u0640', 'J'], // ت, tatweel
	['\u0646', 'k'], ['\u060C', 'K'], // ن, ،
	['\u0645', 'l'], // م
	['\u0643', ';'], // ك
	['\u0637', '\''], // ط
	['\u2026', '|'], // … (Shift+\)
	// Row B: z … /.
	['\u0626', 'z'], // ئ
	['\u0621', 'x'], ['\u0652', 'X'], // ء, sukun
	['\u0624', 'c'], // ؤ
	['\u0631', 'v'], // ر
	['\uFEFB', 'b'], ['\u0644\u0627', 'b'], // lam-alef
	['\uFEF5', 'B'], ['\u0644\u0622', 'B'], // lam-alef with madda
	['\u0649', 'n'], ['\u0622', 'N'], // ى, آ
	['\u0629', 'm'], // ة
	['\u0648', ','], // و
	['\u0632', '.'], // ز
	['\u0638', '/'], ['\u061F', '?'], // ظ, ؟
];

const latinFor: ReadonlyMap<string, string> = new Map(arabicToLatin);

/** Every Arabic layout key and its Latin key, for tests and documentation. */
export const arabicLayoutKeys: ReadonlyMap<string, string> = latinFor;

const lam = '\u0644';

/**
 * The Latin key for one key press typed on the Arabic layout (one character, or
 * the two of a Windows lam-alef key), or undefined when `input` is not exactly
 * one such key.
 */
export function latinKeyFor(input: string): string | undefined {
	return latinFor.get(input);
}

/**
 * A chunk of input (keys typed faster than they are read arrive together) with
 * each Arabic layout key replaced by its Latin key; other characters are kept.
 * A lam followed by an alef form is read as one lam-alef key (ل then ا typed
 * separately within one read is the same two code points and cannot be told apart).
 */
export function latinKeysFor(chunk: string): string {
	const characters = [...chunk];
	let result = '';
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index] ?? '';
		const pair = character === lam ? latinFor.get(character + (characters[index + 1] ?? '')) : undefined;
		if (pair !== undefined) {
			result += pair;
			index++;
			continue;
		}

		result += latinFor.get(character) ?? character;
	}

	return result;
}
