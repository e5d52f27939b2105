import {beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt} from '../e2e/build.js';
import {runQari} from './run-qari.js';

beforeAll(async () => {
	await ensureBuilt();
});

describe('the interface flags of the built CLI', () => {
	it.each([
		[['--lang', 'fr'], '--lang must be ar or en, not "fr"'],
		[['--lang=arabic', 'seeds'], '--lang must be ar or en, not "arabic"'],
		[['list', '--lang', 'ar'], '--lang only applies to the interactive reader (qari [PATH…])'],
		[['read', 'x.txt', '--config', 'c.json'], '--config only applies to the interactive reader (qari [PATH…])'],
		[['list', '--color'], '--color only applies to the interactive reader (qari [PATH…])'],
	])('%j: one line, status 2', async (args, message) => {
		const {code, stdout, stderr} = await runQari(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`qari: ${message}\n`);
	});

	it('--help names the interface flags, the locale variables and the config file', async () => {
		const {code, stdout} = await runQari(['--help']);
		expect(code).toBe(0);
		for (const text of ['--lang ar|en', '--config FILE', '--color, --no-color', 'LC_ALL, LC_MESSAGES, LANG', 'XDG_CONFIG_HOME', 'textWidth', 'keys']) {
			expect(stdout).toContain(text);
		}
	});
});
