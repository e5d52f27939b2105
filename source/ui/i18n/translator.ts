import {ar} from './ar.js';
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
 * Which digits numbers are written with. The Arabic interface uses Western
 * digits (`latn`, 0–9) by default: they are what the articles qari shows use
 * (the bundled Iraqi news and most Arabic news sites write `25 حزيران`), what
 * CLDR now gives for plain `ar` (Node's ICU formats 12345 as "12,345"), what the
 * digit row of the standard Arabic keyboard types (so `:` jump input looks like
 * the status bar), and what Maghrebi readers expect. `arab` (٠–٩) is there for a
 * reader who prefers Eastern Arabic digits (e.g. a future config key).
 */
export type Digits = 'latn' | 'arab';

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

// Bidi marks that ICU puts around some numbers; the layout engine decides direction itself.
const bidiMarks = /[\u200E\u200F\u061C]/gu;
const placeholder = /\{(\w+)\}/gu;

export function createTranslator(language: Language, options: TranslatorOptions = {}): Translator {
	const catalogue = catalogues[language];
	const digits = options.digits ?? 'latn';
	// Grouped from five digits only (`min2`): `10,000 articles`, but `¶ 1234` as paragraph numbers are typed back at `:`.
	// (ES2023 option; the ES2022 lib types know only booleans.)
	const grouping = 'min2' as unknown as boolean;
	const numbers = new Intl.NumberFormat(language, {numberingSystem: digits, maximumFractionDigits: 2, useGrouping: grouping});
	const plurals = new Intl.PluralRules(language);
	const formatNumber = (value: number): string => numbers.format(value).replaceAll(bidiMarks, '');

	const fill = (text: string, params: Readonly<Record<string, ParamValue>>): string =>
		text.replaceAll(placeholder, (whole, name: string) => {
			const value = params[name];
			if (value === undefined) {
				return whole;
			}

			return typeof value === 'number' ? formatNumber(value) : value;
		});

	const messageText = (message: Message, params: Readonly<Record<string, ParamValue>>): string => {
		if (typeof message === 'string') {
			return message;
		}

		const count = params['count'];
		const category: PluralCategory = typeof count === 'number' ? plurals.select(count) : 'other';
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
