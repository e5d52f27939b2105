/**
 * Pieces of config error messages. Everything quoted comes from a file the
 * person (or anyone who could write to it) controls, so it is sanitised and
 * shortened before it can reach a terminal.
 */
import {sanitizeText} from '../articles/index.js';

/** Long enough to recognise a value, short enough to keep the message on one line. */
const MAX_QUOTED = 40;

/** Bidi formatting characters would reorder the rest of the message around them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Untrusted text, safe to print: no controls, no bidi overrides, at most `max` characters. */
export function displayText(text: string, max = MAX_QUOTED): string {
	const clean = sanitizeText(text).replace(BIDI_CONTROLS, '');
	const characters = [...clean];
	return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : clean;
}

export function quote(text: string): string {
	return `"${displayText(text)}"`;
}

/** A JSON value as it is named after "got": `5`, `"dwn"`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
	if (typeof value === 'string') {
		return quote(value);
	}

	if (typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}

	if (value === null) {
		return 'null';
	}

	return Array.isArray(value) ? 'a list' : 'an object';
}

/** `keys.next[1]`: object keys after dots (quoted when not a plain word), list indexes in brackets. */
export function formatPath(path: ReadonlyArray<string | number>): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') {
			text += `[${part}]`;
		} else {
			const shown = /^[A-Za-z_]\w*$/u.test(part) ? part : quote(part);
			text += text === '' ? shown : `.${shown}`;
		}
	}

	return text;
}

/** Edit distance, for "did you mean" suggestions on typos. */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}

		previous = current;
	}

	return previous[b.length] ?? 0;
}

/** ` (did you mean "down"?)` when a candidate is one edit away (two for longer words; case ignored), else ''. */
export function suggestion(word: string, candidates: readonly string[]): string {
	const lower = word.toLowerCase();
	let best: string | undefined;
	let bestDistance = lower.length <= 3 ? 2 : 3;
	for (const candidate of candidates) {
		const d = distance(lower, candidate.toLowerCase());
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}

	return best === undefined || lower.length < 2 ? '' : ` (did you mean "${best}"?)`;
}
