import {rmSync, writeFileSync} from 'node:fs';
import {chmod} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openLibrary} from '../../../source/core/library/index.js';
import {search} from '../../../source/core/search/index.js';
import {longArticle, makeWorkspace, writeTree} from './helpers.js';

const isRoot = process.getuid?.() === 0;

let workspace: Awaited<ReturnType<typeof makeWorkspace>>;
beforeEach(async () => {
	workspace = await makeWorkspace();
});
afterEach(async () => {
	await chmod(path.join(workspace.corpus, 'locked.txt'), 0o644).catch(() => undefined);
	await workspace.cleanup();
});

describe('a library with broken files among good ones', () => {
	it('skips binary, empty and too large files with a warning and loads invalid UTF-8 as U+FFFD', async () => {
		await writeTree(workspace.corpus, {
			'a-good.txt': longArticle('Good one', 6, 'good '),
			'b-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0a]),
			'c-empty.txt': '  \n\n',
			'd-invalid.txt': new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x62, 0xc3, 0x28, 0x0a]),
			'e-big.txt': longArticle('Too big', 40),
			'f-good.txt': 'Another\nline\n',
		});
		for (const cacheDir of [undefined, workspace.cache, workspace.cache]) {
			const library = await openLibrary([workspace.corpus], {cacheDir, maxFileBytes: 8000});
			await library.done;
			const {articles, warnings, progress} = library.getSnapshot();
			expect(articles.map(article => [article.id, article.status])).toEqual([
				['a-good.txt', 'loaded'],
				['d-invalid.txt', 'loaded'],
				['f-good.txt', 'loaded'],
			]);
			expect(articles[1]?.paragraphs).toEqual(['b\uFFFD(']);
			expect(progress).toEqual({phase: 'ready', total: 3, loaded: 3, indexed: 3});
			expect(warnings).toHaveLength(4);
			expect(warnings[0]).toMatch(/binary file .*b-binary\.txt/);
			expect(warnings[1]).toMatch(/empty file .*c-empty\.txt/);
			expect(warnings[2]).toMatch(/invalid UTF-8 in .*d-invalid\.txt/);
			expect(warnings[3]).toMatch(/e-big\.txt: file is too large/);
		}
	});

	it('marks an article failed, with a warning, when the rest of its file turns out binary, vanishes or is emptied', async () => {
		await writeTree(workspace.corpus, {
			'a.txt': longArticle('Becomes binary'),
			'b.txt': longArticle('Vanishes'),
			'c.txt': longArticle('Emptied'),
			'd.txt': longArticle('Stays good', 12, 'fine '),
		});
		const library = await openLibrary([workspace.corpus], {cacheDir: workspace.cache});
		expect(library.getSnapshot().articles.map(article => article.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
		// Synchronously, before the background work gets its first turn.
		const binary = Buffer.from(longArticle('Becomes binary'));
		binary[5000] = 0;
		writeFileSync(path.join(workspace.corpus, 'a.txt'), binary);
		rmSync(path.join(workspace.corpus, 'b.txt'));
		writeFileSync(path.join(workspace.corpus, 'c.txt'), '');
		await library.done;

		const {articles, warnings, progress} = library.getSnapshot();
		expect(articles.map(article => [article.title, article.status])).toEqual([
			['Becomes binary', 'failed'],
			['Vanishes', 'failed'],
			['Emptied', 'failed'],
			['Stays good', 'loaded'],
		]);
		expect(articles[0]?.paragraphs).toEqual([]);
		expect(warnings).toHaveLength(3);
		expect(warnings[0]).toMatch(/binary file .*a\.txt/);
		expect(warnings[1]).toMatch(/b\.txt.*no such file/);
		expect(warnings[2]).toMatch(/empty file .*c\.txt/);
		expect(progress).toEqual({phase: 'ready', total: 4, loaded: 4, indexed: 4});
		// Failed articles keep their titles in the index; the good one is searchable.
		const index = library.searchIndex()!;
		expect(search(index, 'vanishes')[0]?.articleIndex).toBe(1);
		expect(search(index, 'fine')[0]?.articleIndex).toBe(3);

		// Failed files are not cached: the next open reads them again (the emptied one is skipped at once;
		// the binary byte lies past the head, so that one fails again in the background).
		const again = await openLibrary([workspace.corpus], {cacheDir: workspace.cache});
		await again.done;
		expect(again.getSnapshot().articles.map(article => [article.title, article.status])).toEqual([
			['Becomes binary', 'failed'],
			['Stays good', 'loaded'],
		]);
	});

	it.skipIf(isRoot)('skips an unreadable file with a warning', async () => {
		await writeTree(workspace.corpus, {'good.txt': 'Good\npara\n', 'locked.txt': 'Locked\npara\n'});
		await chmod(path.join(workspace.corpus, 'locked.txt'), 0);
		const library = await openLibrary([workspace.corpus], {cacheDir: undefined});
		await library.done;
		expect(library.getSnapshot().articles.map(article => article.id)).toEqual(['good.txt']);
		expect(library.getSnapshot().warnings).toEqual([expect.stringMatching(/unreadable file .*locked\.txt \(permission denied\)/)]);
	});
});
