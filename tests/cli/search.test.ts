import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse, usageError} from './parse-helpers.js';
import {ensureBuilt, repoRoot} from '../e2e/build.js';
import {runQari} from './run-qari.js';

type Hit = {
	path: string;
	id: string;
	title: string;
	paragraph: number;
	score: number;
	text: string;
	matches: Array<[number, number]>;
};

type SeedFile = {file: string; lines: string[]};
let seeds: SeedFile[] = [];

beforeAll(async () => {
	await ensureBuilt();
	const directory = path.join(repoRoot, 'seeds');
	const files = (await readdir(directory)).filter(file => file.endsWith('.txt')).sort();
	seeds = await Promise.all(files.map(async file => ({
		file,
		lines: (await readFile(path.join(directory, file), 'utf8')).split('\n').map(line => line.trim()).filter(Boolean),
	})));
}, 60_000);

describe('qari search arguments', () => {
	it('takes a query, paths, --json and --limit (default 20)', () => {
		expect(parse(['search', 'بغداد'])).toEqual({kind: 'search', query: 'بغداد', paths: [], json: false, limit: 20, bidi: 'auto', shape: true});
		expect(parse(['search', 'a b', 'x.txt', 'news/', '--json', '--limit', '5'])).toMatchObject({query: 'a b', paths: ['x.txt', 'news/'], json: true, limit: 5});
	});

	it('rejects an empty query, a bad --limit and --limit elsewhere', () => {
		expect(usageError(['search'])).toMatch(/needs a QUERY/u);
		expect(usageError(['search', '  '])).toMatch(/needs a QUERY/u);
		for (const limit of ['0', '-1', 'ten', '2.5', '100000']) {
			expect(usageError(['search', 'x', `--limit=${limit}`])).toMatch(/--limit must be/u);
		}

		expect(usageError(['list', '--limit', '3'])).toMatch(/--limit only applies/u);
		expect(usageError(['search', 'x', '--width', '30'])).toMatch(/--width only applies/u);
	});
});

describe('qari search', () => {
	it('prints JSON results whose paragraph is 1-based and whose matches point at the query in text', async () => {
		const {code, stdout, stderr} = await runQari(['search', 'بغداد', '--json']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const hits = JSON.parse(stdout) as Hit[];
		expect(hits.length).toBeGreaterThan(1);
		expect(hits.length).toBeLessThanOrEqual(20);
		for (const hit of hits) {
			expect(Object.keys(hit).sort()).toEqual(['id', 'matches', 'paragraph', 'path', 'score', 'text', 'title']);
			const seed = seeds.find(candidate => hit.path.endsWith(candidate.file));
			expect(seed, hit.path).toBeDefined();
			// Line 0 of the file is the title (paragraph 0), line N is paragraph N.
			expect(seed!.lines[hit.paragraph]).toBe(hit.text);
			expect(hit.title).toBe(seed!.lines[0]);
			expect(hit.matches.length).toBeGreaterThan(0);
			for (const [start, end] of hit.matches) {
				expect(hit.text.slice(start, end)).toContain('بغداد');
			}
		}

		const scores = hits.map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
	});

	it('finds a title as paragraph 0', async () => {
		const title = seeds[1]!.lines[0]!;
		const word = title.split(' ').find(candidate => candidate.length >= 6)!;
		const hits = JSON.parse((await runQari(['search', `'${word}`, '--json'])).stdout) as Hit[];
		expect(hits.some(hit => hit.paragraph === 0 && hit.text === title)).toBe(true);
	});

	it('honours --limit', async () => {
		const all = JSON.parse((await runQari(['search', 'في', '--json', '--limit', '1000'])).stdout) as Hit[];
		expect(all.length).toBeGreaterThan(3);
		const three = JSON.parse((await runQari(['search', 'في', '--json', '--limit', '3'])).stdout) as Hit[];
		expect(three).toEqual(all.slice(0, 3));
		expect(JSON.parse((await runQari(['search', 'في', '--json'])).stdout)).toHaveLength(Math.min(20, all.length));
	});

	it('prints a block per result to a pipe: title — ¶N, score, and the snippet in logical order', async () => {
		const {code, stdout} = await runQari(['search', 'بغداد', '--limit', '2']);
		expect(code).toBe(0);
		const hits = JSON.parse((await runQari(['search', 'بغداد', '--json', '--limit', '2'])).stdout) as Hit[];
		const blocks = stdout.trimEnd().split('\n\n');
		expect(blocks).toHaveLength(2);
		blocks.forEach((block, index) => {
			const [heading, snippet] = block.split('\n');
			const hit = hits[index]!;
			expect(heading).toBe(`${hit.title} — ¶${hit.paragraph}  score ${hit.score.toFixed(3)}`);
			expect(snippet).toContain('بغداد');
			expect(hit.text).toContain(snippet!.replace(/^…/u, ''));
		});
		expect(stdout).not.toContain('\u001B');
	});

	it('searches the given paths and keeps control characters out of the output', async () => {
		const directory = await mkdtemp(path.join(tmpdir(), 'qari-search-'));
		await writeFile(path.join(directory, 'a.txt'), 'Title \u001B[31mred\nA paragraph about zebras \u001B]0;x\u0007here.\n');
		const {code, stdout} = await runQari(['search', 'zebras', directory]);
		expect(code).toBe(0);
		expect(stdout).toContain('— ¶1');
		expect(stdout).toContain('zebras');
		expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/u);
	});

	it('exits 2 with one line for an empty query or a bad limit', async () => {
		for (const args of [['search', ''], ['search'], ['search', 'x', '--limit', '0'], ['search', 'x', '--limit', 'lots']]) {
			const {code, stdout, stderr} = await runQari(args);
			expect(code, args.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(/^qari: /u);
		}
	});
});
