/**
 * The built CLI's bookmark commands through pipes, each test with its own
 * data directory and article file: add/list/remove, JSON, re-anchoring after
 * the article is edited, export/import, and every bad argument leaving
 * bookmarks.json exactly as it was.
 */
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ensureBuilt} from '../e2e/build.js';
import {runQari} from './run-qari.js';

// eslint-disable-next-line no-control-regex
const controlButTabAndNewline = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

const title = 'مقال الاختبار';
const paragraphs = [
	'الفقرة الأولى تتحدث عن الطقس في بغداد اليوم.',
	'الفقرة الثانية عن اجتماع مجلس الوزراء الذي عقد صباح الأحد في العاصمة.',
	'The third paragraph is in English and mentions the budget.',
];

let work = '';
let dataDir = '';
let article = '';

beforeAll(async () => {
	await ensureBuilt();
});

beforeEach(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'qari-bookmarks-'));
	dataDir = path.join(work, 'data');
	article = path.join(work, 'article.txt');
	await writeArticle(paragraphs);
});

afterEach(async () => {
	await rm(work, {recursive: true, force: true});
});

async function writeArticle(lines: readonly string[]): Promise<void> {
	await writeFile(article, [title, ...lines].join('\n') + '\n');
}

async function qari(args: readonly string[], env: Record<string, string | undefined> = {}) {
	// HOME and XDG_DATA_HOME point into the temp dir so nothing can reach the real data directory.
	return runQari(args, {env: {HOME: work, XDG_DATA_HOME: undefined, QARI_DATA_DIR: undefined, ...env}, cwd: work});
}

/** Adds a bookmark and returns its id. */
async function add(paragraph: number, ...extra: string[]): Promise<string> {
	const {code, stdout, stderr} = await qari(['bookmark', 'add', article, String(paragraph), '--data-dir', dataDir, ...extra]);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	expect(stdout).toMatch(/^[\w-]+\n$/u);
	return stdout.trim();
}

async function listJson(): Promise<Array<Record<string, unknown>>> {
	const {code, stdout, stderr} = await qari(['bookmarks', article, '--json', '--data-dir', dataDir]);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout) as Array<Record<string, unknown>>;
}

async function listRows(): Promise<string[][]> {
	const {code, stdout, stderr} = await qari(['bookmarks', article, '--data-dir', dataDir]);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	expect(stdout).not.toMatch(controlButTabAndNewline);
	return stdout === '' ? [] : stdout.slice(0, -1).split('\n').map(line => line.split('\t'));
}

