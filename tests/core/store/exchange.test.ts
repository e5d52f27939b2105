import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, openStore, StoreImportError} from '../../../source/core/store/index.js';
import {counterIds, fixturePath, loadFixtureArticle, makeTempDir, removeTempDirs, steppingClock} from './helpers.js';

afterEach(removeTempDirs);

async function storeWithBookmarks(prefix: string) {
	const dataDir = await makeTempDir();
	const store = await openStore(dataDir, {clock: steppingClock(), newId: counterIds(prefix)});
	const article = await loadFixtureArticle('news/baghdad.txt');
	const other = await loadFixtureArticle('analysis/iraq.txt');
	await store.add({article, paragraph: 4, note: 'second by paragraph'});
	await store.add({article, paragraph: 1, note: 'first by paragraph'});
	await store.add({article: other, paragraph: 0});
	return {dataDir, store, article, other};
}

describe('export', () => {
	it('as JSON is the store format, and round-trips into an empty store', async () => {
		const {store} = await storeWithBookmarks('a');
		const json = store.exportBookmarks('json');
		expect(JSON.parse(json)).toEqual({version: 1, bookmarks: store.bookmarks()});

		const target = await openStore(await makeTempDir());
		expect(await target.importBookmarks(json)).toEqual({added: 3, skipped: 0});
		expect(target.bookmarks()).toEqual(store.bookmarks());
	});

	it('as Markdown is a readable list grouped by article, paragraphs numbered from 1', async () => {
		const {store} = await storeWithBookmarks('a');
		const markdown = store.exportBookmarks('md');
		const lines = markdown.split('\n');
		expect(lines[0]).toBe('# qari bookmarks');
		const headings = lines.filter(line => line.startsWith('## '));
		expect(headings).toEqual(['## analysis/iraq.txt', '## news/baghdad.txt']);
		const baghdad = lines.slice(lines.indexOf('## news/baghdad.txt'));
		expect(baghdad).toContain('File: /library/news/baghdad.txt');
		const items = baghdad.filter(line => line.startsWith('- '));
		expect(items[0]).toMatch(/^- Paragraph 2 \(2024-05-01\): مسؤولون أمنيون/u);
		expect(items[1]).toMatch(/^- Paragraph 5 \(2024-05-01\): /u);
		expect(baghdad).toContain('  Note: first by paragraph');
	});

	it('never lets stored control characters through to Markdown', async () => {
		const dataDir = await makeTempDir();
		const raw = JSON.parse(await readFile(fixturePath('bookmarks-v1.json'), 'utf8')) as {bookmarks: Array<Record<string, unknown>>};
		raw.bookmarks[0] = {...raw.bookmarks[0], note: 'evil\u001b]0;title\u0007 note\u009b31m', articleId: 'x\u001b[2J.txt'};
		await writeFile(path.join(dataDir, BOOKMARKS_FILE), JSON.stringify(raw));
		const markdown = (await openStore(dataDir)).exportBookmarks('md');
		expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
		expect(markdown).toContain('Note: evil note');
	});

	it('of an empty store says so', async () => {
		const store = await openStore(await makeTempDir());
		expect(store.exportBookmarks('md')).toContain('No bookmarks.');
		expect(JSON.parse(store.exportBookmarks('json'))).toEqual({version: 1, bookmarks: []});
	});
});

describe('import', () => {
	it('merges without duplicates: same id, or same article, fingerprint and note', async () => {
		const {store} = await storeWithBookmarks('a');
		const exported = JSON.parse(store.exportBookmarks('json')) as {version: 1; bookmarks: Array<Record<string, unknown>>};
		const [first, second] = exported.bookmarks;
		const incoming = {
			version: 1,
			bookmarks: [
				first, // same id
				{...second, id: 'fresh-1', createdAt: '2025-01-01T00:00:00.000Z'}, // same article + fingerprint + note
				{...second, id: 'fresh-2', note: 'a different note'}, // new
				{...second, id: 'fresh-3', note: 'a different note'}, // duplicate of the previous one
			],
		};
		expect(await store.importBookmarks(JSON.stringify(incoming))).toEqual({added: 1, skipped: 3});
		expect(store.bookmarks().map(bookmark => bookmark.id)).toEqual(['a1', 'a2', 'a3', 'fresh-2']);
		// Importing the same again changes nothing.
		expect(await store.importBookmarks(JSON.stringify(incoming))).toEqual({added: 0, skipped: 4});
		expect(store.bookmarks()).toHaveLength(4);
	});

	it('accepts an older format (version 0) and sanitises imported text', async () => {
		const store = await openStore(await makeTempDir());
		const old = JSON.parse(await readFile(fixturePath('bookmarks-v0.json'), 'utf8')) as Array<Record<string, unknown>>;
		old[0] = {...old[0], note: 'a\u001b[31m red\nnote'};
		expect(await store.importBookmarks(JSON.stringify(old))).toEqual({added: 2, skipped: 0});
		expect(store.bookmarks()[0]?.note).toBe('a red note');
	});

	it.each([
		['text that is not JSON', 'not json at all', /not valid JSON/u],
		['an empty input', '', /not valid JSON/u],
		['JSON of the wrong shape', '{"hello": "world"}', /version/u],
		['an invalid entry', JSON.stringify({version: 1, bookmarks: [{id: 'x'}]}), /bookmark 1: field "articleId"/u],
		['a newer format', JSON.stringify({version: 7, bookmarks: []}), /newer/u],
	])('refuses %s with a one-line error and leaves the store untouched', async (_, input, message) => {
		const {dataDir, store} = await storeWithBookmarks('a');
		const file = path.join(dataDir, BOOKMARKS_FILE);
		const before = await readFile(file, 'utf8');
		const listed = store.bookmarks();

		const failure = store.importBookmarks(input);
		await expect(failure).rejects.toThrow(StoreImportError);
		await expect(failure).rejects.toThrow(message);
		await expect(failure).rejects.toThrow(/^import failed: [^\n]*nothing was imported$/u);
		expect(await readFile(file, 'utf8')).toBe(before);
		expect(store.bookmarks()).toBe(listed);
	});
});
