import {chmod, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {defaultConfig, loadConfig, MAX_CONFIG_BYTES, parseConfig} from '../../../source/core/config/index.js';
import {expectOneSafeLine, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

async function configFile(content: string | Uint8Array, name = 'config.json'): Promise<string> {
	const file = path.join(await makeTempDir(), name);
	await writeFile(file, content);
	return file;
}

function errorOf(raw: unknown): string {
	const result = parseConfig(raw);
	expect(result.config).toEqual(defaultConfig);
	return expectOneSafeLine(result.error);
}

describe('loadConfig: files', () => {
	it('gives the defaults, without an error, when the default file is missing', async () => {
		const missing = path.join(await makeTempDir(), 'qari', 'config.json');
		expect(await loadConfig(missing, {explicit: false})).toEqual({config: defaultConfig});
	});

	it('is an error when a --config file is missing', async () => {
		const missing = path.join(await makeTempDir(), 'mine.json');
		const result = await loadConfig(missing, {explicit: true});
		expect(result.config).toEqual(defaultConfig);
		expect(expectOneSafeLine(result.error)).toBe(`cannot read config file ${missing}: no such file`);
	});

	it('reads every setting from a valid file', async () => {
		const file = await configFile(JSON.stringify({
			bidi: 'terminal',
			shape: false,
			lang: 'ar',
			theme: 'light',
			textWidth: 100,
			keys: {next: ['j', 'down', 'ctrl+n'], close: 'x'},
		}));
		const {config, error} = await loadConfig(file, {explicit: true});
		expect(error).toBeUndefined();
		expect(config).toEqual({
			bidi: 'terminal',
			shape: false,
			lang: 'ar',
			theme: 'light',
			textWidth: 100,
			keys: {next: [{input: 'j'}, {special: 'downArrow'}, {input: 'n', ctrl: true}], close: [{input: 'x'}]},
		});
	});

	it('leaves unset settings to the defaults (and bidi, shape, lang to the caller)', async () => {
		const file = await configFile('{"theme": "dark"}');
		const {config} = await loadConfig(file, {explicit: false});
		expect(config).toEqual({...defaultConfig, theme: 'dark'});
		expect(config.textWidth).toBe(80);
		expect(config.bidi).toBeUndefined();
	});

	it('accepts a BOM and an empty object', async () => {
		expect(await loadConfig(await configFile('\uFEFF{}'), {explicit: false})).toEqual({config: defaultConfig});
	});

	it('reports invalid JSON with its line and column, not the file text', async () => {
		const file = await configFile('{\n  "theme": "dark",\n  "textWidth": 90,\n}\n');
		const {config, error} = await loadConfig(file, {explicit: false});
		expect(config).toEqual(defaultConfig);
		expect(expectOneSafeLine(error)).toMatch(/^config\.json: not valid JSON/u);
	});

	it('does not echo the file content of invalid JSON', async () => {
		const file = await configFile('{"a": \u001B]0;pwned\u0007 }');
		const {error} = await loadConfig(file, {explicit: false});
		expect(expectOneSafeLine(error)).not.toContain('pwned');
	});

	it('reports an empty file, invalid UTF-8 and an oversized file in one line each', async () => {
		expect((await loadConfig(await configFile(''), {explicit: false})).error).toMatch(/^config\.json: empty file/u);
		expect((await loadConfig(await configFile(new Uint8Array([0x7B, 0xFF, 0x7D])), {explicit: false})).error)
			.toBe('config.json: not valid UTF-8 text');
		const huge = `{"theme": "dark"${' '.repeat(MAX_CONFIG_BYTES)}}`;
		expect((await loadConfig(await configFile(huge), {explicit: false})).error)
			.toBe(`config.json: too large for a config file (${huge.length} bytes, at most ${MAX_CONFIG_BYTES})`);
	});

	it('reports a directory where the file should be', async () => {
		const directory = await makeTempDir();
		const file = path.join(directory, 'config.json');
		await mkdir(file);
		expect((await loadConfig(file, {explicit: false})).error).toBe(`cannot read config file ${file}: it is a directory`);
	});

	it.skipIf(process.platform === 'win32')('refuses a device or pipe instead of blocking on it', async () => {
		expect((await loadConfig('/dev/null', {explicit: true})).error).toBe('cannot read config file /dev/null: not a regular file');
	});

	it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
		const file = await configFile('{}');
		await chmod(file, 0o000);
		expect((await loadConfig(file, {explicit: false})).error).toBe(`cannot read config file ${file}: permission denied`);
	});

	it('names the --config file in its messages', async () => {
		const file = await configFile('{"textWidth": 5}', 'mine.json');
		expect((await loadConfig(file, {explicit: true})).error).toBe('mine.json: textWidth: expected an integer from 20 to 400, got 5');
	});
});

