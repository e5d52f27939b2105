import {copyFile, readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	anchorBookmark,
	BOOKMARKS_FILE,
	migrate,
	openStore,
	StoreFormatError,
	StoreVersionError,
	StoreWriteError,
} from '../../../source/core/store/index.js';
import {fixturePath, loadFixtureArticle, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

async function fixtureJson(name: string): Promise<unknown> {
	return JSON.parse(await readFile(fixturePath(name), 'utf8')) as unknown;
}

describe('migrate', () => {
	it('returns a current (version 1) file as it is', async () => {
		const raw = await fixtureJson('bookmarks-v1.json');
		expect(migrate(raw)).toEqual(raw);
	});

	it('upgrades version 0 (a bare array) to version 1 with stable ids and no fingerprints', async () => {
		const raw = await fixtureJson('bookmarks-v0.json');
		const migrated = migrate(raw);
		expect(migrated.version).toBe(1);
		expect(migrated.bookmarks).toEqual([
			{
				id: expect.stringMatching(/^m[0-9a-f]{11}$/u) as unknown,
				articleId: 'news/baghdad.txt',
				articlePath: '/home/reader/news/baghdad.txt',
				paragraph: 2,
				fingerprint: '',
				excerpt: 'اتصال في 25 حزيران الماضي حذر القيادي على صلة بإيران، رئيس أمن المنطقة الخضراء',
				note: 'the call',
				createdAt: '2023-11-02T08:15:00.000Z',
			},
			expect.objectContaining({articlePath: '', paragraph: 0, note: '', createdAt: '2023-11-03T09:00:00.000Z'}),
		]);
		expect(migrated.bookmarks[0]!.id).not.toBe(migrated.bookmarks[1]!.id);
		// Two processes migrating the same file must agree on the ids.
		expect(migrate(raw)).toEqual(migrated);
	});

	it('lets migrated bookmarks be anchored by their excerpt', async () => {
		const article = await loadFixtureArticle();
		const [bookmark] = migrate(await fixtureJson('bookmarks-v0.json')).bookmarks;
		expect(anchorBookmark(bookmark!, article)).toMatchObject({status: 'ok', paragraph: 2, match: 'excerpt'});
	});

	it('refuses a newer version', async () => {
		expect(() => migrate({version: 2, bookmarks: []})).toThrow(StoreVersionError);
	});

	it('refuses shapes it does not know', () => {
		expect(() => migrate({bookmarks: []})).toThrow(StoreFormatError);
		expect(() => migrate({version: 0, bookmarks: []})).toThrow(StoreFormatError);
		expect(() => migrate({version: 1.5, bookmarks: []})).toThrow(StoreFormatError);
		expect(() => migrate([{article: 'a', paragraph: -1, text: '', created: '2024-01-01'}])).toThrow(/version 0 bookmark 1/u);
		expect(() => migrate([{article: 'a', paragraph: 0, text: '', created: '2024-01-01', note: 5}])).toThrow(StoreFormatError);
		expect(() => migrate(null)).toThrow(StoreFormatError);
	});
});

describe('opening a store with an old or newer file', () => {
	it('reads a version 0 file, writes version 1 on the next change, and keeps a backup of the original', async () => {
		const dataDir = await makeTempDir();
		const file = path.join(dataDir, BOOKMARKS_FILE);
		await copyFile(fixturePath('bookmarks-v0.json'), file);
		const original = await readFile(file, 'utf8');

		const store = await openStore(dataDir);
		expect(store.warnings).toEqual([]);
		expect(store.bookmarks()).toHaveLength(2);
		// Reading alone does not rewrite the file.
		expect(await readFile(file, 'utf8')).toBe(original);

		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 5});
		const upgraded = JSON.parse(await readFile(file, 'utf8')) as {version: number; bookmarks: unknown[]};
		expect(upgraded.version).toBe(1);
		expect(upgraded.bookmarks).toHaveLength(3);
		expect(await readFile(`${file}.v0.bak`, 'utf8')).toBe(original);
	});

	it('refuses a file from a newer qari: one-line warning, read-only, file untouched', async () => {
		const dataDir = await makeTempDir();
		const file = path.join(dataDir, BOOKMARKS_FILE);
		await copyFile(fixturePath('bookmarks-v2-future.json'), file);
		const original = await readFile(file);
		const before = await stat(file);

		const store = await openStore(dataDir);
		expect(store.bookmarks()).toEqual([]);
		expect(store.warnings).toHaveLength(1);
		expect(store.warnings[0]).toMatch(/newer qari \(format version 2/u);
		expect(store.warnings[0]).not.toMatch(/\n/u);
		expect(store.saveProblem).toBe(store.warnings[0]);

		const article = await loadFixtureArticle();
		await expect(store.add({article, paragraph: 0})).rejects.toThrow(StoreWriteError);
		await expect(store.remove('Zz9yX_1w')).rejects.toThrow(/read-only/u);
		await expect(store.importBookmarks(await readFile(fixturePath('bookmarks-v1.json'), 'utf8'))).rejects.toThrow(StoreWriteError);

		expect(await readFile(file)).toEqual(original);
		expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
		expect((await readdir(dataDir)).sort()).toEqual([BOOKMARKS_FILE]);
	});
});
