import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {resolveInterfaceSettings} from '../../source/cli/interface-settings.js';
import {createWidthMemory} from '../../source/cli/width-memory.js';
import {readPreferences} from '../../source/core/config/index.js';

let home: string;
let dataDir: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'qari-settings-'));
	dataDir = path.join(home, 'data');
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

function writeConfig(config: unknown): Record<string, string> {
	mkdirSync(path.join(home, 'qari'), {recursive: true});
	writeFileSync(path.join(home, 'qari', 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
	return {XDG_CONFIG_HOME: home};
}

describe('resolveInterfaceSettings', () => {
	it('uses the defaults without a config file: English from the locale, auto bidi, shaping, colour', async () => {
		const settings = await resolveInterfaceSettings({}, {XDG_CONFIG_HOME: home, LANG: 'en_US.UTF-8'}, dataDir);
		expect(settings.messages).toEqual([]);
		expect(settings.ui.translator.language).toBe('en');
		expect(settings.bidi).toBe('app');
		expect(settings.shape).toBe(true);
		expect(settings.ui.theme.name).toBe('dark');
		expect(settings.textWidth).toBe(80);
	});

	it('takes Arabic from an ar_* locale, and the config file over the locale', async () => {
		expect((await resolveInterfaceSettings({}, {XDG_CONFIG_HOME: home, LANG: 'ar_IQ.UTF-8'}, dataDir)).ui.translator.direction).toBe('rtl');
		const env = {...writeConfig({lang: 'en'}), LANG: 'ar_IQ.UTF-8'};
		expect((await resolveInterfaceSettings({}, env, dataDir)).ui.translator.language).toBe('en');
		expect((await resolveInterfaceSettings({lang: 'ar'}, env, dataDir)).ui.translator.language).toBe('ar');
	});

	it('orders bidi flag > QARI_BIDI (given as the flag by parse-args) > config > default, and shape flag > config > true', async () => {
		const env = writeConfig({bidi: 'terminal', shape: false, theme: 'light', textWidth: 60});
		const fromConfig = await resolveInterfaceSettings({}, env, dataDir);
		expect(fromConfig).toMatchObject({bidi: 'terminal', shape: false, textWidth: 60});
		expect(fromConfig.ui.theme.name).toBe('light');
		expect(await resolveInterfaceSettings({bidi: 'app', shape: true}, env, dataDir)).toMatchObject({bidi: 'app', shape: true});
		expect((await resolveInterfaceSettings({color: false}, env, dataDir)).ui.theme.name).toBe('plain');
		expect((await resolveInterfaceSettings({}, {...env, NO_COLOR: '1'}, dataDir)).ui.theme.name).toBe('plain');
		expect((await resolveInterfaceSettings({color: true}, {...env, NO_COLOR: '1'}, dataDir)).ui.theme.name).toBe('light');
	});

	it('reports an invalid config file in one line and starts with the defaults', async () => {
		const env = writeConfig({lang: 'fr', bidi: 'terminal'});
		const settings = await resolveInterfaceSettings({}, {...env, LANG: 'en_US.UTF-8'}, dataDir);
		expect(settings.messages).toHaveLength(1);
		expect(settings.messages[0]).toMatch(/^config\.json: .*lang.*"fr".* \(starting with the defaults\)$/u);
		expect(settings.messages[0]).not.toContain('\n');
		// The same problem for the app's status line, without the stderr wording around it.
		expect(settings.notices).toEqual([{kind: 'config', detail: settings.messages[0]!.replace(' (starting with the defaults)', '')}]);
		expect(settings.bidi).toBe('app');
		expect(settings.ui.translator.language).toBe('en');
		const missing = await resolveInterfaceSettings({configFlag: path.join(home, 'nope.json')}, {}, dataDir);
		expect(missing.messages[0]).toMatch(/^cannot read config file .*nope\.json.*\(starting with the defaults\)$/u);
		expect(missing.notices).toHaveLength(1);
		expect((await resolveInterfaceSettings({}, writeConfig('{"theme": '), dataDir)).notices).toMatchObject([{kind: 'config'}]);
		expect((await resolveInterfaceSettings({}, writeConfig({colour: 'red'}), dataDir)).notices).toMatchObject([{kind: 'config'}]);
	});

	it('applies key remaps to the active table, with warnings for what they take away', async () => {
		const env = writeConfig({keys: {bookmark: 'm', help: 'j'}});
		const settings = await resolveInterfaceSettings({}, env, dataDir);
		const bookmark = settings.ui.bindings.find(binding => binding.command === 'bookmark');
		expect(bookmark?.keys).toEqual([{input: 'm'}]);
		expect(settings.ui.bindings.find(binding => binding.command === 'next')?.keys).toEqual([{special: 'downArrow'}]);
		expect(settings.messages).toEqual([]);
		const taken = await resolveInterfaceSettings({}, writeConfig({keys: {help: ['?', 'q']}}), dataDir);
		expect(taken.messages).toEqual(['keys: close has no key left (q is help now)']);
		expect(taken.notices).toEqual([{kind: 'keys', detail: 'keys: close has no key left (q is help now)'}]);
		expect(settings.notices).toEqual([]);
	});

	it('starts with the remembered text width until the config file changes textWidth', async () => {
		const env = writeConfig({textWidth: 70});
		const memory = createWidthMemory({dataDir, preferences: {}, configWidth: 70, delayMs: 10_000});
		memory.remember(64);
		memory.remember(66);
		expect(await memory.flush()).toBeUndefined();
		expect((await readPreferences(dataDir)).preferences).toEqual({textWidth: {value: 66, configWidth: 70}});
		expect((await resolveInterfaceSettings({}, env, dataDir)).textWidth).toBe(66);
		expect((await resolveInterfaceSettings({}, writeConfig({textWidth: 90}), dataDir)).textWidth).toBe(90);
	});
});

describe('createWidthMemory', () => {
	it('writes once per pause, the last width chosen', async () => {
		const writes: number[] = [];
		const memory = createWidthMemory({
			dataDir,
			preferences: {},
			configWidth: 80,
			delayMs: 20,
			write: async (_dir, preferences) => {
				writes.push(preferences.textWidth?.value ?? 0);
				return undefined;
			},
		});
		for (const width of [81, 82, 83]) {
			memory.remember(width);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 60);
		});
		expect(writes).toEqual([83]);
		expect(await memory.flush()).toBeUndefined();
		expect(writes).toEqual([83]);
	});
});
