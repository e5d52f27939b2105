import {sanitizeText} from './sanitize.js';

/**
 * Line breaks as Unicode's newline guidelines (UAX #13) count them: CRLF, a lone
 * CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR all end a line.
 */
const NEWLINE = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * Anything sanitizeText or the line-break rule would change (C0 controls but
 * `\n`, tab and CR among them; DEL; C1 controls, NEL among them; LINE and
 * PARAGRAPH SEPARATOR): without one, normalising changes nothing.
 */
const NEEDS_WORK = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

/**
 * Turns a file's text into clean lines joined by `\n`: no byte order mark, one
 * kind of line break, tabs expanded, and every line sanitised (see
 * `sanitizeText`), so that `\n` is the only control character left.
 */
export function normaliseText(text: string): string {
	const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
	// The usual file has nothing to change: no control but \n, no tab, CR or other line break.
	if (!NEEDS_WORK.test(withoutBom)) return withoutBom;
	return withoutBom.replace(NEWLINE, '\n').split('\n').map(sanitizeText).join('\n');
}
