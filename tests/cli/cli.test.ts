/**
 * The built CLI end to end through pipes: what scripts see from `qari list`
 * and `qari read`, and how every kind of mistake is reported.
 */
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {paragraphDirection} from '../../source/core/layout/index.js';
import {keyBindings, keysLabel} from '../../source/ui/keys.js';
import {ensureBuilt, repoRoot} from '../e2e/build.js';
import {runQari} from './run-qari.js';

const seedsDirectory = path.join(repoRoot, 'seeds');
// eslint-disable-next-line no-control-regex
const escapeOrControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex
const controlButTab = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const arabicPresentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;

type Seed = {file: string; title: string; paragraphs: string[]};
let seeds: Seed[] = [];

beforeAll(async () => {
	await ensureBuilt();
	const files = (await readdir(seedsDirectory)).filter(file => file.endsWith('.txt')).sort();
	seeds = await Promise.all(files.map(async file => {
		const [title = '', ...paragraphs] = (await readFile(path.join(seedsDirectory, file), 'utf8'))
			.split(/\r?\n/u)
			.map(line => line.trim())
			.filter(line => line !== '');
		return {file, title, paragraphs};
	}));
	expect(seeds.length).toBeGreaterThanOrEqual(2);
});

/** The output split at blank lines: the title's lines, then each paragraph's. */
function blocks(output: string): string[][] {
	expect(output.endsWith('\n')).toBe(true);
	return output.slice(0, -1).split('\n\n').map(block => block.split('\n'));
}

describe('qari read', () => {
	it('lays the article out in 40 columns as plain text when piped', async () => {
		const seed = seeds[0]!;
		const {code, stdout, stderr} = await runQari(['read', `seeds/${seed.file}`, '--width', '40']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).not.toMatch(escapeOrControl);

		const [title, ...paragraphs] = blocks(stdout);
		expect(paragraphs).toHaveLength(seed.paragraphs.length);
		const logical = [seed.title, ...seed.paragraphs];
		for (const [index, lines] of [title!, ...paragraphs].entries()) {
			const rtl = paragraphDirection(logical[index]!) === 'rtl';
			for (const line of lines) {
				expect(line).not.toBe('');
				if (rtl) {
					expect(stringWidth(line), line).toBe(40);
				} else {
					expect(stringWidth(line), line).toBeLessThanOrEqual(40);
					expect(line).toBe(line.trimEnd());
				}
			}
		}

		// More than one line per paragraph on average: it really was wrapped at 40.
		expect(stdout.split('\n').length).toBeGreaterThan(2 * logical.length);
	});

	it('shapes in visual order by default, and can be told not to shape or reorder', async () => {
		const file = `seeds/${seeds[0]!.file}`;
		const shaped = await runQari(['read', file, '--width', '60']);
		expect(shaped.stdout).toMatch(arabicPresentationForms);

		const unshaped = await runQari(['read', file, '--width', '60', '--no-shape']);
		expect(unshaped.code).toBe(0);
		expect(unshaped.stdout).not.toMatch(arabicPresentationForms);
		expect(unshaped.stdout).not.toBe(shaped.stdout.normalize('NFKC'));

		// Logical order: every title line is a piece of the title as written in the file.
		const logical = await runQari(['read', file, '--width', '60'], {env: {QARI_BIDI: 'terminal'}});
		expect(logical.code).toBe(0);
		const [titleLines] = blocks(logical.stdout);
		for (const line of titleLines!) {
			expect(seeds[0]!.title).toContain(line.trim());
		}

		const visual = blocks(unshaped.stdout)[0]!;
		expect(visual.some(line => !seeds[0]!.title.includes(line.trim()))).toBe(true);
	});

	it('wraps at 80 columns when piped without --width', async () => {
		const {stdout} = await runQari(['read', `seeds/${seeds[1]!.file}`]);
		const widths = stdout.split('\n').filter(line => line !== '').map(line => stringWidth(line));
		expect(Math.max(...widths)).toBe(80);
	});
});

