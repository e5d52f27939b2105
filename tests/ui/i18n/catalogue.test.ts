import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ar, type ArabicCatalogue, catalogues, en, languages, type Message, placeholdersOf} from '../../../source/ui/i18n/index.js';

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'];

function keysOf(catalogue: Readonly<Record<string, Message>>): string[] {
	return Object.keys(catalogue).sort();
}

describe('message catalogues', () => {
	it('have the same keys both ways', () => {
		for (const key of keysOf(en)) {
			expect(Object.hasOwn(ar, key), `ar lacks ${key}`).toBe(true);
		}

		for (const key of keysOf(ar)) {
			expect(Object.hasOwn(en, key), `en lacks ${key}`).toBe(true);
		}

		expect(keysOf(catalogues.ar)).toEqual(keysOf(catalogues.en));
	});

	it('use the same placeholders in every language', () => {
		for (const [key, message] of Object.entries(en)) {
			const reference = placeholdersOf(message);
			for (const language of languages) {
				const translated = catalogues[language][key as keyof typeof en];
				expect(placeholdersOf(translated), `${language} ${key}`).toEqual(reference);
			}
		}
	});

	it('give a plural wherever English has one, with every Arabic form', () => {
		for (const [key, message] of Object.entries(en)) {
			const arabic: Message = ar[key as keyof typeof en];
			expect(typeof arabic, key).toBe(typeof message);
			if (typeof message !== 'string' && typeof arabic !== 'string') {
				expect(Object.keys(message).sort(), key).toEqual(['one', 'other']);
				expect(Object.keys(arabic).sort(), key).toEqual([...pluralCategories].sort());
			}
		}
	});

	it('have no empty message, and no Latin letters in Arabic apart from key names and placeholders', () => {
		// Key names and technical words an Arabic reader sees in Latin letters in software.
		const allowedLatin = new Set(['Ctrl', 'Enter', 'Esc', 'PgUp', 'PgDn', 'Home', 'End', 'Backspace', 'Tab']);
		for (const [key, message] of Object.entries(ar)) {
			for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
				expect(text.trim(), key).not.toBe('');
				const latinWords = text.replaceAll(/\{\w+\}/gu, '').match(/[A-Za-z]+/gu) ?? [];
				expect(latinWords.filter(word => !allowedLatin.has(word)), key).toEqual([]);
			}
		}
	});

	it('are checked by the compiler: a catalogue without every key does not type-check', () => {
		// @ts-expect-error -- an Arabic catalogue missing keys is a compile error (tsc runs in npm test)
		const incomplete: ArabicCatalogue = {'app.name': 'قارئ'};
		// @ts-expect-error -- an Arabic plural needs all six forms
		const partialPlural: ArabicCatalogue['list.articles'] = {one: 'مقالة واحدة', other: '{count} مقالة'};
		expect(Object.keys(incomplete)).toHaveLength(1);
		expect(Object.keys(partialPlural)).toHaveLength(2);
	});

	it('name every command of the key table', () => {
		// keys.ts's Command union, read from the source so a new command needs a description here.
		const keysSource = readFileSync(new URL('../../../source/ui/keys.ts', import.meta.url), 'utf8');
		const union = /export type Command =([^;]+);/u.exec(keysSource)?.[1] ?? '';
		const commands = [...union.matchAll(/'(\w+)'/gu)].map(match => match[1]);
		expect(commands.length).toBeGreaterThan(10);
		for (const command of commands) {
			expect(Object.hasOwn(en, `command.${command}`), `command.${command}`).toBe(true);
		}
	});

	it('has one file per language', () => {
		const files = readdirSync(new URL('../../../source/ui/i18n/', import.meta.url)).filter(name => /^[a-z]{2}\.ts$/u.test(name));
		expect(files.sort()).toEqual(languages.map(language => `${language}.ts`).sort());
	});
});
