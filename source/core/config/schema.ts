/**
 * The shape of config.json, checked with valibot. Every message is written for
 * a person editing the file: it names what was expected and what was found.
 * Key names are parsed here too, so the config hands the UI ready key strokes.
 */
import * as v from 'valibot';
import {configurableCommands, type ConfigurableCommand} from './commands.js';
import {describeValue, quote, suggestion} from './describe.js';
import {isCtrlC, parseKeyName, type ParsedKey} from './key-names.js';

export type BidiSetting = 'auto' | 'app' | 'terminal';
export type LangSetting = 'ar' | 'en';
export type ThemeSetting = 'dark' | 'light' | 'auto';

/** Per command, exactly the keys it gets; in the order the file lists them. */
export type KeyRemaps = Readonly<Partial<Record<ConfigurableCommand, readonly ParsedKey[]>>>;

export const TEXT_WIDTH_MIN = 20;
export const TEXT_WIDTH_MAX = 400;
export const DEFAULT_TEXT_WIDTH = 80;

export const configKeys = ['bidi', 'shape', 'lang', 'theme', 'textWidth', 'keys'] as const;

const got = (issue: {readonly input: unknown}): string => `got ${describeValue(issue.input)}`;

const bidi = v.picklist(['auto', 'app', 'terminal'], issue => `expected "auto", "app" or "terminal", ${got(issue)}`);
const shape = v.boolean(issue => `expected true or false, ${got(issue)}`);
const lang = v.picklist(['ar', 'en'], issue => `expected "ar" or "en", ${got(issue)}`);
const theme = v.picklist(['dark', 'light', 'auto'], issue => `expected "dark", "light" or "auto", ${got(issue)}`);

const widthMessage = (issue: {readonly input: unknown}): string =>
	`expected an integer from ${TEXT_WIDTH_MIN} to ${TEXT_WIDTH_MAX}, ${got(issue)}`;
const textWidth = v.pipe(
	v.number(widthMessage),
	v.integer(widthMessage),
	v.minValue(TEXT_WIDTH_MIN, widthMessage),
	v.maxValue(TEXT_WIDTH_MAX, widthMessage),
);

/** Enough for any sensible binding; a longer list is more likely a mistake (or a hostile file). */
const MAX_KEYS_PER_COMMAND = 16;

const keyList = v.union(
	[v.string(), v.array(v.unknown())],
	issue => `expected a key name or a list of key names, ${got(issue)}`,
);

/** Parses each name; issues carry the list index so the message says `keys.next[1]`. */
const parsedKeys = v.pipe(
	keyList,
	v.rawTransform(({dataset, addIssue, NEVER}) => {
		const names = dataset.value;
		const list = typeof names === 'string' ? [names] : names;
		if (list.length > MAX_KEYS_PER_COMMAND) {
			addIssue({message: `at most ${MAX_KEYS_PER_COMMAND} keys per command, got ${list.length}`});
			return NEVER;
		}

		const keys: ParsedKey[] = [];
		for (const [index, name] of list.entries()) {
			const path: [v.ArrayPathItem] | undefined = typeof names === 'string'
				? undefined
				: [{type: 'array', origin: 'value', input: names, key: index, value: name}];
			if (typeof name !== 'string') {
				addIssue({message: `expected a key name, got ${describeValue(name)}`, path});
				return NEVER;
			}

			const parsed = parseKeyName(name);
			if (!parsed.ok) {
				addIssue({message: parsed.reason, path});
				return NEVER;
			}

			keys.push(parsed.key);
		}

		return keys;
	}),
);

const keys = v.pipe(
	v.record(
		v.string(),
		parsedKeys,
		issue => `expected an object of command names and keys, ${got(issue)}`,
	),
	v.rawTransform(({dataset, addIssue, NEVER}) => {
		const remaps: Partial<Record<ConfigurableCommand, readonly ParsedKey[]>> = {};
		for (const [command, strokes] of Object.entries(dataset.value)) {
			if (!isConfigurableCommand(command)) {
				addIssue({message: `unknown command ${quote(command)}${suggestion(command, configurableCommands)}`});
				return NEVER;
			}

			if (command !== 'quit' && strokes.some(stroke => isCtrlC(stroke))) {
				const at: v.ObjectPathItem = {type: 'object', origin: 'value', input: dataset.value, key: command, value: strokes};
				addIssue({message: `ctrl+c always quits; it cannot be given to ${command}`, path: [at]});
				return NEVER;
			}

			remaps[command] = strokes;
		}

		return remaps as KeyRemaps;
	}),
);

export const configSchema = v.strictObject({
	bidi: v.optional(bidi),
	shape: v.optional(shape),
	lang: v.optional(lang),
	theme: v.optional(theme),
	textWidth: v.optional(textWidth),
	keys: v.optional(keys),
});

function isConfigurableCommand(name: string): name is ConfigurableCommand {
	return (configurableCommands as readonly string[]).includes(name);
}

/**
 * The settings read from config.json. Settings that a flag, the environment or
 * the locale may also decide (bidi, shape, lang) stay undefined when the file
 * does not set them, so the caller can tell "not set" from a value.
 */
export type Config = {
	readonly bidi: BidiSetting | undefined;
	readonly shape: boolean | undefined;
	readonly lang: LangSetting | undefined;
	readonly theme: ThemeSetting;
	readonly textWidth: number;
	readonly keys: KeyRemaps;
};

export const defaultConfig: Config = {
	bidi: undefined,
	shape: undefined,
	lang: undefined,
	theme: 'auto',
	textWidth: DEFAULT_TEXT_WIDTH,
	keys: {},
};