describe('qari list', () => {
	it('prints one tab-separated line per article with the logical title when piped', async () => {
		const {code, stdout, stderr} = await runQari(['list']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).not.toMatch(controlButTab);
		const rows = stdout.trimEnd().split('\n').map(line => line.split('\t'));
		expect(rows).toEqual(seeds.map(seed => [seed.title, String(seed.paragraphs.length), `seeds/${seed.file}`]));
	});

	it('prints JSON with ids, absolute paths, titles and paragraph counts', async () => {
		const {code, stdout} = await runQari(['list', seedsDirectory, '--json']);
		expect(code).toBe(0);
		const parsed = JSON.parse(stdout) as unknown;
		expect(parsed).toEqual(seeds.map(seed => ({
			id: seed.file,
			path: path.join(seedsDirectory, seed.file),
			title: seed.title,
			paragraphs: seed.paragraphs.length,
		})));
	});

	describe('with a folder of its own', () => {
		let folder = '';
		beforeAll(async () => {
			folder = await mkdtemp(path.join(tmpdir(), 'qari-cli-'));
			await writeFile(path.join(folder, 'a.txt'), 'Hello\nFirst paragraph.\nSecond one.\n');
			await writeFile(path.join(folder, 'empty.txt'), '');
		});
		afterAll(async () => {
			await rm(folder, {recursive: true, force: true});
		});

		it('reports load warnings on stderr, one line each, and lists the rest', async () => {
			const {code, stdout, stderr} = await runQari(['list', folder]);
			expect(code).toBe(0);
			expect(stdout).toBe(`Hello\t2\t${path.join(folder, 'a.txt')}\n`);
			const warnings = stderr.trimEnd().split('\n');
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toMatch(/^qari: warning: .*empty\.txt/u);
		});
	});
});

describe('mistakes', () => {
	const seedFile = () => `seeds/${seeds[0]!.file}`;

	it.each([
		[['read', 'SEED', '--width', '0'], '--width must be a whole number of columns from 1 to 1000'],
		[['read', 'SEED', '--width', 'abc'], '--width must be a whole number of columns from 1 to 1000'],
		[['read', 'SEED', '--width', '-3'], '--width must be a whole number of columns from 1 to 1000'],
		[['list', '--bidi', 'x'], '--bidi must be auto, app or terminal, not "x"'],
		[['list', '--frobnicate'], 'unknown flag --frobnicate (see qari --help)'],
		[['lsit'], 'unknown command lsit (commands: list, read, search, bookmarks, bookmark), and no file or folder of that name'],
		[['read'], 'read needs one FILE: qari read FILE [--width N]'],
		[['list', '--width', '30'], '--width only applies to `qari read FILE`'],
	])('%j exits 2 with one line on stderr', async (args, message) => {
		const {code, stdout, stderr} = await runQari(args.map(arg => (arg === 'SEED' ? seedFile() : arg)));
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`qari: ${message}\n`);
	});

	it('exits 2 with the loader\'s one-line message for a path that does not exist', async () => {
		for (const args of [['list', 'no/such/folder'], ['read', 'no-such-file.txt']]) {
			const {code, stdout, stderr} = await runQari(args); // eslint-disable-line no-await-in-loop
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^qari: [^\n]*no[/-]such[^\n]*\n$/u);
			expect(stderr).not.toMatch(/qari: qari:|\bat .+:\d+:\d+/u);
		}
	});

	it('rejects a bad QARI_BIDI the same way', async () => {
		const {code, stderr} = await runQari(['list'], {env: {QARI_BIDI: 'sideways'}});
		expect(code).toBe(2);
		expect(stderr).toBe('qari: QARI_BIDI must be auto, app or terminal, not "sideways"\n');
	});

	it('refuses the interactive reader without a terminal', async () => {
		const {code, stdout, stderr} = await runQari([]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^qari: the reader needs a terminal[^\n]*\n$/u);
	});
});

describe('help and version', () => {
	it('--help names every command, flag, variable and the keys', async () => {
		const {code, stdout} = await runQari(['--help']);
		expect(code).toBe(0);
		for (const text of [
			'qari [PATH…]', 'qari list', 'qari read FILE', '--bidi auto|app|terminal', '--no-shape', '--width N',
			'--json', '--help', '--version', 'QARI_BIDI', 'NO_COLOR', 'Keys in the reader', 'Exit status',
		]) {
			expect(stdout).toContain(text);
		}

		for (const binding of keyBindings) {
			expect(stdout).toContain(`${keysLabel(binding.command)}  `);
			expect(stdout).toContain(binding.description);
		}
	});

	it('--version prints the package version', async () => {
		const packageJson = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string};
		const {code, stdout} = await runQari(['--version']);
		expect(code).toBe(0);
		expect(stdout).toBe(`${packageJson.version}\n`);
	});
});
