import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, fingerprintParagraph, openStore, POSITIONS_FILE} from '../../../source/core/store/index.js';
import {counterIds, loadFixtureArticle, makeTempDir, removeTempDirs, steppingClock} from './helpers.js';

afterEach(removeTempDirs);

async function readJson(file: string): Promise<unknown> {
	return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

describe('bookmarks', () => {
	it('starts empty in a directory that does not exist yet, and creates it on the first save', async () => {
		const dataDir = path.join(await makeTempDir(), 'deep', 'qari');
		const store = await openStore(dataDir);
		expect(store.bookmarks()).toEqual([]);
		expect(store.warnings).toEqual([]);
		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 0});
		expect(await readJson(path.join(dataDir, BOOKMARKS_FILE))).toMatchObject({version: 1, bookmarks: [{paragraph: 0}]});
	});

	it('records article id and path, paragraph, fingerprint, excerpt, note and creation time', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir, {clock: steppingClock('2024-05-01T12:00:00.000Z'), newId: counterIds()});
		const article = await loadFixtureArticle();
		const bookmark = await store.add({article, paragraph: 2, note: ' the \u001b[2Jcall\n '});
		expect(bookmark).toEqual({
			id: 'b1',
			articleId: 'news/baghdad.txt',
			articlePath: '/library/news/baghdad.txt',
			paragraph: 2,
			fingerprint: fingerprintParagraph(article.paragraphs[2]!),
			excerpt: expect.stringMatching(/^اتصال في 25 حزيران .*…$/u) as unknown,
			note: 'the call',
			createdAt: '2024-05-01T12:00:00.000Z',
		});
		const reopened = await openStore(dataDir);
		expect(reopened.bookmarks()).toEqual([bookmark]);
	});

	it('gives each bookmark a distinct random id by default', async () => {
		const store = await openStore(await makeTempDir());
		const article = await loadFixtureArticle();
		const first = await store.add({article, paragraph: 0});
		const second = await store.add({article, paragraph: 0});
		expect(first.id).toMatch(/^[\w-]{8}$/u);
		expect(second.id).not.toBe(first.id);
	});

	it('draws a new id when the generator repeats one already in the file', async () => {
		const ids = ['same', 'same', 'other'];
		const store = await openStore(await makeTempDir(), {newId: () => ids.shift() ?? 'spare'});
		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 0});
		const second = await store.add({article, paragraph: 1});
		expect(second.id).toBe('other');
	});

	it('refuses a paragraph the article does not have, without writing', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir);
		const article = await loadFixtureArticle();
		await expect(store.add({article, paragraph: article.paragraphs.length})).rejects.toThrow(RangeError);
		await expect(readFile(path.join(dataDir, BOOKMARKS_FILE))).rejects.toThrow(/ENOENT/u);
	});

	it('removes a bookmark and restores it with the same id in the same place (undo)', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir, {clock: steppingClock(), newId: counterIds()});
		const article = await loadFixtureArticle();
		for (const paragraph of [0, 1, 2]) {
			await store.add({article, paragraph, note: `n${paragraph}`});
		}

		const removed = await store.remove('b2');
		expect(removed?.note).toBe('n1');
		expect(store.bookmarks().map(bookmark => bookmark.id)).toEqual(['b1', 'b3']);
		expect(await store.remove('b2')).toBeUndefined();

		const restored = await store.restore(removed!);
		expect(restored).toEqual(removed);
		expect(store.bookmarks().map(bookmark => bookmark.id)).toEqual(['b1', 'b2', 'b3']);
		const reopened = await openStore(dataDir);
		expect(reopened.bookmarks()).toEqual(store.bookmarks());

		// Restoring twice does not duplicate.
		await store.restore(removed!);
		expect(store.bookmarks()).toHaveLength(3);
	});

	it('refuses to restore something that is not a bookmark', async () => {
		const store = await openStore(await makeTempDir());
		await expect(store.restore({id: 'x'} as never)).rejects.toThrow(TypeError);
		expect(store.bookmarks()).toEqual([]);
	});

	it('changes a note, sanitised, and reports a bookmark that no longer exists', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir, {newId: counterIds()});
		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 0, note: 'old'});
		const updated = await store.setNote('b1', 'new\u0007 note');
		expect(updated?.note).toBe('new note');
		expect((await openStore(dataDir)).bookmarks()[0]?.note).toBe('new note');
		expect(await store.setNote('missing', 'x')).toBeUndefined();
	});

	it('sees changes of another store instance on refresh and on its next change', async () => {
		const dataDir = await makeTempDir();
		const article = await loadFixtureArticle();
		const first = await openStore(dataDir, {newId: counterIds('a')});
		const second = await openStore(dataDir, {newId: counterIds('b')});
		await first.add({article, paragraph: 0});
		expect(second.bookmarks()).toEqual([]);
		await second.refresh();
		expect(second.bookmarks().map(bookmark => bookmark.id)).toEqual(['a1']);
		await first.add({article, paragraph: 1});
		await second.add({article, paragraph: 2});
		expect(second.bookmarks().map(bookmark => bookmark.id)).toEqual(['a1', 'a2', 'b1']);
	});

	it('applies a deletion to the current file, not to a stale snapshot', async () => {
		const dataDir = await makeTempDir();
		const article = await loadFixtureArticle();
		const first = await openStore(dataDir, {newId: counterIds('a')});
		const second = await openStore(dataDir, {newId: counterIds('b')});
		await first.add({article, paragraph: 0});
		await second.refresh();
		await first.add({article, paragraph: 1}); // second has not seen a2
		await second.remove('a1');
		const onDisk = await openStore(dataDir);
		expect(onDisk.bookmarks().map(bookmark => bookmark.id)).toEqual(['a2']);
		// And a deletion by one is not undone by the other's later addition.
		await first.add({article, paragraph: 2});
		expect(first.bookmarks().map(bookmark => bookmark.id)).toEqual(['a2', 'a3']);
	});

	it('serialises many changes started at once in one process', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir);
		const article = await loadFixtureArticle();
		await Promise.all(Array.from({length: 30}, async (_, index) => store.add({article, paragraph: index % 8, note: `${index}`})));
		expect((await openStore(dataDir)).bookmarks()).toHaveLength(30);
	});

	it('anchors the stored bookmarks in loaded articles without rewriting them', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir);
		const article = await loadFixtureArticle();
		const bookmark = await store.add({article, paragraph: 3});
		const changed = {...article, paragraphs: ['inserted', ...article.paragraphs]};
		expect(store.resolve([changed])).toEqual([{bookmark, article: changed, anchor: {status: 'moved', paragraph: 4, match: 'fingerprint', score: 1}}]);
		expect(store.resolve([])).toEqual([{bookmark, article: undefined, anchor: {status: 'missing'}}]);
		expect((await openStore(dataDir)).bookmarks()).toEqual([bookmark]);
	});
});

