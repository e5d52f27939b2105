import type {Language} from './types.js';

/** A `--lang` value that is not a language of the interface; its message is one line for the CLI. */
export class LanguageFlagError extends Error {
	override readonly name = 'LanguageFlagError';
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The POSIX locale variables that decide the language of messages, strongest
 * first: the first one that is set and not empty wins (LANGUAGE, a GNU gettext
 * extension, is not consulted).
 */
const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of a locale name: `ar`, `ar_IQ.UTF-8`, `ar_EG@latin`, `ar-IQ` → ar;
 * `C`, `POSIX`, `en_US.UTF-8`, `fr_FR` and anything else (even `arn_CL`) → en.
 */
export function languageOfLocale(locale: string): Language {
	const [name = ''] = locale.trim().split(/[_.@-]/u);
	return name.toLowerCase() === 'ar' ? 'ar' : 'en';
}

/** `ar` or `en` as given to `--lang` (or the config file); anything else is a one-line error. */
export function parseLanguage(value: string, source = '--lang'): Language {
	if (value === 'ar' || value === 'en') {
		return value;
	}

	throw new LanguageFlagError(`${source} must be ar or en, not ${JSON.stringify(value)}`);
}

export type LanguageSources = {
	/** `--lang`, if given: it wins. */
	readonly flag?: string | undefined;
	/** The config file's `language`, if set (already validated): it comes before the environment. */
	readonly config?: Language | undefined;
	readonly env: Environment;
};

/** The interface language: `--lang`, else the config file, else LC_ALL, LC_MESSAGES, LANG; English by default. */
export function resolveLanguage({flag, config, env}: LanguageSources): Language {
	if (flag !== undefined) {
		return parseLanguage(flag);
	}

	if (config !== undefined) {
		return config;
	}

	const locale = localeVariables.map(name => env[name]).find(value => value !== undefined && value !== '');
	return locale === undefined ? 'en' : languageOfLocale(locale);
}
