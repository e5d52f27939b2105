/**
 * A folder of a few hundred articles opened by the built program: the list is
 * there at once and takes keys while paragraphs load and the index is built,
 * and the progress goes from the header when the work is done.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt} from './build.js';
import {startQari} from './pty.js';

const timeout = 20_000;
const count = 300;
const words = ['مرفأ', 'سوق', 'عاصفة', 'الحكومة', 'بغداد', 'الاقتصاد', 'news', 'market'];
let folder: string;
let cacheDir: string;

/** Article i: a numbered title and 40 paragraphs of generated text. */
function generated(index: number): string {
	const word = (offset: number) => words[(index * 7 + offset * 3) % words.length]!;
	const title = `مقال ${index + 1} ${word(1)}`;
	const paragraphs = Array.from({length: 40}, (_, paragraph) =>
		Array.from({length: 30}, (__, at) => word(paragraph + at)).join(' ') + '.');
	return [title, ...paragraphs].join('\n') + '\n';
}

beforeAll(async () => {
	await ensureBuilt();
	folder = mkdtempSync(path.join(tmpdir(), 'qari-e2e-library-'));
	cacheDir = mkdtempSync(path.join(tmpdir(), 'qari-e2e-library-cache-'));
	for (let index = 0; index < count; index++) {
		writeFileSync(path.join(folder, `${String(index).padStart(3, '0')}.txt`), generated(index));
	}
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
	rmSync(cacheDir, {recursive: true, force: true});
});

const selectedRow = (rows: readonly string[]) => rows.find(row => row.startsWith('❯')) ?? '';

describe('a library of 300 articles', () => {
	it('shows the list, takes keys while loading, and drops the progress when done', async () => {
		const qari = startQari([folder], {env: {QARI_CACHE_DIR: cacheDir}});
		await qari.waitFor(/300 articles/u, timeout);
		// The first frame comes before the paragraphs are read (titles only), with the work in the header.
		expect(qari.rawOutput()).toMatch(/300 articles · (loading|indexing) \d+%/u);
		// Straight away, whatever the background work is doing: j moves, G goes to the end.
		qari.write('j');
		await qari.waitFor(rows => selectedRow(rows).includes('001.txt'), timeout);
		qari.write('G');
		await qari.waitFor(rows => selectedRow(rows).includes('299.txt'), timeout);
		// The filter: typed Arabic, the header counts the matches.
		qari.write('f');
		qari.write('مقال 12');
		await qari.waitFor(/\d+ of 300 articles/u, timeout);
		expect(qari.screen()[0]).toMatch(/^qari {2}\d+ of 300 articles/u);
		qari.write('\u001B');
		await qari.waitFor(rows => /^qari {2}300 articles$/u.test(rows[0] ?? ''), timeout);
		expect(qari.screen().join('\n')).not.toMatch(/loading|indexing/u);
		qari.write('q');
		expect(await qari.exit).toBe(0);
	}, 2 * timeout);

	it('opens again from the cache', async () => {
		const qari = startQari([folder], {env: {QARI_CACHE_DIR: cacheDir}});
		await qari.waitFor(rows => /^qari {2}300 articles$/u.test(rows[0] ?? ''), timeout);
		qari.write('\r');
		await qari.waitFor(/¶ 1\/40/u, timeout);
		qari.write('q');
		qari.write('q');
		expect(await qari.exit).toBe(0);
	}, 2 * timeout);
});