describe('reading positions', () => {
	it('remembers the focused paragraph per article and the last article read, across restarts', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir, {clock: steppingClock()});
		expect(store.lastArticle()).toBeUndefined();
		expect(store.getPosition('a.txt')).toBeUndefined();
		expect(await store.setPosition('a.txt', 4)).toBeUndefined();
		expect(await store.setPosition('b.txt', 1)).toBeUndefined();
		expect(store.getPosition('a.txt')).toBe(4);

		const reopened = await openStore(dataDir);
		expect(reopened.getPosition('a.txt')).toBe(4);
		expect(reopened.getPosition('b.txt')).toBe(1);
		expect(reopened.lastArticle()).toBe('b.txt');
		expect(await readJson(path.join(dataDir, POSITIONS_FILE))).toEqual({
			version: 1,
			lastArticle: 'b.txt',
			positions: {
				'a.txt': {paragraph: 4, updatedAt: '2024-05-01T12:00:00.000Z'},
				'b.txt': {paragraph: 1, updatedAt: '2024-05-01T12:00:01.000Z'},
			},
		});
	});

	it('coalesces rapid changes: memory is current at once, the file gets the latest value', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir);
		const saves = Array.from({length: 50}, async (_, paragraph) => store.setPosition('a.txt', paragraph));
		expect(store.getPosition('a.txt')).toBe(49);
		expect(await Promise.all(saves)).toEqual(Array.from({length: 50}, () => undefined));
		await store.flush();
		expect((await openStore(dataDir)).getPosition('a.txt')).toBe(49);
	});

	it('merges positions of two processes reading different articles', async () => {
		const dataDir = await makeTempDir();
		const first = await openStore(dataDir);
		const second = await openStore(dataDir);
		await first.setPosition('a.txt', 3);
		await second.setPosition('b.txt', 7);
		const reopened = await openStore(dataDir);
		expect([reopened.getPosition('a.txt'), reopened.getPosition('b.txt'), reopened.lastArticle()]).toEqual([3, 7, 'b.txt']);
	});

	it('keeps article ids that are special object keys as plain keys', async () => {
		const dataDir = await makeTempDir();
		const store = await openStore(dataDir);
		await store.setPosition('__proto__', 2);
		await store.setPosition('constructor', 5);
		const reopened = await openStore(dataDir);
		expect(reopened.getPosition('__proto__')).toBe(2);
		expect(reopened.getPosition('constructor')).toBe(5);
		expect(reopened.getPosition('toString')).toBeUndefined();
	});

	it('throws at once for an invalid position', async () => {
		const store = await openStore(await makeTempDir());
		expect(() => store.setPosition('a.txt', -1)).toThrow(RangeError);
		expect(() => store.setPosition('', 0)).toThrow(RangeError);
	});
});

describe('random bookmark ids', () => {
	it('are eight URL-safe characters that never start like a flag', async () => {
		const {randomBookmarkId} = await import('../../../source/core/store/bookmark-store.js');
		for (let run = 0; run < 2000; run++) {
			expect(randomBookmarkId()).toMatch(/^[A-Za-z0-9][\w-]{7}$/u);
		}
	});
});
