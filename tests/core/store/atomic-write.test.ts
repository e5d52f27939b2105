import {access, readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, openStore, StoreWriteError, type StoreFs} from '../../../source/core/store/index.js';
import {writeFileAtomic} from '../../../source/core/store/atomic-write.js';
import {defaultFs} from '../../../source/core/store/fs.js';
import {exitCode, spawnChild, waitForLine} from './child-process.js';
import {counterIds, loadFixtureArticle, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

function ioError(code: string): Error {
	return Object.assign(new Error(`${code}: simulated`), {code});
}

/** A data directory holding one saved bookmark, and its file's bytes. */
async function storeWithOneBookmark(): Promise<{dataDir: string; file: string; original: string}> {
	const dataDir = await makeTempDir();
	const store = await openStore(dataDir, {newId: counterIds('old')});
	await store.add({article: await loadFixtureArticle(), paragraph: 1, note: 'keep me'});
	const file = path.join(dataDir, BOOKMARKS_FILE);
	return {dataDir, file, original: await readFile(file, 'utf8')};
}

describe('writeFileAtomic', () => {
	it('replaces the content and leaves no temporary file', async () => {
		const dir = await makeTempDir();
		const file = path.join(dir, 'doc.json');
		await writeFileAtomic(file, 'one');
		await writeFileAtomic(file, 'two');
		expect(await readFile(file, 'utf8')).toBe('two');
		expect(await readdir(dir)).toEqual(['doc.json']);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
	});
});

describe('a save that fails before the rename', () => {
	it.each([
		['the rename fails', {rename: async () => Promise.reject(ioError('EIO'))}],
		['the fsync fails', {open: async (file: string, flags: string, mode?: number) => {
			const handle = await defaultFs.open(file, flags, mode);
			return {...handle, writeFile: handle.writeFile.bind(handle), close: handle.close.bind(handle), sync: async () => Promise.reject(ioError('EIO'))};
		}}],
		['the write fails (disk full)', {open: async (file: string, flags: string, mode?: number) => {
			const handle = await defaultFs.open(file, flags, mode);
			return {...handle, sync: handle.sync.bind(handle), close: handle.close.bind(handle), writeFile: async () => Promise.reject(ioError('ENOSPC'))};
		}}],
	] as Array<[string, Partial<StoreFs>]>)('when %s leaves the old file intact and readable', async (_, failing) => {
		const {dataDir, file, original} = await storeWithOneBookmark();
		const store = await openStore(dataDir, {fs: {...defaultFs, ...failing}});
		await expect(store.add({article: await loadFixtureArticle(), paragraph: 2})).rejects.toThrow(StoreWriteError);

		expect(await readFile(file, 'utf8')).toBe(original);
		expect(store.bookmarks().map(bookmark => bookmark.note)).toEqual(['keep me']);
		expect((await openStore(dataDir)).bookmarks().map(bookmark => bookmark.note)).toEqual(['keep me']);
		// The temporary file is cleaned up and the lock released.
		expect(await readdir(dataDir)).toEqual([BOOKMARKS_FILE]);
	});

	it('survives the writer being killed after the temporary file is written', async () => {
		const {dataDir, file, original} = await storeWithOneBookmark();
		const child = spawnChild('crash-before-rename.ts', [dataDir]);
		const line = await waitForLine(child, /^TEMP /u);
		const temp = line.slice('TEMP '.length);
		// The crash really is between write and rename: the new content is complete in the temporary file.
		expect(JSON.parse(await readFile(temp, 'utf8'))).toMatchObject({bookmarks: [{note: 'keep me'}, {note: 'lost in the crash'}]});
		child.kill('SIGKILL');
		await exitCode(child);

		expect(await readFile(file, 'utf8')).toBe(original);
		await access(`${file}.lock`); // the killed process could not release its lock

		const store = await openStore(dataDir, {lock: {staleMs: 2000, retries: {retries: 40, factor: 1, minTimeout: 100, maxTimeout: 100, randomize: false}}});
		expect(store.warnings).toEqual([]);
		expect(store.bookmarks().map(bookmark => bookmark.note)).toEqual(['keep me']);

		// The next save takes over the stale lock and removes the orphaned temporary file.
		await store.add({article: await loadFixtureArticle(), paragraph: 3, note: 'after the crash'});
		expect((await openStore(dataDir)).bookmarks().map(bookmark => bookmark.note)).toEqual(['keep me', 'after the crash']);
		expect(await readdir(dataDir)).toEqual([BOOKMARKS_FILE]);
	});
});
