import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {chmod, copyFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BOOKMARKS_FILE, openStore, StoreWriteError, type StoreFs} from '../../../source/core/store/index.js';
import {defaultFs} from '../../../source/core/store/fs.js';
import {fixturePath, loadFixtureArticle, makeTempDir, removeTempDirs, repoRoot} from './helpers.js';

afterEach(removeTempDirs);

function ioError(code: string): Error {
	return Object.assign(new Error(`${code}: simulated`), {code});
}

/** A file system on which creating files fails with `code` while `broken.on` is true. */
function breakableFs(code: string): {fs: StoreFs; broken: {on: boolean}} {
	const broken = {on: true};
	const fs: StoreFs = {
		...defaultFs,
		async open(file, flags, mode) {
			if (broken.on && flags !== 'r') {
				throw ioError(code);
			}

			return defaultFs.open(file, flags, mode);
		},
	};
	return {fs, broken};
}

async function dataDirWithFixture(): Promise<{dataDir: string; file: string; original: string}> {
	const dataDir = await makeTempDir();
	const file = path.join(dataDir, BOOKMARKS_FILE);
	await copyFile(fixturePath('bookmarks-v1.json'), file);
	return {dataDir, file, original: await readFile(file, 'utf8')};
}

/**
 * As root, chmod does not stop writes: the permission test then runs its probe
 * as an unprivileged user (uid/gid 65534, "nobody"); otherwise as this user.
 */
const isRoot = process.getuid?.() === 0;
const unprivileged = isRoot ? {uid: 65_534, gid: 65_534} : {};

describe('a data directory that cannot be written', () => {
	it.each([
		['read-only', 'EROFS', /read-only/u],
		['full', 'ENOSPC', /disk is full/u],
	])('(%s): reads keep working, changes fail with a one-line StoreWriteError, nothing is lost', async (_, code, message) => {
		const {dataDir, file, original} = await dataDirWithFixture();
		const {fs, broken} = breakableFs(code);
		const store = await openStore(dataDir, {fs});
		expect(store.warnings).toEqual([]);
		const article = await loadFixtureArticle();

		const failure = store.add({article, paragraph: 0});
		await expect(failure).rejects.toThrow(StoreWriteError);
		await expect(failure).rejects.toMatchObject({code, message: expect.stringMatching(message) as unknown});
		await expect(store.remove('Ab3dE_9x')).rejects.toThrow(StoreWriteError);
		await expect(store.setNote('Ab3dE_9x', 'changed')).rejects.toThrow(/cannot be saved/u);
		expect(store.saveProblem).toMatch(message);
		expect(store.saveProblem).not.toMatch(/\n/u);

		expect(store.bookmarks().map(bookmark => bookmark.id)).toEqual(['Ab3dE_9x']);
		expect(store.resolve([article])).toHaveLength(1);
		expect(store.exportBookmarks('md')).toContain('the call');
		expect(await readFile(file, 'utf8')).toBe(original);

		// Positions: the save resolves to the error instead of rejecting; memory still has the position.
		const positionProblem = await store.setPosition('news/baghdad.txt', 3);
		expect(positionProblem).toBeInstanceOf(StoreWriteError);
		expect(store.getPosition('news/baghdad.txt')).toBe(3);
		expect(store.lastArticle()).toBe('news/baghdad.txt');

		// Once the disk is writable again, the next change and flush save everything.
		broken.on = false;
		await store.add({article, paragraph: 0});
		expect(await store.flush()).toBeUndefined();
		expect(store.saveProblem).toBeUndefined();
		const reopened = await openStore(dataDir);
		expect(reopened.bookmarks()).toHaveLength(2);
		expect(reopened.getPosition('news/baghdad.txt')).toBe(3);
	});

	it('when the data directory path is a file: no crash, a warning, typed errors on save, the file untouched', async () => {
		const parent = await makeTempDir();
		const notADirectory = path.join(parent, 'qari');
		await writeFile(notADirectory, 'not a directory');
		const store = await openStore(notADirectory);
		expect(store.bookmarks()).toEqual([]);
		expect(store.warnings).toHaveLength(2);
		expect(store.warnings[0]).toMatch(/cannot read bookmarks \(ENOTDIR\)/u);
		expect(store.saveProblem).toMatch(/cannot be saved/u);

		const article = await loadFixtureArticle();
		await expect(store.add({article, paragraph: 0})).rejects.toThrow(StoreWriteError);
		await expect(store.add({article, paragraph: 0})).rejects.toThrow(/not a directory/u);
		expect(await store.setPosition('a.txt', 1)).toBeInstanceOf(StoreWriteError);
		expect(store.getPosition('a.txt')).toBe(1);
		expect(await readFile(notADirectory, 'utf8')).toBe('not a directory');
	});

	it.skipIf(process.platform === 'win32')('with real permissions (chmod 0555): reads work, saves fail with StoreWriteError', async () => {
		const {dataDir, file, original} = await dataDirWithFixture();
		await chmod(dataDir, 0o555);
		try {
			const child = spawn(process.execPath, ['--import', 'tsx', 'tests/core/store/children/read-only-probe.ts', dataDir], {cwd: repoRoot, ...unprivileged});
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString('utf8');
			});
			child.stderr.on('data', (chunk: Buffer) => {
				output += chunk.toString('utf8');
			});
			const [code] = (await once(child, 'exit')) as [number | null];
			expect(code, output).toBe(0);
			expect(JSON.parse(output)).toEqual({
				before: 1,
				after: 1,
				warnings: [],
				error: {name: 'StoreWriteError', code: 'EACCES', message: expect.stringMatching(/^bookmarks cannot be saved: the data directory is read-only/u) as unknown},
				positionError: 'StoreWriteError',
				// A permission error is not retried like a held lock (which would take ~10 s).
				addMs: expect.any(Number) as unknown,
			});
			expect((JSON.parse(output) as {addMs: number}).addMs).toBeLessThan(2000);
			expect(await readFile(file, 'utf8')).toBe(original);
		} finally {
			await chmod(dataDir, 0o755);
		}
	});
});
