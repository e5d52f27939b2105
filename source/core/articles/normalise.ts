import {sanitizeText} from './sanitize.js';

/**
 * Line breaks as Unicode's newline guidelines (UAX #13) count them: CRLF, a lone
 * CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR all end a line.
 */
const NEWLINE = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * Turns a file's text into clean lines joined by `\n`: no byte order mark, one
 * kind of line break, tabs expanded, and every line sanitised (see
 * `sanitizeText`), so that `\n` is the only control character left.
 */
export function normaliseText(text: string): string {
	const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
	return withoutBom.replace(NEWLINE, '\n').split('\n').map(sanitizeText).join('\n');
}
