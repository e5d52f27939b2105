import {mkdir, readFile, utimes} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, openStore, StoreWriteError} from '../../../source/core/store/index.js';
import {exitCode, spawnChild, waitForLine} from './child-process.js';
import {impatientLock, loadFixtureArticle, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

describe('two qari processes changing bookmarks at the same time', () => {
	it('keep all 200 bookmarks when each adds 100', async () => {
		const dataDir = await makeTempDir();
		const children = [spawnChild('add-many.ts', [dataDir, '100', 'first']), spawnChild('add-many.ts', [dataDir, '100', 'second'])];
		await Promise.all(children.map(async child => waitForLine(child, /^ready$/u)));
		const summaries = children.map(async child => waitForLine(child, /^\{/u));
		for (const child of children) {
			child.stdin.write('go\n');
		}

		const [first, second] = (await Promise.all(summaries)).map(line => JSON.parse(line) as {started: number; finished: number});
		expect(await Promise.all(children.map(async child => exitCode(child)))).toEqual([0, 0]);
		// They really ran at the same time.
		expect(first!.started).toBeLessThan(second!.finished);
		expect(second!.started).toBeLessThan(first!.finished);

		const text = await readFile(path.join(dataDir, BOOKMARKS_FILE), 'utf8');
		const onDisk = JSON.parse(text) as {version: number; bookmarks: Array<{id: string; note: string}>};
		expect(onDisk.version).toBe(1);
		expect(onDisk.bookmarks).toHaveLength(200);
		const notes = new Set(onDisk.bookmarks.map(bookmark => bookmark.note));
		for (let index = 0; index < 100; index++) {
			expect(notes.has(`first-${index}`)).toBe(true);
			expect(notes.has(`second-${index}`)).toBe(true);
		}

		expect(new Set(onDisk.bookmarks.map(bookmark => bookmark.id)).size).toBe(200);
		const store = await openStore(dataDir);
		expect(store.warnings).toEqual([]);
		expect(store.bookmarks()).toHaveLength(200);
	}, 60_000);
});

describe('locks', () => {
	it('a stale lock left by a crashed process is taken over', async () => {
		const dataDir = await makeTempDir();
		const lock = path.join(dataDir, `${BOOKMARKS_FILE}.lock`);
		await mkdir(lock, {recursive: true});
		const longAgo = new Date(Date.now() - 60_000);
		await utimes(lock, longAgo, longAgo);

		const store = await openStore(dataDir, {lock: {...impatientLock, staleMs: 10_000}});
		await store.add({article: await loadFixtureArticle(), paragraph: 0});
		expect((await openStore(dataDir)).bookmarks()).toHaveLength(1);
	});

	it('a lock held by a live process makes a save fail with a typed error, not wait forever', async () => {
		const dataDir = await makeTempDir();
		await mkdir(path.join(dataDir, `${BOOKMARKS_FILE}.lock`), {recursive: true});
		const store = await openStore(dataDir, {lock: impatientLock});
		const failure = store.add({article: await loadFixtureArticle(), paragraph: 0});
		await expect(failure).rejects.toThrow(StoreWriteError);
		await expect(failure).rejects.toMatchObject({code: 'ELOCKED', message: expect.stringMatching(/another qari process holds the lock/u) as unknown});
		expect(store.saveProblem).toMatch(/cannot be saved/u);
		expect(store.bookmarks()).toEqual([]);
	});
});
