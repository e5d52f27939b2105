import {ar} from './ar.js';
import {type Digits, formatNumber as formatDigits, GROUP_FROM, integerDigits, pluralCategory} from './numbers.js';
import {en} from './en.js';
import {
	type Direction,
	type Language,
	languageDirection,
	type Message,
	type MessageKey,
	type ParamsArgument,
	type ParamValue,
	type PluralCategory,
} from './types.js';

/** The catalogues by language, seen through the shape they share. */
export const catalogues: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = {en, ar};

/**
 * Which digits numbers are written with (see numbers.ts). The Arabic interface uses Western
 * digits (`latn`, 0–9) by default: they are what the articles qari shows use
 * (the bundled Iraqi news and most Arabic news sites write `25 حزيران`), what
 * CLDR now gives for plain `ar`, what the
 * digit row of the standard Arabic keyboard types (so `:` jump input looks like
 * the status bar), and what Maghrebi readers expect. `arab` (٠–٩) is there for a
 * reader who prefers Eastern Arabic digits (e.g. a future config key).
 */
export type {Digits} from './numbers.js';

export type TranslatorOptions = {
	readonly digits?: Digits | undefined;
};

export type Translator = {
	readonly language: Language;
	readonly direction: Direction;
	/** The message for `key`, its `{placeholders}` filled in, numbers formatted, the plural form chosen by `count`. */
	t<Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>): string;
	/** A number in the interface's digits, grouped from five digits on (1234, 12,345, ١٢٬٣٤٥). */
	formatNumber(value: number): string;
	/** `45%` / `45٪`. */
	formatPercent(value: number): string;
};

const placeholder = /\{(\w+)\}/gu;

export function createTranslator(language: Language, options: TranslatorOptions = {}): Translator {
	const catalogue = catalogues[language];
	const digits = options.digits ?? 'latn';
	// No Intl formatter here: creating one costs milliseconds on the first frame's path (numbers.ts).
	const formatNumber = (value: number): string => formatDigits(value, digits);

	const fill = (text: string, params: Readonly<Record<string, ParamValue>>): string => {
		// Numbers in one message are grouped alike (`1,931 of 10,000`, not `1931 of 10,000`).
		const shown = [...text.matchAll(placeholder)].map(match => params[match[1] ?? '']);
		const numbers = shown.filter((value): value is number => typeof value === 'number');
		const groupFrom = numbers.some(value => integerDigits(value) >= GROUP_FROM) ? 4 : GROUP_FROM;
		return text.replaceAll(placeholder, (whole, name: string) => {
			const value = params[name];
			if (value === undefined) {
				return whole;
			}

			return typeof value === 'number' ? formatDigits(value, digits, groupFrom) : value;
		});
	};

	const messageText = (message: Message, params: Readonly<Record<string, ParamValue>>): string => {
		if (typeof message === 'string') {
			return message;
		}

		const count = params['count'];
		const category: PluralCategory = typeof count === 'number' ? pluralCategory(language, count) : 'other';
		return message[category] ?? message.other;
	};

	function t<Key extends MessageKey>(key: Key, ...rest: ParamsArgument<Key>): string {
		const params: Readonly<Record<string, ParamValue>> = rest[0] ?? {};
		const message: Message | undefined = catalogue[key];
		if (message === undefined) {
			// Only reachable around the type checker (a key built at run time).
			throw new Error(`no message ${JSON.stringify(key)}`);
		}

		return fill(messageText(message, params), params);
	}

	return {
		language,
		direction: languageDirection[language],
		t,
		formatNumber,
		formatPercent: (value: number) => t('format.percent', {percent: value}),
	};
}

/** The placeholder names of a message, over all its plural forms, sorted. */
export function placeholdersOf(message: Message): string[] {
	const texts = typeof message === 'string' ? [message] : Object.values(message);
	const names = new Set(texts.flatMap(text => [...text.matchAll(placeholder)].map(match => match[1] ?? '')));
	return [...names].sort();
}
