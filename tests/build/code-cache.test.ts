/**
 * bin/qari.js runs the bundle through a V8 code cache (bin/code-cache.js). A
 * cache file is only rewritten when it was missing, damaged or rejected by V8,
 * so "the file was not replaced" (same inode) shows that a run accepted it.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {homedir, tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import vm from 'node:vm';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {resolveCacheDir} from '../../source/core/library/cache-dir.js';
import {runQari} from '../cli/run-qari.js';
import {ensureBuilt, repoRoot} from '../e2e/build.js';
import {startQari} from '../e2e/pty.js';

type CodeCache = {
	cacheDirectory(env: Record<string, string | undefined>, platform?: string): string | undefined;
	cacheFile(directory: string, source: string, argv: readonly string[]): string;
	readCache(file: string): Uint8Array | undefined;
};

const codeCache = createRequire(import.meta.url)('../../bin/code-cache.js') as CodeCache;
const bundlePath = path.join(repoRoot, 'dist', 'cli.js');
const directories: string[] = [];

function temporaryDirectory(): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'qari-code-cache-'));
	directories.push(directory);
	return directory;
}

function bundleSource(): string {
	return readFileSync(bundlePath, 'utf8');
}

function listCacheFile(directory: string): string {
	return codeCache.cacheFile(directory, bundleSource(), ['list']);
}

/** Whether V8 takes the cache for the bundle, compiled the way bin/code-cache.js compiles it. */
function acceptedByV8(cachedData: Uint8Array): boolean {
	const wrapped = `(function (exports, require, module, __filename, __dirname) {${bundleSource()}\n})`;
	return !new vm.Script(wrapped, {filename: bundlePath, cachedData: Buffer.from(cachedData)}).cachedDataRejected;
}

function withDigest(payload: Uint8Array): Buffer {
	return Buffer.concat([createHash('sha256').update(payload).digest(), payload]);
}

beforeAll(async () => {
	await ensureBuilt();
});

afterEach(() => {
	for (const directory of directories.splice(0)) {
		rmSync(directory, {recursive: true, force: true});
	}
});

describe('the cache directory', () => {
	it('is QARI_CACHE_DIR, else $XDG_CACHE_HOME/qari, else ~/.cache/qari', () => {
		expect(codeCache.cacheDirectory({QARI_CACHE_DIR: '/x/y', XDG_CACHE_HOME: '/c'})).toBe('/x/y');
		expect(codeCache.cacheDirectory({XDG_CACHE_HOME: '/c'})).toBe(path.join('/c', 'qari'));
		// A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
		expect(codeCache.cacheDirectory({XDG_CACHE_HOME: 'relative'}, 'linux')).toBe(path.join(homedir(), '.cache', 'qari'));
	});

	it('is the one the library cache uses (source/core/library/cache-dir.ts), on every platform', () => {
		const envs = [{QARI_CACHE_DIR: 'relative/dir'}, {XDG_CACHE_HOME: '/c'}, {XDG_CACHE_HOME: 'relative'}, {}];
		for (const env of envs) {
			expect(codeCache.cacheDirectory(env), JSON.stringify(env)).toBe(resolveCacheDir(env));
		}

		expect(codeCache.cacheDirectory({}, 'darwin')).toBe(path.join(homedir(), 'Library', 'Caches', 'qari'));
	});

	it('keeps one file per bundle, Node version and kind of run', () => {
		const source = bundleSource();
		const list = codeCache.cacheFile('/d', source, ['list', '--json']);
		expect(path.basename(list)).toMatch(/^cli-[\da-f]{16}-list\.bin$/);
		expect(codeCache.cacheFile('/d', source, [])).toBe(list.replace(/-list\.bin$/, '-reader.bin'));
		// `qari --help` runs little of the reader's code: its cache must not stand in for the reader's.
		expect(codeCache.cacheFile('/d', source, ['list', '--help'])).toBe(list.replace(/-list\.bin$/, '-help.bin'));
		expect(codeCache.cacheFile('/d', source, ['-v'])).toBe(list.replace(/-list\.bin$/, '-help.bin'));
		expect(codeCache.cacheFile('/d', `${source} `, ['list'])).not.toBe(list);
	});
});

