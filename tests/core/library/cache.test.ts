import {readdir, readFile, rm, stat, truncate, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {loadLibrary} from '../../../source/core/articles/index.js';
import {openLibrary} from '../../../source/core/library/index.js';
import {search} from '../../../source/core/search/index.js';
import {decodeShard, encodeShard, sealManifest, type CachedArticle} from '../../../source/core/library/cache/format.js';
import {sealShardBytes} from '../../../source/core/library/cache/shard-format.js';
import {packText} from '../../../source/core/search/packed-text.js';
import {longArticle, makeWorkspace, openAndFinish, plain, writeTree} from './helpers.js';

let workspace: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
	workspace = await makeWorkspace();
	const files: Record<string, string> = {};
	for (let index = 0; index < 60; index++) {
		files[`n${String(index).padStart(2, '0')}.txt`] = index % 2 === 0 ? `Short ${index}\nbody ${index}\n` : longArticle(`Long ${index}`, 8, `k${index} `);
	}
	await writeTree(workspace.corpus, files);
	// Whole seconds, so that a test can put a file's mtime back exactly.
	for (const name of Object.keys(files)) await utimes(path.join(workspace.corpus, name), 1_700_000_000, 1_700_000_000);
});
afterEach(async () => {
	await workspace.cleanup();
});

const cacheFiles = async (directory: string) => ({
	manifests: (await readdir(directory)).filter(name => name.startsWith('library-')),
	shards: await readdir(path.join(directory, 'shards')),
});

/** Opens the library and reports how many articles came from the cache (pending at open even though short). */
async function warmOpen(): Promise<{library: Awaited<ReturnType<typeof openAndFinish>>; fromCache: number}> {
	const library = await openLibrary([workspace.corpus], {cacheDir: workspace.cache, sliceMs: 2, notifyMs: 5});
	// A short file read from disk is loaded at once; from the cache it waits for its shard.
	const fromCache = library.getSnapshot().articles.filter(article => article.title.startsWith('Short') && article.status === 'pending').length;
	await library.done;
	return {library, fromCache};
}

