import {describe, expect, it} from 'vitest';
import {LanguageFlagError, languageOfLocale, parseLanguage, resolveLanguage} from '../../../source/ui/i18n/index.js';

describe('languageOfLocale', () => {
	it('reads Arabic from any ar locale name', () => {
		for (const locale of ['ar', 'ar_IQ.UTF-8', 'ar_EG@latin', 'ar_SA.utf8', 'AR_iq', 'ar-IQ', 'ar.UTF-8']) {
			expect(languageOfLocale(locale), locale).toBe('ar');
		}
	});

	it('reads English from C, POSIX and every other language, even one starting with ar', () => {
		for (const locale of ['C', 'POSIX', 'C.UTF-8', 'en_US.UTF-8', 'fr_FR', 'fa_IR.UTF-8', 'arn_CL.UTF-8', 'nonsense', '']) {
			expect(languageOfLocale(locale), locale).toBe('en');
		}
	});
});

describe('resolveLanguage', () => {
	it('takes LC_ALL over LC_MESSAGES over LANG', () => {
		expect(resolveLanguage({env: {LC_ALL: 'ar_IQ.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8'}})).toBe('ar');
		expect(resolveLanguage({env: {LC_ALL: 'C', LC_MESSAGES: 'ar_IQ.UTF-8', LANG: 'ar_IQ.UTF-8'}})).toBe('en');
		expect(resolveLanguage({env: {LC_MESSAGES: 'ar_EG.UTF-8', LANG: 'en_GB.UTF-8'}})).toBe('ar');
		expect(resolveLanguage({env: {LC_MESSAGES: 'POSIX', LANG: 'ar_EG.UTF-8'}})).toBe('en');
		expect(resolveLanguage({env: {LANG: 'ar_IQ.UTF-8'}})).toBe('ar');
	});

	it('skips variables that are set but empty', () => {
		expect(resolveLanguage({env: {LC_ALL: '', LC_MESSAGES: '', LANG: 'ar_IQ.UTF-8'}})).toBe('ar');
		expect(resolveLanguage({env: {LC_ALL: '', LC_MESSAGES: 'ar_SY', LANG: 'en_US'}})).toBe('ar');
		expect(resolveLanguage({env: {LC_ALL: '', LANG: ''}})).toBe('en');
	});

	it('ignores the other LC_ variables', () => {
		expect(resolveLanguage({env: {LC_CTYPE: 'ar_IQ.UTF-8', LC_TIME: 'ar_IQ.UTF-8', LANG: 'en_US.UTF-8'}})).toBe('en');
		expect(resolveLanguage({env: {LC_CTYPE: 'ar_IQ.UTF-8'}})).toBe('en');
	});

	it('is English with no locale at all', () => {
		expect(resolveLanguage({env: {}})).toBe('en');
	});

	it('lets --lang win over the config file and the environment', () => {
		expect(resolveLanguage({flag: 'en', config: 'ar', env: {LC_ALL: 'ar_IQ.UTF-8'}})).toBe('en');
		expect(resolveLanguage({flag: 'ar', env: {LC_ALL: 'C', LANG: 'en_US.UTF-8'}})).toBe('ar');
	});

	it('puts the config file before the environment', () => {
		expect(resolveLanguage({config: 'ar', env: {LC_ALL: 'en_US.UTF-8'}})).toBe('ar');
		expect(resolveLanguage({config: 'en', env: {LANG: 'ar_IQ.UTF-8'}})).toBe('en');
		expect(resolveLanguage({config: undefined, env: {LANG: 'ar_IQ.UTF-8'}})).toBe('ar');
	});

	it('rejects any other --lang value with a one-line message, whatever the environment says', () => {
		for (const flag of ['fr', 'AR', 'ar_IQ', '', 'arabic', 'en\u001B[31m']) {
			expect(() => resolveLanguage({flag, env: {LANG: 'ar_IQ.UTF-8'}}), flag).toThrow(LanguageFlagError);
		}

		expect(() => resolveLanguage({flag: 'fr', env: {}})).toThrow('--lang must be ar or en, not "fr"');
		// JSON.stringify escapes control characters: the message stays one safe line.
		expect(() => parseLanguage('x\ny\u001B')).toThrow('--lang must be ar or en, not "x\\ny\\u001b"');
		expect(() => parseLanguage('de', 'language in config.json')).toThrow('language in config.json must be ar or en, not "de"');
	});
});