describe('parseConfig: settings', () => {
	it('rejects every unknown top-level key, naming them and suggesting the setting meant', () => {
		expect(errorOf({colour: 'dark', widht: 3, theme: 'dark'}))
			.toBe('config.json: unknown settings "colour", "widht"; known: bidi, shape, lang, theme, textWidth, keys');
		expect(errorOf({textwidth: 90})).toBe('config.json: unknown setting "textwidth" (did you mean "textWidth"?); known: bidi, shape, lang, theme, textWidth, keys');
	});

	it('rejects a top level that is not an object', () => {
		expect(errorOf([])).toMatch(/^config\.json: expected a JSON object/u);
		expect(errorOf(null)).toMatch(/^config\.json: expected a JSON object/u);
		expect(errorOf('dark')).toMatch(/^config\.json: expected a JSON object/u);
	});

	it.each([
		[{textWidth: 5}, 'textWidth: expected an integer from 20 to 400, got 5'],
		[{textWidth: 401}, 'textWidth: expected an integer from 20 to 400, got 401'],
		[{textWidth: 80.5}, 'textWidth: expected an integer from 20 to 400, got 80.5'],
		[{textWidth: '80'}, 'textWidth: expected an integer from 20 to 400, got "80"'],
		[{bidi: 'rtl'}, 'bidi: expected "auto", "app" or "terminal", got "rtl"'],
		[{shape: 'yes'}, 'shape: expected true or false, got "yes"'],
		[{lang: 'fr'}, 'lang: expected "ar" or "en", got "fr"'],
		[{theme: null}, 'theme: expected "dark", "light" or "auto", got null'],
		[{theme: ['dark']}, 'theme: expected "dark", "light" or "auto", got a list'],
	])('%j → %s', (raw, message) => {
		expect(errorOf(raw)).toBe(`config.json: ${message}`);
	});

	it('accepts the width limits themselves', () => {
		expect(parseConfig({textWidth: 20}).config.textWidth).toBe(20);
		expect(parseConfig({textWidth: 400}).config.textWidth).toBe(400);
	});

	it('sanitises and shortens quoted values from the file', () => {
		const message = errorOf({lang: `\u001B[31mred\u202Eevil${'x'.repeat(200)}`});
		expect(message).toContain('got "redevil');
		expect(message).not.toContain('\u202E');
		expect(message.length).toBeLessThan(120);
	});
});

describe('parseConfig: keys', () => {
	it('names the list index of an unknown key name, with a suggestion', () => {
		expect(errorOf({keys: {next: ['j', 'dwn']}})).toBe('config.json: keys.next[1]: unknown key name "dwn" (did you mean "down"?)');
	});

	it('names the command for a single key name', () => {
		expect(errorOf({keys: {previous: 'upp'}})).toBe('config.json: keys.previous: unknown key name "upp" (did you mean "up"?)');
	});

	it('rejects an unknown command', () => {
		expect(errorOf({keys: {nxt: 'j'}})).toBe('config.json: keys: unknown command "nxt" (did you mean "next"?)');
	});

	it('rejects values that are not key names', () => {
		expect(errorOf({keys: {next: 5}})).toBe('config.json: keys.next: expected a key name or a list of key names, got 5');
		expect(errorOf({keys: {next: ['j', 7]}})).toBe('config.json: keys.next[1]: expected a key name, got 7');
		expect(errorOf({keys: {next: ['']}})).toBe('config.json: keys.next[0]: empty key name');
		expect(errorOf({keys: 'vim'})).toBe('config.json: keys: expected an object of command names and keys, got "vim"');
	});

	it('takes ctrl+ with a letter only', () => {
		expect(errorOf({keys: {search: 'ctrl+1'}})).toBe('config.json: keys.search: ctrl+ takes a letter a-z, got "ctrl+1"');
		expect(parseConfig({keys: {search: 'Ctrl+F'}}).config.keys).toEqual({search: [{input: 'f', ctrl: true}]});
	});

	it('keeps ctrl+c for quit', () => {
		expect(errorOf({keys: {next: ['ctrl+c']}})).toBe('config.json: keys.next: ctrl+c always quits; it cannot be given to next');
		expect(parseConfig({keys: {quit: ['ctrl+c', 'ctrl+q']}}).error).toBeUndefined();
	});

	it('allows an empty list (the command is unbound) and keeps the file order', () => {
		const {config, error} = parseConfig({keys: {help: [], next: 'ت', bookmark: 'space'}});
		expect(error).toBeUndefined();
		expect(Object.keys(config.keys)).toEqual(['help', 'next', 'bookmark']);
		expect(config.keys).toEqual({help: [], next: [{input: 'ت'}], bookmark: [{input: ' '}]});
	});

	it('refuses absurdly long key lists', () => {
		expect(errorOf({keys: {next: Array.from({length: 17}, () => 'j')}})).toBe('config.json: keys.next: at most 16 keys per command, got 17');
	});
});