describe('qari bookmark add / bookmarks / bookmark remove', () => {
	it('round-trips: adds, lists newest first with 1-based paragraphs, removes', async () => {
		const first = await add(2, '--note', 'مهم جدا');
		const second = await add(3);
		expect(second).not.toBe(first);

		const rows = await listRows();
		expect(rows).toEqual([
			[second, 'ok', title, '¶3', paragraphs[2], ''],
			[first, 'ok', title, '¶2', paragraphs[1], 'مهم جدا'],
		]);

		const removed = await qari(['bookmark', 'remove', second, '--data-dir', dataDir]);
		expect(removed.code).toBe(0);
		expect(removed.stderr).toBe('');
		expect(removed.stdout).toContain(second);
		expect((await listRows()).map(row => row[0])).toEqual([first]);
	});

	it('lists as JSON with exactly the documented fields', async () => {
		const id = await add(1, '--note', 'first');
		const [entry, ...others] = await listJson();
		expect(others).toEqual([]);
		expect(Object.keys(entry!).sort()).toEqual(
			['articleId', 'createdAt', 'excerpt', 'id', 'note', 'paragraph', 'path', 'status', 'title'],
		);
		expect(entry).toMatchObject({
			id,
			articleId: 'article.txt',
			path: article,
			title,
			paragraph: 1,
			excerpt: paragraphs[0],
			note: 'first',
			status: 'ok',
		});
		expect(Number.isNaN(Date.parse(String(entry!['createdAt'])))).toBe(false);
	});

	it('keeps control characters in a note from reaching the output', async () => {
		await add(1, '--note', 'bad\u001B[31mred\u0007');
		const [row] = await listRows();
		// The whole escape sequence and the bell are gone (listRows checks no control character is left).
		expect(row![5]).toMatch(/^bad ?red$/u);
	});

	it('follows the paragraph when one is inserted before it, and keeps it as missing when it is deleted', async () => {
		const id = await add(2);
		await writeArticle([paragraphs[0]!, 'فقرة جديدة أضيفت قبل الفقرة المحفوظة تماما.', paragraphs[1]!, paragraphs[2]!]);

		expect(await listJson()).toMatchObject([{id, paragraph: 3, status: 'ok'}]);
		const [moved] = await listRows();
		expect(moved!.slice(0, 4)).toEqual([id, 'moved', title, '¶3']);

		await writeArticle([paragraphs[0]!, paragraphs[2]!]);
		expect(await listJson()).toMatchObject([{id, paragraph: 2, status: 'missing', excerpt: paragraphs[1]}]);
		expect((await listRows())[0]!.slice(0, 2)).toEqual([id, 'missing']);
	});

	it('shows a bookmark whose article is not loaded as missing, with a null title in JSON', async () => {
		const id = await add(1);
		const other = path.join(work, 'other.txt');
		await writeFile(other, 'Other\nSomething else entirely.\n');
		const {stdout, code} = await qari(['bookmarks', other, '--json', '--data-dir', dataDir]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject([{id, title: null, status: 'missing', paragraph: 1}]);
	});
});

describe('qari bookmarks export / import', () => {
	it('exports JSON that lists every bookmark, and Markdown with 1-based paragraphs and notes', async () => {
		const id = await add(2, '--note', 'a note');
		const json = await qari(['bookmarks', 'export', '--data-dir', dataDir]);
		expect(json.code).toBe(0);
		const exported = JSON.parse(json.stdout) as {version: number; bookmarks: Array<{id: string; paragraph: number}>};
		expect(exported.version).toBe(1);
		expect(exported.bookmarks).toMatchObject([{id, paragraph: 1}]);
		expect(await qari(['bookmarks', 'export', '--format', 'json', '--data-dir', dataDir])).toEqual(json);

		const markdown = await qari(['bookmarks', 'export', '--format', 'md', '--data-dir', dataDir]);
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('# qari bookmarks');
		expect(markdown.stdout).toContain(`- Paragraph 2 (`);
		expect(markdown.stdout).toContain(paragraphs[1]);
		expect(markdown.stdout).toContain('Note: a note');
	});

	it('merges an import without duplicates', async () => {
		const first = await add(1);
		const second = await add(2);
		const exportFile = path.join(work, 'export.json');
		await writeFile(exportFile, (await qari(['bookmarks', 'export', '--data-dir', dataDir])).stdout);

		const otherDir = path.join(work, 'other-data');
		const own = (await qari(['bookmark', 'add', article, '3', '--data-dir', otherDir])).stdout.trim();
		const imported = await qari(['bookmarks', 'import', exportFile, '--data-dir', otherDir]);
		expect(imported).toMatchObject({code: 0, stderr: ''});
		expect(imported.stdout).toMatch(/added 2\b.*skipped 0\b/u);

		const again = await qari(['bookmarks', 'import', exportFile, '--data-dir', otherDir]);
		expect(again.code).toBe(0);
		expect(again.stdout).toMatch(/added 0\b.*skipped 2\b/u);

		const listed = await qari(['bookmarks', article, '--json', '--data-dir', otherDir]);
		const ids = (JSON.parse(listed.stdout) as Array<{id: string}>).map(entry => entry.id);
		expect(ids.sort()).toEqual([first, second, own].sort());
	});
});

describe('bad arguments to bookmark commands', () => {
	const invalidImport = 'invalid.json';
	const wrongShape = 'wrong-shape.json';
	const cases: Array<[string, (work: string) => string[]]> = [
		['a paragraph the article does not have', () => ['bookmark', 'add', article, '4']],
		['paragraph 0', () => ['bookmark', 'add', article, '0']],
		['a paragraph that is not a number', () => ['bookmark', 'add', article, 'two']],
		['an article file that does not exist', () => ['bookmark', 'add', path.join(work, 'nope.txt'), '1']],
		['add without a paragraph', () => ['bookmark', 'add', article]],
		['an unknown id', () => ['bookmark', 'remove', 'no-such-id']],
		['an unknown bookmark action', () => ['bookmark', 'frob']],
		['an import file that does not exist', () => ['bookmarks', 'import', path.join(work, 'missing.json')]],
		['an import file that is a directory', () => ['bookmarks', 'import', work]],
		['an import file that is not JSON', () => ['bookmarks', 'import', path.join(work, invalidImport)]],
		['an import file of the wrong shape', () => ['bookmarks', 'import', path.join(work, wrongShape)]],
		['an unknown export format', () => ['bookmarks', 'export', '--format', 'xml']],
		['--note on another command', () => ['bookmarks', '--note', 'x']],
		['an empty --data-dir', () => ['bookmarks', '--data-dir=']],
	];

	it.each(cases)('%s: exits 2 with one line on stderr and leaves bookmarks.json byte-identical', async (_name, args) => {
		await add(1, '--note', 'keep me');
		await writeFile(path.join(work, invalidImport), '{"version": 1, "bookmarks": [');
		await writeFile(path.join(work, wrongShape), '{"version": 1, "bookmarks": [{"id": 7}]}');
		const file = path.join(dataDir, 'bookmarks.json');
		const before = await readFile(file);

		const given = args(work);
		const withDataDir = given.some(arg => arg.startsWith('--data-dir')) ? given : [...given, '--data-dir', dataDir];
		const {code, stdout, stderr} = await qari(withDataDir);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^qari: [^\n]+\n$/u);
		expect(await readFile(file)).toEqual(before);
		expect(await readdir(dataDir)).toEqual(['bookmarks.json']);
	});
});

