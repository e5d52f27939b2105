/**
 * Status-bar notices as message references: the reducer says what happened
 * (a catalogue key and its parameters), the screen that draws it says it in the
 * interface language. A `{key}` parameter that names a key is filled in from the
 * active key table when drawn (`keyOf`), because keys can be remapped.
 */
import type {MessageKey, ParamName, Translator} from '../i18n/index.js';
import {type Bindings, type Command, keyBindings} from '../keys.js';
import {keyInText} from '../text/key-labels.js';

type ParamValue = string | number;

export type Notice = {
	readonly key: MessageKey;
	readonly params?: Readonly<Record<string, ParamValue>>;
	/** The command whose first key fills the message's `{key}` placeholder. */
	readonly keyOf?: Command;
};

/** Parameters of a message, less the `{key}` that `keyOf` fills in. */
type NoticeParams<Key extends MessageKey> = [Exclude<ParamName<Key>, 'key'>] extends [never]
	? []
	: [params: Readonly<Record<Exclude<ParamName<Key>, 'key'>, ParamValue>>];

/** A notice whose parameters are checked against the message (`notice('notice.textWidth', {width: 84})`). */
export function notice<Key extends MessageKey>(key: Key, ...params: NoticeParams<Key>): Notice {
	const [given] = params;
	return given === undefined ? {key} : {key, params: given};
}

/** A notice naming the first key of `command` in its `{key}` placeholder. */
export function noticeWithKey<Key extends MessageKey>(key: Key, command: Command, ...params: NoticeParams<Key>): Notice {
	return {...notice(key, ...params), keyOf: command};
}

/**
 * The notice in the interface language, with the active table's key where it
 * names one (as the status-line hints write keys: ui/text/key-labels.ts),
 * isolated in the Arabic interface: notices are drawn through the layout engine.
 */
export function noticeText(value: Notice, translator: Translator, bindings: Bindings = keyBindings): string {
	const params = value.keyOf === undefined ? value.params ?? {} : {...value.params, key: keyInText(bindings, value.keyOf, translator)};
	// The key is a run-time value here; `notice()` checked its parameters when the notice was made.
	const t = translator.t as (key: MessageKey, params: Readonly<Record<string, ParamValue>>) => string;
	return t(value.key, params);
}
