/**
 * Paragraph fingerprints: a hash of the paragraph's text after a folding that
 * ignores what an editor commonly changes without changing the words (vowel
 * marks, tatweel, hamza spelling, letter case, spacing).
 *
 * The folding is local to the store on purpose; it could later be unified with
 * search normalisation (source/core/search), but fingerprints already saved on
 * disk depend on it, so changing it changes which bookmarks match exactly
 * (they would still be found through their excerpt).
 */
import {createHash} from 'node:crypto';

/** Harakat and Quranic annotation marks, superscript alef, tatweel. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
/** Invisible formatting (zero-width space/joiners, bidi marks and embeddings, BOM): not words. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
	['\u0622', '\u0627'], // آ → ا
	['\u0623', '\u0627'], // أ → ا
	['\u0625', '\u0627'], // إ → ا
	['\u0671', '\u0627'], // ٱ → ا
	['\u0672', '\u0627'], // ٲ → ا
	['\u0673', '\u0627'], // ٳ → ا
	['\u0624', '\u0648'], // ؤ → و
	['\u0626', '\u064A'], // ئ → ي
	['\u0629', '\u0647'], // ة → ه
	['\u0649', '\u064A'], // ى → ي
]);
const FOLDABLE = new RegExp(`[${[...LETTER_FOLDS.keys()].join('')}]`, 'gu');

/**
 * NFC; harakat (U+064B–U+065F, U+0670, U+06D6–U+06ED), tatweel and invisible
 * formatting removed; alef and hamza-carrier variants folded (أ إ آ ٱ → ا,
 * ؤ → و, ئ → ي); ة → ه; ى → ي; lower case; runs of white space collapsed to
 * one space; trimmed.
 */
export function normalizeForFingerprint(text: string): string {
	return text
		.normalize('NFC')
		.replace(MARKS, '')
		.replace(INVISIBLE, '')
		.replace(FOLDABLE, letter => LETTER_FOLDS.get(letter) ?? letter)
		.toLowerCase()
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Length of a fingerprint in hex digits (64 bits: collisions are not a concern for one person's library). */
export const FINGERPRINT_LENGTH = 16;

/** The fingerprint of a paragraph: SHA-256 of its normalised text, first 16 hex digits. */
export function fingerprintParagraph(text: string): string {
	return createHash('sha256').update(normalizeForFingerprint(text), 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
}
