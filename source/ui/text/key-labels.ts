/**
 * Key names and status-line hints as the interface shows them: from the active
 * key table (after the config file's remaps), in the interface language. Key
 * letters stay Latin; only keycap names come from the catalogue (`Space`/`مسافة`).
 */
import type {MessageKey, Translator} from '../i18n/index.js';
import type {Binding, Command, KeyStroke, SpecialKey} from '../keys.js';
import {isolateLtr} from './isolate.js';

type LabelKey = Extract<MessageKey, `key.${string}`>;

const specialKeys: Readonly<Record<SpecialKey, LabelKey>> = {
	upArrow: 'key.up',
	downArrow: 'key.down',
	pageUp: 'key.pageUp',
	pageDown: 'key.pageDown',
	home: 'key.home',
	end: 'key.end',
	return: 'key.enter',
	escape: 'key.escape',
	backspace: 'key.backspace',
	leftArrow: 'key.left',
	rightArrow: 'key.right',
	tab: 'key.tab',
};

/** Hint words by command; a command without one gets no hint. */
const hintWords: Readonly<Partial<Record<Command, Extract<MessageKey, `hint.${string}`>>>> = {
	open: 'hint.open',
	close: 'hint.quit',
	help: 'hint.help',
	search: 'hint.search',
	back: 'hint.back',
	filter: 'hint.filter',
	deleteBookmark: 'hint.delete',
	undoDelete: 'hint.undo',
	editNote: 'hint.note',
};

export function strokeLabel(stroke: KeyStroke, translator: Translator): string {
	if ('special' in stroke) {
		return translator.t(specialKeys[stroke.special] as Exclude<LabelKey, 'key.ctrl'>);
	}

	if (stroke.ctrl) {
		return translator.t('key.ctrl', {key: stroke.input.toUpperCase()});
	}

	return stroke.input === ' ' ? translator.t('key.space') : stroke.input;
}

function keysOf(bindings: readonly Binding[], command: Command): readonly KeyStroke[] {
	return bindings.find(binding => binding.command === command)?.keys ?? [];
}

/** The first key of a command, or '' when the remaps left it none. */
export function firstKeyLabel(bindings: readonly Binding[], command: Command, translator: Translator): string {
	const [first] = keysOf(bindings, command);
	return first === undefined ? '' : strokeLabel(first, translator);
}

/** Every key of a command, e.g. `↓ j`. */
export function commandKeysLabel(bindings: readonly Binding[], command: Command, translator: Translator): string {
	return keysOf(bindings, command).map(stroke => strokeLabel(stroke, translator)).join(' ');
}

/**
 * The first key of a command as it goes into interface text (`{key}` in a
 * message, a hint): isolated left to right in the Arabic interface, so `[`
 * is neither mirrored nor moved by the words around it. Only for text drawn
 * through the layout engine (it removes the isolate controls).
 */
export function keyInText(bindings: readonly Binding[], command: Command, translator: Translator): string {
	return isolateLtr(firstKeyLabel(bindings, command, translator), translator.direction);
}

/** Every key of a command (`↓ j`) as one left-to-right isolate in the Arabic interface, for text drawn through the layout engine. */
export function keysInText(bindings: readonly Binding[], command: Command, translator: Translator): string {
	return isolateLtr(commandKeysLabel(bindings, command, translator), translator.direction);
}

/** `? help` from the command's first key; '' when it has no key (a hint for a key that does nothing would mislead). */
export function commandHint(
	bindings: readonly Binding[],
	command: Command,
	translator: Translator,
	word: Extract<MessageKey, `hint.${string}`> | undefined = hintWords[command],
): string {
	const key = keyInText(bindings, command, translator);
	return key === '' || word === undefined ? '' : translator.t('hint.format', {key, action: translator.t(word as 'hint.open')});
}

/** Hints joined by two spaces, skipping commands left without a key. */
export function hintLine(hints: readonly string[]): string {
	return hints.filter(Boolean).join('  ');
}
