import type {Key} from 'ink';
import type {SpecialKey} from '../core/config/index.js';

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
	| 'filter'
	| 'previousArticle'
	| 'nextArticle'
	| 'pageLeft'
	| 'pageRight'
	| 'copy'
	| 'jump'
	| 'narrower'
	| 'wider';

/** Keys Ink reports as flags rather than as input text; defined with the config file's key names (core/config). */
export type {SpecialKey} from '../core/config/index.js';

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
	{command: 'previousArticle', keys: [{input: '['}], description: 'Reader: previous article, without going back to the list'},
	{command: 'nextArticle', keys: [{input: ']'}], description: 'Reader: next article, without going back to the list'},
	// ← and → turn pages toward the reading direction: ← is the next page of a right-to-left article.
	{command: 'pageLeft', keys: [{special: 'leftArrow'}], description: 'Reader: page toward the left (next page in right-to-left text, previous in left-to-right)'},
	{command: 'pageRight', keys: [{special: 'rightArrow'}], description: 'Reader: page toward the right (previous page in right-to-left text, next in left-to-right)'},
	{command: 'copy', keys: [{input: 'y'}], description: 'Reader: copy the focused paragraph to the clipboard'},
	{command: 'jump', keys: [{input: ':'}], description: 'Reader: go to a paragraph number or a percentage (e.g. 12 or 50%)'},
	{command: 'narrower', keys: [{input: '-'}], description: 'Reader: make the text narrower'},
	{command: 'wider', keys: [{input: '+'}, {input: '='}], description: 'Reader: make the text wider'},
];

const specialLabels: Record<SpecialKey, string> = {
	upArrow: '↑',
	downArrow: '↓',
	leftArrow: '←',
	rightArrow: '→',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
	tab: 'Tab',
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

/** A key table: the built-in `keyBindings`, or the active one after the config file's remaps (ui/keymap.ts). */
export type Bindings = readonly Binding[];

export function bindingFor(command: Command, bindings: Bindings = keyBindings): Binding {
	const binding = bindings.find(candidate => candidate.command === command);
	if (!binding) {
		throw new Error(`no key binding for ${command}`);
	}

	return binding;
}

/** Every key of a command, e.g. `↓ j`. */
export function keysLabel(command: Command, bindings: Bindings = keyBindings): string {
	return bindingFor(command, bindings).keys.map(stroke => keyLabel(stroke)).join(' ');
}

/** A status-line hint such as `? help`, from the command's first key and its hint word. */
export function hintFor(command: Command, bindings: Bindings = keyBindings): string {
	const binding = bindingFor(command, bindings);
	const first = binding.keys[0];
	return first ? `${keyLabel(first)} ${binding.hint ?? binding.command}` : '';
}

export function matches(stroke: KeyStroke, input: string, key: Key): boolean {
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
export function commandForKey(input: string, key: Key, bindings: Bindings = keyBindings): Command | undefined {
	return bindings.find(binding => binding.keys.some(stroke => matches(stroke, input, key)))?.command;
}

export {commandsForInput, keyPieces, noKey, type TypingInput, typingInput} from './key-input.js';
