/**
 * The interface language, config file and key remaps of the built program in a
 * real pseudo-terminal: an Arabic locale gives the Arabic interface, a config
 * file can choose English and remap keys (the help shows the remap), and an
 * invalid config file is one line on stderr before the reader starts anyway.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {layoutParagraph, lineToString} from '../../source/core/layout/index.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {ensureBuilt, repoRoot} from './build.js';
import {startQari} from './pty.js';

const timeout = 10_000;
const arabic = createTranslator('ar');
const english = createTranslator('en');
let seedCount = 0;
let configHome: string | undefined;

/** Arabic interface text as qari draws it in `app` mode: visual order, shaped. */
function drawn(text: string): string {
	return lineToString(layoutParagraph(text, {width: 1000, bidi: 'app', shape: true, direction: 'rtl'}).lines[0]!).trim();
}

function configDir(config: string): string {
	configHome = mkdtempSync(path.join(tmpdir(), 'qari-e2e-xdg-'));
	mkdirSync(path.join(configHome, 'qari'));
	writeFileSync(path.join(configHome, 'qari', 'config.json'), config);
	return configHome;
}

beforeAll(async () => {
	await ensureBuilt();
	seedCount = (await readdir(path.join(repoRoot, 'seeds'))).filter(file => file.endsWith('.txt')).length;
});

afterEach(() => {
	if (configHome) {
		rmSync(configHome, {recursive: true, force: true});
		configHome = undefined;
	}
});

describe('the interface language and the config file', () => {
	it('speaks Arabic under LANG=ar_IQ.UTF-8: the header and the help overlay', async () => {
		const qari = startQari([], {env: {LANG: 'ar_IQ.UTF-8', LC_ALL: undefined}});
		const header = drawn(`${arabic.t('app.name')}  ${arabic.t('list.articles', {count: seedCount})}`);
		await qari.waitFor(screen => screen[0]?.trim() === header, timeout);
		// Right-aligned: the header ends at the last column.
		expect(qari.screen()[0]!.length).toBe(80);
		qari.write('?');
		const heading = drawn(arabic.t('help.heading'));
		// The overlay may arrive in more than one write: wait for a row below the heading too.
		const pageDown = drawn(arabic.t('command.pageDown'));
		await qari.waitFor(screen => screen.some(row => row.trim() === heading) && screen.join('\n').includes(pageDown), timeout);
		qari.write('?');
		qari.write('q');
		expect(await qari.exit).toBe(0);
	});

	it('takes lang and key remaps from $XDG_CONFIG_HOME/qari/config.json; the help shows the remapped key', async () => {
		const xdg = configDir(JSON.stringify({lang: 'en', keys: {bookmark: 'm', help: ['?', 'h']}}));
		const qari = startQari([], {env: {LANG: 'ar_IQ.UTF-8', XDG_CONFIG_HOME: xdg}});
		await qari.waitFor(screen => screen[0]?.startsWith(`qari  ${english.t('list.articles', {count: seedCount})}`) ?? false, timeout);
		qari.write('h');
		// Wait for the whole overlay (it may arrive in more than one write), down to the help row.
		await qari.waitFor(screen => screen.some(row => row.startsWith(english.t('help.heading'))) && screen.some(row => row.includes(english.t('command.help'))), timeout);
		const rows = qari.screen();
		// The row is cut at 80 columns: look for the start of its description.
		const bookmark = rows.find(row => row.includes(english.t('command.bookmark').slice(0, 30)));
		expect(bookmark).toMatch(/^m\s+Reader: bookmark/u);
		expect(rows.find(row => row.includes(english.t('command.help')))).toMatch(/^\? h\s+Show/u);
		qari.write('h');
		qari.write('q');
		expect(await qari.exit).toBe(0);
	});

	it('reports an invalid config file in one line on stderr and starts with the defaults', async () => {
		const xdg = configDir('{"theme": "neon"}');
		const qari = startQari([], {env: {XDG_CONFIG_HOME: xdg}});
		await qari.waitFor(screen => screen[0]?.startsWith('qari  ') ?? false, timeout);
		const before = qari.rawOutput().split('\u001B[?1049h')[0]!;
		expect(before).toMatch(/qari: config\.json: theme: [^\n]*"neon"[^\n]* \(starting with the defaults\)\r?\n/u);
		qari.write('q');
		expect(await qari.exit).toBe(0);
	});
});
