/**
 * Key names as a person writes them in config.json (`j`, `G`, `?`, `space`,
 * `enter`, `pagedown`, `ctrl+n`) and the key strokes they stand for. The
 * special keys are defined here, in the pure core, and source/ui/keys.ts binds
 * exactly these, so a name the config accepts is always one a command can have.
 */
import {quote, suggestion} from './describe.js';

/** Keys Ink reports as flags rather than as input text. */
export type SpecialKey =
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'backspace'
	| 'tab';

export type ParsedKey =
	| {readonly input: string; readonly ctrl?: true}
	| {readonly special: SpecialKey};

export type KeyNameResult =
	| {readonly ok: true; readonly key: ParsedKey}
	| {readonly ok: false; readonly reason: string};

/** Names of keys that are not a single character; matched without regard to case. */
const namedKeys: Readonly<Record<string, ParsedKey>> = {
	space: {input: ' '},
	enter: {special: 'return'},
	return: {special: 'return'},
	esc: {special: 'escape'},
	escape: {special: 'escape'},
	up: {special: 'upArrow'},
	down: {special: 'downArrow'},
	left: {special: 'leftArrow'},
	right: {special: 'rightArrow'},
	pageup: {special: 'pageUp'},
	pgup: {special: 'pageUp'},
	pagedown: {special: 'pageDown'},
	pgdn: {special: 'pageDown'},
	home: {special: 'home'},
	end: {special: 'end'},
	backspace: {special: 'backspace'},
	tab: {special: 'tab'},
};

export const keyNames: readonly string[] = Object.keys(namedKeys);

/** One visible character of any script (Arabic-layout letters included); not a control, space or lone mark. */
const SINGLE_CHARACTER = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

const CTRL_PREFIX = /^ctrl\+/iu;

export function parseKeyName(name: string): KeyNameResult {
	if (SINGLE_CHARACTER.test(name)) {
		return {ok: true, key: {input: name}};
	}

	const named = namedKeys[name.toLowerCase()];
	if (named) {
		return {ok: true, key: named};
	}

	if (CTRL_PREFIX.test(name)) {
		const letter = name.slice('ctrl+'.length).toLowerCase();
		// Terminals send Ctrl with a letter as one control code; Ctrl with anything else is not reliably distinct.
		return /^[a-z]$/u.test(letter)
			? {ok: true, key: {input: letter, ctrl: true}}
			: {ok: false, reason: `ctrl+ takes a letter a-z, got ${quote(name)}`};
	}

	if (name === '') {
		return {ok: false, reason: 'empty key name'};
	}

	return {ok: false, reason: `unknown key name ${quote(name)}${suggestion(name, keyNames)}`};
}

export function sameKey(a: ParsedKey, b: ParsedKey): boolean {
	if ('special' in a || 'special' in b) {
		return 'special' in a && 'special' in b && a.special === b.special;
	}

	return a.input === b.input && (a.ctrl ?? false) === (b.ctrl ?? false);
}

/** Ctrl+C always quits: Ink exits on it before any binding is consulted. */
export function isCtrlC(key: ParsedKey): boolean {
	return !('special' in key) && key.ctrl === true && key.input === 'c';
}