describe('qari with a code cache', () => {
	it('writes a cache V8 accepts, and the next run uses it without rewriting it', async () => {
		const directory = temporaryDirectory();
		const first = await runQari(['list'], {env: {QARI_CACHE_DIR: directory}});
		expect(first.code).toBe(0);
		const file = listCacheFile(directory);
		const cachedData = codeCache.readCache(file);
		expect(cachedData).toBeDefined();
		expect(acceptedByV8(cachedData!)).toBe(true);

		const {ino} = statSync(file);
		const second = await runQari(['list'], {env: {QARI_CACHE_DIR: directory}});
		expect(second).toEqual(first);
		expect(statSync(file).ino).toBe(ino);
	});

	it('ignores a damaged cache, runs as usual and writes a good one', async () => {
		const directory = temporaryDirectory();
		const expected = await runQari(['list'], {env: {QARI_CACHE_DIR: directory}});
		const file = listCacheFile(directory);
		const damaged = readFileSync(file);
		// V8 does not check its payload: flipped bytes mid-file would otherwise run as code.
		for (let index = Math.floor(damaged.length / 2); index < Math.floor(damaged.length / 2) + 64; index++) {
			damaged[index]! ^= 0x5A;
		}

		writeFileSync(file, damaged);
		expect(codeCache.readCache(file)).toBeUndefined();

		const result = await runQari(['list'], {env: {QARI_CACHE_DIR: directory}});
		expect(result).toEqual(expected);
		expect(codeCache.readCache(file)).toBeDefined();
	});

	it('replaces a cache V8 rejects (made for other code), and still runs', async () => {
		const directory = temporaryDirectory();
		const expected = await runQari(['list'], {env: {QARI_CACHE_DIR: temporaryDirectory()}});
		const file = listCacheFile(directory);
		const foreign = new vm.Script('"other code"').createCachedData();
		writeFileSync(file, withDigest(foreign));
		expect(acceptedByV8(foreign)).toBe(false);

		const result = await runQari(['list'], {env: {QARI_CACHE_DIR: directory}});
		expect(result).toEqual(expected);
		expect(acceptedByV8(codeCache.readCache(file)!)).toBe(true);
	});

	it('keeps the 12 newest caches of any bundle, so installs side by side do not evict each other', async () => {
		const directory = temporaryDirectory();
		const names = Array.from({length: 13}, (_, index) => `cli-${index.toString(16).padStart(16, '0')}-reader.bin`);
		names.forEach((name, index) => {
			const file = path.join(directory, name);
			writeFileSync(file, 'x');
			utimesSync(file, 1_000_000 + index, 1_000_000 + index); // The first is the oldest.
		});
		writeFileSync(path.join(directory, 'library-cache.json'), '{}');

		expect((await runQari(['list'], {env: {QARI_CACHE_DIR: directory}})).code).toBe(0);
		const expected = [...names.slice(2), path.basename(listCacheFile(directory)), 'library-cache.json'];
		expect(readdirSync(directory).sort()).toEqual(expected.sort());
	});

	it('runs uncached, with no message, where the cache directory cannot be created', async () => {
		const directory = temporaryDirectory();
		const file = path.join(directory, 'a-file');
		writeFileSync(file, '');
		const expected = await runQari(['list', '--json'], {env: {QARI_CACHE_DIR: temporaryDirectory()}});
		const result = await runQari(['list', '--json'], {env: {QARI_CACHE_DIR: path.join(file, 'cache')}});
		expect(result).toEqual(expected);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
	});

	it('says in one line how to build a missing bundle', () => {
		const launcher = path.join(repoRoot, 'bin', 'code-cache.js');
		const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(launcher)}).runBundle('/nonexistent/cli.js')`], {encoding: 'utf8'});
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('qari: cannot read /nonexistent/cli.js (ENOENT); build it with `npm run build`\n');
	});

	it('keeps exit codes and one-line errors, and caches nothing from a run that failed', async () => {
		const directory = temporaryDirectory();
		const result = await runQari(['read', 'no-such-file.txt'], {env: {QARI_CACHE_DIR: directory}});
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(readdirSync(directory)).toEqual([]);
	});

	it('writes the reader\'s cache when stopped by SIGTERM right after its first frame (as npm run bench does)', async () => {
		const directory = temporaryDirectory();
		const qari = startQari([], {env: {QARI_CACHE_DIR: directory}});
		await qari.waitFor('23 ¶');
		qari.kill('SIGTERM');
		expect(await qari.exit).toBe(143);
		expect(qari.bufferType()).toBe('normal');
		const cachedData = codeCache.readCache(codeCache.cacheFile(directory, bundleSource(), []));
		expect(cachedData).toBeDefined();
		expect(acceptedByV8(cachedData!)).toBe(true);
	});

	it('writes the reader\'s cache once its first frame is drawn, and leaves the terminal restored', async () => {
		const directory = temporaryDirectory();
		mkdirSync(directory, {recursive: true});
		const file = codeCache.cacheFile(directory, bundleSource(), []);
		for (let run = 0; run < 2; run++) {
			const qari = startQari([], {env: {QARI_CACHE_DIR: directory}});
			await qari.waitFor('23 ¶'); // eslint-disable-line no-await-in-loop
			for (let waited = 0; codeCache.readCache(file) === undefined && waited < 5000; waited += 100) {
				await delay(100); // eslint-disable-line no-await-in-loop
			}

			const {ino} = statSync(file);
			expect(acceptedByV8(codeCache.readCache(file)!)).toBe(true);
			qari.write('q');
			expect(await qari.exit).toBe(0); // eslint-disable-line no-await-in-loop
			expect(qari.bufferType()).toBe('normal');
			expect(statSync(file).ino).toBe(ino); // Not written again at exit, nor on the second run.
		}
	});
});
