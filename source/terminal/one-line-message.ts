/**
 * One line of plain text for stderr: the first non-blank line of an error's
 * message, with control characters (which could be escape sequences from
 * file names) replaced so nothing untrusted reaches the terminal raw.
 */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/gu;

export function oneLineMessage(error: unknown): string {
	const raw = error instanceof Error ? error.message : String(error);
	const firstLine = raw.split(/\r?\n/u).find(line => line.trim() !== '') ?? 'unknown error';
	return firstLine.replaceAll(controlCharacters, '?').trim();
}
