import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {IdAllocator} from '../../../source/core/articles/ids.js';
import {loadLibrary} from '../../../source/core/articles/index.js';

let tmp: string;
beforeEach(async () => {
	tmp = await mkdtemp(path.join(tmpdir(), 'qari-article-ids-'));
});
afterEach(async () => {
	await rm(tmp, {recursive: true, force: true});
});

/** Writes files (relative path → contents) under `tmp`, creating directories as needed. */
async function makeTree(files: Record<string, string>): Promise<void> {
	for (const [relative, contents] of Object.entries(files)) {
		const full = path.join(tmp, relative);
		await mkdir(path.dirname(full), {recursive: true});
		await writeFile(full, contents);
	}
}

describe('loadLibrary, ids', () => {
	it('makes a colliding id unique by prefixing the root directory name', async () => {
		await makeTree({'one/a.txt': 'First\nbody', 'two/a.txt': 'Second\nbody', 'two/b.txt': 'B\nbody'});
		const {articles} = await loadLibrary([path.join(tmp, 'one'), path.join(tmp, 'two')]);
		expect(articles.map(article => [article.id, article.title])).toEqual([
			['a.txt', 'First'],
			['two/a.txt', 'Second'],
			['b.txt', 'B'],
		]);
	});

	it('prefixes more of the root path when the root names collide too', async () => {
		await makeTree({'x/lib/a.txt': 'X\nbody', 'y/lib/a.txt': 'Y\nbody', 'z/lib/a.txt': 'Z\nbody'});
		const roots = ['x', 'y', 'z'].map(name => path.join(tmp, name, 'lib'));
		const {articles} = await loadLibrary(roots);
		expect(articles.map(article => article.id)).toEqual(['a.txt', 'lib/a.txt', 'z/lib/a.txt']);
	});

	it('does the same for file arguments with the same name', async () => {
		await makeTree({'one/a.txt': 'First\nbody', 'two/a.txt': 'Second\nbody'});
		const {articles} = await loadLibrary([path.join(tmp, 'two', 'a.txt'), path.join(tmp, 'one', 'a.txt')]);
		expect(articles.map(article => [article.id, article.title])).toEqual([
			['a.txt', 'Second'],
			['one/a.txt', 'First'],
		]);
	});

	it('gives the same ids on every load', async () => {
		await makeTree({'one/a.txt': 'A\nbody', 'two/a.txt': 'A\nbody', 'two/sub/c.md': '# C'});
		const load = () => loadLibrary([path.join(tmp, 'one'), path.join(tmp, 'two')], {concurrency: 1});
		const first = await load();
		expect((await load()).articles).toEqual(first.articles);
		expect(first.articles.map(article => article.id)).toEqual(['a.txt', 'two/a.txt', 'sub/c.md']);
	});

	it('falls back to a counter when every prefix is taken', () => {
		const ids = new IdAllocator();
		expect(['a.txt', 'a.txt', 'a.txt', 'a.txt'].map(relative => ids.allocate('/lib', relative))).toEqual([
			'a.txt',
			'lib/a.txt',
			'a.txt~2',
			'a.txt~3',
		]);
	});
});