describe('the library cache', () => {
	it('is written on the first open and used on the second, giving the same library', async () => {
		const cold = await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		const {manifests, shards} = await cacheFiles(workspace.cache);
		expect(manifests).toHaveLength(1);
		expect(shards.length).toBeGreaterThanOrEqual(2);

		const {library, fromCache} = await warmOpen();
		expect(fromCache).toBe(30);
		expect(plain(library)).toEqual(plain(cold));
		expect(plain(library)).toEqual((await loadLibrary([workspace.corpus])).articles);
		expect(library.getSnapshot().progress).toEqual({phase: 'ready', total: 60, loaded: 60, indexed: 60});
		expect(search(library.searchIndex()!, "'k59")[0]?.articleIndex).toBe(59);
	});

	it('trusts size and mtime: a file edited in place with both kept is served from the cache', async () => {
		await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		const file = path.join(workspace.corpus, 'n02.txt');
		await writeFile(file, 'Shxrt 2\nbody 2\n');
		await utimes(file, 1_700_000_000, 1_700_000_000);
		const {library} = await warmOpen();
		expect(library.getSnapshot().articles[2]?.title).toBe('Short 2');
		// A different mtime is noticed.
		await utimes(file, 1_700_000_001, 1_700_000_001);
		expect((await warmOpen()).library.getSnapshot().articles[2]?.title).toBe('Shxrt 2');
	});

	it('re-reads a changed file, drops a deleted one and adds a new one', async () => {
		await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		await writeFile(path.join(workspace.corpus, 'n01.txt'), longArticle('Changed title', 9, 'changed '));
		await writeFile(path.join(workspace.corpus, 'n04.txt'), 'Short 4 edited\nnew body\n');
		await rm(path.join(workspace.corpus, 'n03.txt'));
		await writeFile(path.join(workspace.corpus, 'n99.txt'), 'Added\nadded body\n');

		const {library, fromCache} = await warmOpen();
		expect(fromCache).toBe(29);
		const expected = await loadLibrary([workspace.corpus]);
		expect(plain(library)).toEqual(expected.articles);
		const titles = library.getSnapshot().articles.map(article => article.title);
		expect(titles).toContain('Changed title');
		expect(titles).toContain('Short 4 edited');
		expect(titles).toContain('Added');
		expect(titles).not.toContain('Long 3');
		expect(library.getSnapshot().articles[1]?.paragraphs).toHaveLength(9);

		// The cache now matches the files again: every short article comes from it.
		const again = await warmOpen();
		expect(again.fromCache).toBe(30);
		expect(plain(again.library)).toEqual(expected.articles);
		const manifest = await readFile(path.join(workspace.cache, (await cacheFiles(workspace.cache)).manifests[0]!), 'utf8');
		expect(manifest).not.toContain('n03.txt');
	});

	it('ignores and rebuilds a corrupt, truncated, tampered or other-version manifest', async () => {
		await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		const manifestFile = path.join(workspace.cache, (await cacheFiles(workspace.cache)).manifests[0]!);
		const good = await readFile(manifestFile, 'utf8');
		const expected = (await loadLibrary([workspace.corpus])).articles;
		const wrapper = /^\{"crc32":"[0-9a-f]{8}","manifest":(.*)\}$/s;
		const payload = wrapper.exec(good)?.[1];
		expect(payload).toBeDefined();
		expect(sealManifest(payload!)).toBe(good);
		// Changes the checksum would catch, also made with a checksum that fits them (the rows are still checked).
		const changed = [
			payload!.replace(/"version":"[^"]+"/, '"version":"qari-library/999"'),
			payload!.replace('"Short 0"', '"Short \\u001b[31m0"'),
			payload!.replace(/,(\d+),"[0-9a-f]{16}-/, ',-1,"aaaaaaaaaaaaaaaa-'),
			payload!.slice(0, Math.floor(payload!.length / 2)),
		];
		const damaged = [
			good.slice(0, Math.floor(good.length / 2)),
			good.slice(0, -1),
			'not json at all',
			// One character of a title, the JSON still valid: only the checksum can tell.
			good.replace('"Short 1', '"Short 7'),
			good.replace(/"crc32":"[0-9a-f]{8}"/, '"crc32":"00000000"'),
			...changed.flatMap(text => [good.replace(payload!, () => text), sealManifest(text)]),
		];
		for (const text of damaged) {
			expect(text).not.toBe(good);
			await writeFile(manifestFile, text);
			const {library, fromCache} = await warmOpen();
			expect(fromCache).toBe(0);
			expect(plain(library)).toEqual(expected);
			// Rebuilt: the next open uses it again.
			expect((await warmOpen()).fromCache).toBe(30);
		}
	});

	it('reads the files again when a shard is truncated, corrupt or does not fit its articles', async () => {
		await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		const expected = (await loadLibrary([workspace.corpus])).articles;
		const shardDir = path.join(workspace.cache, 'shards');
		/** A shard decoded, changed and encoded again: well-formed, but not what the manifest promised. */
		const rewrite = (change: (article: CachedArticle) => CachedArticle) => async (file: string) => {
			const articles = decodeShard(await readFile(file));
			expect(articles).toBeDefined();
			await writeFile(file, encodeShard(articles!.map(article => change(article))));
		};
		const damage = [
			async (file: string) => truncate(file, Math.floor((await stat(file)).size / 2)),
			// The same length: the checksum tells, and with a checksum made to fit, the check for control characters.
			...[false, true].map(seal => async (file: string) => {
				const bytes = await readFile(file);
				const at = bytes.indexOf('body 0');
				if (at >= 0) bytes[at + 4] = 0x1b;
				await writeFile(file, seal ? sealShardBytes(bytes) : bytes);
			}),
			// One byte of the version changed.
			async (file: string) => {
				const bytes = await readFile(file);
				bytes[12] = bytes[12]! ^ 1;
				await writeFile(file, bytes);
			},
			// Well-formed but wrong search data: one key too few for the paragraphs.
			rewrite(article => ({...article, normalized: {keys: article.normalized.keys.slice(1)}})),
			rewrite(article => (article.title === 'Short 0' ? {...article, title: 'Short zero'} : article)),
		];
		for (const hurt of damage) {
			for (const name of await readdir(shardDir)) await hurt(path.join(shardDir, name));
			const {library} = await warmOpen();
			expect(plain(library)).toEqual(expected);
			expect(library.getSnapshot().progress.phase).toBe('ready');
			expect(search(library.searchIndex()!, 'body 0')[0]?.articleIndex).toBe(0);
			const rebuilt = await warmOpen();
			expect(rebuilt.fromCache).toBe(30);
			expect(plain(rebuilt.library)).toEqual(expected);
		}
	});

	it('serves the file\'s exact text whenever any byte of a paragraph in a shard is changed, and rewrites the shard', async () => {
		const vowelled = 'قَالَ الرَّئِيسُ فِي بَغْدَادَ';
		await writeFile(path.join(workspace.corpus, 'n00.txt'), `Short 0\n${vowelled}\n`);
		await openAndFinish([workspace.corpus], {cacheDir: workspace.cache});
		const expected = (await loadLibrary([workspace.corpus])).articles;
		expect(expected[0]?.paragraphs).toEqual([vowelled]);
		const shardDir = path.join(workspace.cache, 'shards');
		// Packed, the paragraph is one byte a character (search/packed-text.ts): find it in whichever shard holds it now.
		const packed = Buffer.from(packText(vowelled), 'latin1');
		const holder = async () => {
			for (const name of await readdir(shardDir)) {
				const bytes = await readFile(path.join(shardDir, name));
				const at = bytes.indexOf(packed);
				if (at >= 0) return {name, bytes, at};
			}
			throw new Error('no shard holds the paragraph');
		};

		const damage: Array<(bytes: Buffer, at: number) => void> = [];
		for (let offset = 0; offset < packed.length; offset++) {
			damage.push((bytes, at) => {
				bytes[at + offset] = bytes[at + offset]! ^ 0xff;
			});
		}
		// A haraka moved onto the letter before it: the same bytes in another order.
		const haraka = /[\u064b-\u0652]/;
		for (let index = 1; index < vowelled.length; index++) {
			if (!haraka.test(vowelled[index]!) || haraka.test(vowelled[index - 1]!)) continue;
			damage.push((bytes, at) => {
				[bytes[at + index - 1], bytes[at + index]] = [bytes[at + index]!, bytes[at + index - 1]!];
			});
		}
		expect(damage.length).toBeGreaterThan(packed.length + 5);

		for (const hurt of damage) {
			const {name, bytes, at} = await holder();
			hurt(bytes, at);
			await writeFile(path.join(shardDir, name), bytes);
			const {library} = await warmOpen();
			expect(library.getSnapshot().articles[0]?.paragraphs).toEqual([vowelled]);
			expect(plain(library)).toEqual(expected);
			// The damaged shard is replaced by one written from the files.
			expect(await readdir(shardDir)).not.toContain(name);
		}
		const {library, fromCache} = await warmOpen();
		expect(fromCache).toBe(30);
		expect(plain(library)).toEqual(expected);
		expect(search(library.searchIndex()!, 'بغداد')[0]?.articleIndex).toBe(0);
	});

	it('works without a cache when the cache directory cannot be made', async () => {
		const blocker = path.join(workspace.root, 'file-not-dir');
		await writeFile(blocker, 'x');
		const library = await openAndFinish([workspace.corpus], {cacheDir: path.join(blocker, 'qari')});
		expect(plain(library)).toEqual((await loadLibrary([workspace.corpus])).articles);
		expect(library.getSnapshot().warnings).toEqual([]);
	});

	it('writes what is loaded when closed early, and the next open finishes the job', async () => {
		const library = await openLibrary([workspace.corpus], {cacheDir: workspace.cache, sliceMs: 0});
		await new Promise(resolve => setTimeout(resolve, 5));
		await library.close();
		const {library: next} = await warmOpen();
		expect(plain(next)).toEqual((await loadLibrary([workspace.corpus])).articles);
		expect((await warmOpen()).fromCache).toBe(30);
	});
});
