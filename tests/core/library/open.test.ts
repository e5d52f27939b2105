import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {LibraryError, loadLibrary} from '../../../source/core/articles/index.js';
import {openLibrary, type LibrarySnapshot} from '../../../source/core/library/index.js';
import {search} from '../../../source/core/search/index.js';
import {longArticle, makeWorkspace, openAndFinish, plain, writeTree} from './helpers.js';

let workspace: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
	workspace = await makeWorkspace();
});
afterEach(async () => {
	await workspace.cleanup();
});

/** `count` files, `a000.txt` …, every third one short enough to be parsed from its head. */
async function writeArticles(count: number): Promise<void> {
	const files: Record<string, string> = {};
	for (let index = 0; index < count; index++) {
		const name = `a${String(index).padStart(3, '0')}.txt`;
		files[name] = index % 3 === 0 ? `عنوان ${index}\nفقرة قصيرة ${index}\n` : longArticle(`عنوان ${index}`, 10, `w${index} `);
	}
	await writeTree(workspace.corpus, files);
}

describe('openLibrary', () => {
	it('resolves with every title, then loads and indexes everything: progress reaches 100%', async () => {
		await writeArticles(40);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined, sliceMs: 1, notifyMs: 5});
		const first = library.getSnapshot();
		expect(first.articles).toHaveLength(40);
		expect(first.articles.map(article => article.title)).toEqual(Array.from({length: 40}, (_, index) => `عنوان ${index}`));
		expect(first.articles[1]?.status).toBe('pending');
		expect(first.articles[1]?.paragraphs).toEqual([]);
		expect(first.articles[0]?.status).toBe('loaded');
		expect(first.progress).toMatchObject({phase: 'loading', total: 40, indexed: 0});
		expect(library.getSnapshot()).toBe(first);

		const seen: LibrarySnapshot[] = [];
		library.subscribe(() => seen.push(library.getSnapshot()));
		await library.done;
		const last = library.getSnapshot();
		expect(last.progress).toEqual({phase: 'ready', total: 40, loaded: 40, indexed: 40});
		expect(seen.at(-1)).toBe(last);
		expect(last.articles.every(article => article.status === 'loaded')).toBe(true);
		// Progress only moves forward.
		for (const [position, snapshot] of seen.entries()) {
			const before = seen[position - 1]?.progress ?? first.progress;
			expect(snapshot.progress.loaded).toBeGreaterThanOrEqual(before.loaded);
			expect(snapshot.progress.indexed).toBeGreaterThanOrEqual(before.indexed);
		}

		const loaded = await loadLibrary([workspace.corpus]);
		expect(plain(library)).toEqual(loaded.articles);
		expect(search(library.searchIndex()!, 'w39')[0]?.articleIndex).toBe(39);
	});

	it('takes the same arguments as loadLibrary: missing paths throw, duplicates are dropped, ids and warnings match', async () => {
		await writeTree(workspace.corpus, {
			'a.txt': 'A\npara\n',
			'sub/a.txt': longArticle('Sub A'),
			'empty.txt': '',
			'bin.txt': new Uint8Array([0x41, 0, 0x42]),
			'bad.txt': new Uint8Array([0x54, 0x0a, 0xff, 0xfe, 0x0a]),
			'notes.md': `# Heading title\n\n${'text '.repeat(1200)}\n`,
		});
		await expect(openLibrary([workspace.corpus, path.join(workspace.root, 'nope')], {cacheDir: undefined})).rejects.toThrow(LibraryError);
		const paths = [workspace.corpus, path.join(workspace.corpus, 'a.txt'), path.join(workspace.corpus, 'sub')];
		const library = await openAndFinish(paths, {cacheDir: undefined});
		const expected = await loadLibrary(paths);
		expect(plain(library)).toEqual(expected.articles);
		expect(library.getSnapshot().warnings).toEqual(expected.warnings);
		expect(expected.warnings.length).toBe(3);
	});

	it('gives a title from the head that the whole file confirms (seed format and Markdown)', async () => {
		await writeTree(workspace.corpus, {
			'a.md': `Some intro\n\n# Not first\n\n${'x '.repeat(3000)}\n`,
			'b.md': `\n\n# العنوان *المهم*\n\n${'نص '.repeat(3000)}\n`,
			'c.txt': `\n\n  السطر الأول  \n${'نص '.repeat(3000)}\n`,
			'd.txt': `${'طويل '.repeat(2000)}\nsecond\n`,
		});
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined});
		const titles = library.getSnapshot().articles.map(article => article.title);
		expect(library.getSnapshot().articles.map(article => article.status)).toEqual(['pending', 'pending', 'pending', 'loaded']);
		await library.done;
		expect(library.getSnapshot().articles.map(article => article.title)).toEqual(titles);
		expect(titles.slice(0, 3)).toEqual(['Some intro', 'العنوان المهم', 'السطر الأول']);
	});

	it('reads a prioritized article before those in front of it', async () => {
		await writeArticles(300);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined, sliceMs: 0, notifyMs: 0});
		library.prioritize(250);
		const firstChange = await new Promise<LibrarySnapshot>(resolve => {
			const stop = library.subscribe(() => {
				stop();
				resolve(library.getSnapshot());
			});
		});
		expect(firstChange.articles[250]?.status).toBe('loaded');
		expect(firstChange.articles[250]?.paragraphs).toHaveLength(10);
		expect(firstChange.articles[299]?.status).toBe('pending');
		await library.close();
	});

	it('searches only the articles indexed so far, and all of them at the end', async () => {
		await writeArticles(300);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined, sliceMs: 0, notifyMs: 0});
		let partial: {indexed: number; first: number | undefined; last: number} | undefined;
		library.subscribe(() => {
			const {indexed, total} = library.getSnapshot().progress;
			// Articles 0 and 1 indexed at least ('w1' is in article 1), not all: however the slices fell.
			if (partial !== undefined || indexed < 2 || indexed >= total - 5) return;
			const index = library.searchIndex()!;
			partial = {
				indexed,
				first: search(index, 'w1')[0]?.articleIndex,
				last: search(index, "'w298", {limit: 1000}).length,
			};
			expect(index.unitArticle.every(article => article < indexed)).toBe(true);
		});
		await library.done;
		expect(partial).toBeDefined();
		expect(partial?.first).toBe(1);
		expect(partial?.last).toBe(0);
		expect(search(library.searchIndex()!, "'w298")[0]?.articleIndex).toBe(298);
	});

	it('makes a partial search index at most every 250 ms, and the same object until it grows', async () => {
		await writeArticles(60);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined});
		expect(library.searchIndex()).toBeUndefined();
		await library.done;
		const final = library.searchIndex();
		expect(final?.titleUnits).toHaveLength(60);
		expect(library.searchIndex()).toBe(final);
	});

	it('gives the event loop back while it loads and indexes (input is handled meanwhile)', async () => {
		await writeArticles(300);
		const library = await openLibrary([workspace.corpus], {cacheDir: workspace.cache, sliceMs: 1, notifyMs: 5});
		// What a keystroke needs: a callback from the event loop, run while work is still going on.
		const progressSeenByTicks: number[] = [];
		let ticking = true;
		const tick = () => {
			progressSeenByTicks.push(library.getSnapshot().progress.indexed);
			if (ticking) setImmediate(tick);
		};
		setImmediate(tick);
		await library.done;
		ticking = false;
		const during = progressSeenByTicks.filter(indexed => indexed < 300);
		expect(during.length).toBeGreaterThan(10);
		expect(new Set(during).size).toBeGreaterThan(3);
	});

	it('close stops the background work and resolves done', async () => {
		await writeArticles(300);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined, sliceMs: 0});
		await library.close();
		await library.done;
		const {progress} = library.getSnapshot();
		expect(progress.loaded).toBeLessThan(300);
		expect(progress.phase).toBe('loading');
	});
});
