import type {Key} from 'ink';

/**
 * The one table of key bindings. Input handling, the `?` help overlay and the key
 * hints in status lines are all generated from it, so they cannot disagree.
 * b toggles a bookmark in the reader, B lists all bookmarks. On the search screen
 * (and while filtering bookmarks or editing a note)
 * the query line takes typed text, so only special keys and Ctrl+letter
 * bindings apply there (see `typingInput`).
 */

export type Command =
	| 'next'
	| 'previous'
	| 'pageDown'
	| 'pageUp'
	| 'first'
	| 'last'
	| 'open'
	| 'back'
	| 'close'
	| 'help'
	| 'quit'
	| 'search'
	| 'nextMatch'
	| 'previousMatch'
	| 'deleteBack'
	| 'clearQuery'
	| 'bookmark'
	| 'bookmarks'
	| 'deleteBookmark'
	| 'undoDelete'
	| 'editNote'
	| 'filter';

/** Keys Ink reports as flags rather than as input text. */
export type SpecialKey = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'backspace';

export type KeyStroke =
	| {readonly input: string; readonly ctrl?: boolean}
	| {readonly special: SpecialKey};

export type Binding = {
	readonly command: Command;
	readonly keys: readonly KeyStroke[];
	readonly description: string;
	/** Short word for status-line hints (`? help`); omitted for commands not worth a hint. */
	readonly hint?: string;
};

export const keyBindings: readonly Binding[] = [
	{command: 'next', keys: [{special: 'downArrow'}, {input: 'j'}], description: 'Next paragraph; next article in the list'},
	{command: 'previous', keys: [{special: 'upArrow'}, {input: 'k'}], description: 'Previous paragraph; previous article in the list'},
	{command: 'pageDown', keys: [{input: ' '}, {special: 'pageDown'}], description: 'Page down'},
	{command: 'pageUp', keys: [{special: 'pageUp'}], description: 'Page up'},
	{command: 'first', keys: [{input: 'g'}, {special: 'home'}], description: 'Go to the beginning'},
	{command: 'last', keys: [{input: 'G'}, {special: 'end'}], description: 'Go to the end'},
	{command: 'open', keys: [{special: 'return'}], description: 'Open the selected article', hint: 'open'},
	{command: 'back', keys: [{special: 'escape'}], description: 'Back to the list; close this help'},
	{command: 'close', keys: [{input: 'q'}], description: 'Back to the list; quit from the list', hint: 'quit'},
	{command: 'help', keys: [{input: '?'}], description: 'Show or hide this help', hint: 'help'},
	{command: 'quit', keys: [{input: 'c', ctrl: true}], description: 'Quit from anywhere'},
	{command: 'search', keys: [{input: '/'}], description: 'Search all articles (Enter opens a result, Esc returns)', hint: 'search'},
	{command: 'nextMatch', keys: [{input: 'n'}], description: 'Reader: next paragraph matching the last search (wraps)'},
	{command: 'previousMatch', keys: [{input: 'N'}], description: 'Reader: previous paragraph matching the last search (wraps)'},
	{command: 'deleteBack', keys: [{special: 'backspace'}], description: 'Search: delete the last character of the query'},
	{command: 'clearQuery', keys: [{input: 'u', ctrl: true}], description: 'Search: clear the query'},
	{command: 'bookmark', keys: [{input: 'b'}], description: 'Reader: bookmark the focused paragraph, or remove its bookmark (marked *)'},
	{command: 'bookmarks', keys: [{input: 'B'}], description: 'All bookmarks (/ filters, Enter opens one, Esc returns)'},
	{command: 'deleteBookmark', keys: [{input: 'd'}], description: 'Bookmarks: delete the selected bookmark'},
	{command: 'undoDelete', keys: [{input: 'u'}], description: 'Bookmarks: undo the last delete'},
	{command: 'editNote', keys: [{input: 'e'}], description: 'Bookmarks: edit the note (Enter saves, Esc cancels)'},
	{command: 'filter', keys: [{input: 'f'}], description: 'List: filter the titles as you type (↑/↓ move, Enter opens, Esc clears)', hint: 'filter'},
];

const specialLabels: Record<SpecialKey, string> = {
	upArrow: '↑',
	downArrow: '↓',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
};

export function keyLabel(stroke: KeyStroke): string {
	if ('special' in stroke) {
		return specialLabels[stroke.special];
	}

	if (stroke.ctrl) {
		return `Ctrl+${stroke.input.toUpperCase()}`;
	}

	return stroke.input === ' ' ? 'Space' : stroke.input;
}

export function bindingFor(command: Command): Binding {
	const binding = keyBindings.find(candidate => candidate.command === command);
	if (!binding) {
		throw new Error(`no key binding for ${command}`);
	}

	return binding;
}

/** Every key of a command, e.g. `↓ j`. */
export function keysLabel(command: Command): string {
	return bindingFor(command).keys.map(stroke => keyLabel(stroke)).join(' ');
}

/** A status-line hint such as `? help`, from the command's first key and its hint word. */
export function hintFor(command: Command): string {
	const binding = bindingFor(command);
	const first = binding.keys[0];
	return first ? `${keyLabel(first)} ${binding.hint ?? binding.command}` : '';
}

function matches(stroke: KeyStroke, input: string, key: Key): boolean {
	if ('special' in stroke) {
		// Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
		return stroke.special === 'backspace' ? key.backspace || key.delete : key[stroke.special];
	}

	if (stroke.ctrl) {
		return key.ctrl && input.toLowerCase() === stroke.input;
	}

	// Ink flags Escape as meta; a plain character key arrives without ctrl or meta.
	return !key.ctrl && !key.meta && input === stroke.input;
}

/** The command bound to a key press, if any. */
export function commandForKey(input: string, key: Key): Command | undefined {
	return keyBindings.find(binding => binding.keys.some(stroke => matches(stroke, input, key)))?.command;
}

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
function keyForCharacter(character: string): [string, Key] {
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
export function keyPieces(input: string, key: Key): Array<[string, Key]> {
	if (commandForKey(input, key) || input.length <= 1 || key.ctrl || key.meta) {
		return [[input, key]];
	}

	return [...input].map(character => keyForCharacter(character));
}

/** Commands for one input event (see keyPieces). */
export function commandsForInput(input: string, key: Key): Command[] {
	return keyPieces(input, key).flatMap(([text, flags]) => {
		const found = commandForKey(text, flags);
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
export function typingInput(input: string, key: Key): TypingInput | undefined {
	const binding = keyBindings.find(candidate => candidate.keys.some(stroke =>
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
