/**
 * Key presses as Ink reports them, taken apart and read against a key table
 * (the built-in one by default, the active one from useUi() in the app).
 */
import type {Key} from 'ink';
import {type Bindings, type Command, commandForKey, keyBindings, matches} from './keys.js';

/** Ink's key flags with none set: a plain character. */
export const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** A single character as Ink would report it on its own: Return, Ctrl+letter or plain text. */
export function keyForCharacter(character: string): [string, Key] {
	const code = character.codePointAt(0) ?? 0;
	if (character === '\r') {
		return ['', {...noKey, return: true}];
	}

	if (code >= 1 && code <= 26) {
		return [String.fromCodePoint(code + 96), {...noKey, ctrl: true}];
	}

	return [character, noKey];
}

/**
 * One input event as the key presses it is made of. Keys typed faster than the
 * terminal is read (or held down) can arrive together, and Ink then reports them
 * as one string; such a string is taken apart into its characters.
 */
export function keyPieces(input: string, key: Key, bindings: Bindings = keyBindings): Array<[string, Key]> {
	if (commandForKey(input, key, bindings) || input.length <= 1 || key.ctrl || key.meta) {
		return [[input, key]];
	}

	return [...input].map(character => keyForCharacter(character));
}

/** Ctrl+C as a character: Ink quits on it only when it arrives alone. */
export const interruptCharacter = '\u0003';

/**
 * The part of an input event before a Ctrl+C in it, and whether there was one.
 * Typed fast (or by tmux send-keys), Ctrl+C can share a chunk with text; it must
 * quit wherever it sits, whatever the key table says, as a lone one does.
 */
export function splitAtInterrupt(input: string): {readonly before: string; readonly interrupted: boolean} {
	const at = input.indexOf(interruptCharacter);
	return at === -1 ? {before: input, interrupted: false} : {before: input.slice(0, at), interrupted: true};
}

/** Commands for one input event (see keyPieces). */
export function commandsForInput(input: string, key: Key, bindings: Bindings = keyBindings): Command[] {
	return keyPieces(input, key, bindings).flatMap(([text, flags]) => {
		const found = commandForKey(text, flags, bindings);
		return found ? [found] : [];
	});
}

/** What a key press means while the search query line has the input. */
export type TypingInput =
	| {readonly kind: 'command'; readonly command: Command}
	| {readonly kind: 'text'; readonly text: string};

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/gu;

/**
 * While typing a query, plain characters (j, q, /, n, any script) are text;
 * only bindings on special keys and Ctrl+letter keep their command.
 */
export function typingInput(input: string, key: Key, bindings: Bindings = keyBindings): TypingInput | undefined {
	const binding = bindings.find(candidate => candidate.keys.some(stroke =>
		('special' in stroke || stroke.ctrl === true) && matches(stroke, input, key)));
	if (binding) {
		return {kind: 'command', command: binding.command};
	}

	if (key.ctrl || key.meta) {
		return undefined;
	}

	const text = input.replaceAll(controlCharacters, '');
	return text === '' ? undefined : {kind: 'text', text};
}
