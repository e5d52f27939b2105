import type {en} from './en.js';

/** The interface languages. */
export type Language = 'ar' | 'en';

export const languages: readonly Language[] = ['ar', 'en'];

export type Direction = 'ltr' | 'rtl';

/** Which way each interface language reads; the chrome mirrors for `rtl`. */
export const languageDirection: Readonly<Record<Language, Direction>> = {ar: 'rtl', en: 'ltr'};

/** CLDR plural categories (what Intl.PluralRules#select returns). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A message that depends on the number in its `count` parameter; `other` is the fallback. */
export type PluralMessage = {readonly [Category in PluralCategory]?: string} & {readonly other: string};

export type Message = string | PluralMessage;

/** English needs exactly `one` and `other`. */
export type EnglishPlural = {readonly one: string; readonly other: string};

/** Arabic uses all six categories: 0, 1, 2, 3–10, 11–99, 100 and up (Intl.PluralRules('ar')). */
export type ArabicPlural = {
	readonly zero: string;
	readonly one: string;
	readonly two: string;
	readonly few: string;
	readonly many: string;
	readonly other: string;
};

/** Every message key; English is the reference catalogue. */
export type MessageKey = keyof typeof en;

/**
 * The shape every other catalogue must have: each key of English, no other key,
 * and a full Arabic plural wherever English has a plural. A key missing from
 * ar.ts is a compile error there.
 */
export type ArabicCatalogue = {
	readonly [Key in MessageKey]: (typeof en)[Key] extends string ? string : ArabicPlural;
};

/** The placeholder names in a message text: `'{count} of {total}'` → `'count' | 'total'`. */
type PlaceholdersIn<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;

type TextsOf<M> = M extends string ? M : M[keyof M] & string;

/** The parameters a key takes: its placeholders, and `count` for a plural. */
export type ParamName<Key extends MessageKey> =
	| PlaceholdersIn<TextsOf<(typeof en)[Key]>>
	| ((typeof en)[Key] extends string ? never : 'count');

export type ParamValue = string | number;

/** `t('list.articles', {count: 3})`; keys without placeholders take no parameters. */
export type ParamsArgument<Key extends MessageKey> = [ParamName<Key>] extends [never]
	? []
	: [params: Readonly<Record<ParamName<Key>, ParamValue>>];
