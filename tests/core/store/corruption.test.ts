import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, openStore, POSITIONS_FILE} from '../../../source/core/store/index.js';
import {counterIds, fixturePath, loadFixtureArticle, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

const fixedClock = () => new Date('2024-06-01T10:20:30.456Z');
const asideName = `${BOOKMARKS_FILE}.corrupt-2024-06-01T10-20-30-456Z`;

async function withBookmarksFile(bytes: Uint8Array | string): Promise<string> {
	const dataDir = await makeTempDir();
	await writeFile(path.join(dataDir, BOOKMARKS_FILE), bytes);
	return dataDir;
}

const validEntry = JSON.parse(await readFile(fixturePath('bookmarks-v1.json'), 'utf8')).bookmarks[0] as Record<string, unknown>;

const damaged: Array<[string, Uint8Array | string, RegExp]> = [
	['garbage', 'this is {not json', /not valid JSON/u],
	['a truncated write', '{"version": 1, "bookmarks": [{"id": "x"', /not valid JSON/u],
	['an empty file', '', /not valid JSON/u],
	['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/u],
	['JSON that is not an object', '"bookmarks"', /version/u],
	['no bookmarks list', '{"version": 1, "bookmarks": {}}', /not a list/u],
	['an entry with a wrong field type', JSON.stringify({version: 1, bookmarks: [{...validEntry, paragraph: '3'}]}), /bookmark 1: field "paragraph"/u],
	['an entry missing a field', JSON.stringify({version: 1, bookmarks: [validEntry, {...validEntry, id: 'other', note: undefined}]}), /bookmark 2: field "note"/u],
	['an entry that is not an object', JSON.stringify({version: 1, bookmarks: [null]}), /bookmark 1: is not an object/u],
	['a bad creation time', JSON.stringify({version: 1, bookmarks: [{...validEntry, createdAt: 'yesterday'}]}), /createdAt/u],
	['a duplicate id', JSON.stringify({version: 1, bookmarks: [validEntry, validEntry]}), /used twice/u],
];

describe('a bookmarks file that cannot be used', () => {
	it.each(damaged)('with %s is moved aside with its bytes intact, with a one-line warning, and qari starts empty', async (_, bytes, reason) => {
		const dataDir = await withBookmarksFile(bytes);
		const store = await openStore(dataDir, {clock: fixedClock});

		expect(store.bookmarks()).toEqual([]);
		expect(store.warnings).toHaveLength(1);
		const [warning = ''] = store.warnings;
		expect(warning).not.toMatch(/[\n\r]/u);
		expect(warning).toMatch(reason);
		expect(warning).toContain(asideName);
		expect(store.saveProblem).toBeUndefined();

		const files = await readdir(dataDir);
		expect(files).toContain(asideName);
		expect(files).not.toContain(BOOKMARKS_FILE);
		expect(new Uint8Array(await readFile(path.join(dataDir, asideName)))).toEqual(new Uint8Array(Buffer.from(bytes)));
	});

	it('is not overwritten by the next save, and a second damaged file gets its own name', async () => {
		const dataDir = await withBookmarksFile('garbage one');
		const store = await openStore(dataDir, {clock: fixedClock, newId: counterIds()});
		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 1});
		expect(JSON.parse(await readFile(path.join(dataDir, BOOKMARKS_FILE), 'utf8'))).toMatchObject({bookmarks: [{id: 'b1'}]});

		// Damaged again (say, by hand) while qari runs: the next change moves it aside under the lock.
		await writeFile(path.join(dataDir, BOOKMARKS_FILE), 'garbage two');
		await store.add({article, paragraph: 2});
		expect(store.bookmarks().map(bookmark => bookmark.id)).toEqual(['b2']);
		expect(store.warnings).toHaveLength(2);
		expect(await readFile(path.join(dataDir, asideName), 'utf8')).toBe('garbage one');
		expect(await readFile(path.join(dataDir, `${asideName}-1`), 'utf8')).toBe('garbage two');
	});

	it('keeps a hand-added field on a valid entry when writing the file back', async () => {
		const dataDir = await withBookmarksFile(JSON.stringify({version: 1, bookmarks: [{...validEntry, colour: 'red'}]}));
		const store = await openStore(dataDir);
		const article = await loadFixtureArticle();
		await store.add({article, paragraph: 0});
		const onDisk = JSON.parse(await readFile(path.join(dataDir, BOOKMARKS_FILE), 'utf8')) as {bookmarks: Array<Record<string, unknown>>};
		expect(onDisk.bookmarks[0]).toEqual({...validEntry, colour: 'red'});
	});

	it('a byte order mark at the start (a file saved by an editor) is not damage', async () => {
		const dataDir = await withBookmarksFile(`\uFEFF${await readFile(fixturePath('bookmarks-v1.json'), 'utf8')}`);
		const store = await openStore(dataDir);
		expect(store.warnings).toEqual([]);
		expect(store.bookmarks()).toHaveLength(1);
	});
});

describe('a positions file that cannot be used', () => {
	it('is moved aside too, and positions start empty while bookmarks are unaffected', async () => {
		const dataDir = await makeTempDir();
		await mkdir(dataDir, {recursive: true});
		await writeFile(path.join(dataDir, POSITIONS_FILE), '{"version": 1, "lastArticle": 3, "positions": {}}');
		await writeFile(path.join(dataDir, BOOKMARKS_FILE), await readFile(fixturePath('bookmarks-v1.json')));
		const store = await openStore(dataDir, {clock: fixedClock});
		expect(store.bookmarks()).toHaveLength(1);
		expect(store.lastArticle()).toBeUndefined();
		expect(store.warnings).toEqual([expect.stringContaining(`${POSITIONS_FILE}.corrupt-2024-06-01T10-20-30-456Z`)]);
		expect(await readFile(path.join(dataDir, `${POSITIONS_FILE}.corrupt-2024-06-01T10-20-30-456Z`), 'utf8')).toContain('"lastArticle": 3');
	});
});