describe('the data directory', () => {
	it('honours QARI_DATA_DIR, and --data-dir wins over it', async () => {
		const fromEnv = path.join(work, 'env-data');
		await qari(['bookmark', 'add', article, '1'], {QARI_DATA_DIR: fromEnv});
		expect(await readdir(fromEnv)).toContain('bookmarks.json');

		const listed = await qari(['bookmarks', article, '--json'], {QARI_DATA_DIR: fromEnv});
		expect(JSON.parse(listed.stdout)).toHaveLength(1);

		const flagWins = await qari(['bookmarks', article, '--json', '--data-dir', dataDir], {QARI_DATA_DIR: fromEnv});
		expect(JSON.parse(flagWins.stdout)).toEqual([]);
	});

	it('exits 1 with the reason on its last stderr line when a bookmark cannot be saved', async () => {
		const blocker = path.join(work, 'a-file');
		await writeFile(blocker, '');
		const {code, stdout, stderr} = await qari(['bookmark', 'add', article, '1', '--data-dir', path.join(blocker, 'data')]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		const lines = stderr.slice(0, -1).split('\n');
		expect(lines.every(line => line.startsWith('qari: '))).toBe(true);
		expect(lines.at(-1)).toMatch(/cannot be saved/u);
	});

	it('moves a damaged bookmarks.json aside with one warning line and carries on', async () => {
		await add(1);
		await writeFile(path.join(dataDir, 'bookmarks.json'), 'not json at all');
		const {code, stdout, stderr} = await qari(['bookmarks', article, '--data-dir', dataDir]);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^qari: [^\n]*damaged[^\n]*\n$/u);
		expect((await readdir(dataDir)).some(name => name.startsWith('bookmarks.json.corrupt'))).toBe(true);
	});
});
