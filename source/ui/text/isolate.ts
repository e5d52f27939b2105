/**
 * Bidi isolates for interface text composed into right-to-left chrome. Inside
 * Arabic text a bracket key is mirrored (rule L4: `[` would show as `]`) and a
 * number's sign can land on either side of it depending on its neighbours
 * (`6٪` or `٪6`). Wrapped in an isolate, the piece is laid out on its own,
 * the same way on every frame. The layout engine honours the controls and
 * removes them, so they never reach the terminal; only text that goes through
 * it (ChromeLine, fitLine) may hold them.
 */
import type {Direction} from '../i18n/index.js';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` as a left-to-right isolate in RTL chrome (key labels, numbers with their sign); unchanged in LTR chrome. */
export function isolateLtr(text: string, direction: Direction): string {
	return direction === 'rtl' && text !== '' ? `${LRI}${text}${PDI}` : text;
}

/** `text` as an isolate taking its direction from its first strong letter (text typed by the reader) in RTL chrome. */
export function isolateFirstStrong(text: string, direction: Direction): string {
	return direction === 'rtl' && text !== '' ? `${FSI}${text}${PDI}` : text;
}

/** `text` without the isolate controls added here (for measuring or matching). */
export function withoutIsolates(text: string): string {
	return text.replaceAll(/[\u2066-\u2069]/gu, '');
}
