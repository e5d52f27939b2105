import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {compareRelativePaths, scanDirectory} from '../../../source/core/articles/scan.js';

/** The rule as first written: split into segments, compare segment by segment by code unit. */
function bySegments(a: string, b: string): number {
	const as = a.split('/');
	const bs = b.split('/');
	for (let index = 0; index < Math.min(as.length, bs.length); index++) {
		const x = as[index]!;
		const y = bs[index]!;
		if (x !== y) return x < y ? -1 : 1;
	}
	return Math.sign(as.length - bs.length);
}

describe('compareRelativePaths', () => {
	const paths = ['a.txt', 'a/b.txt', 'a-b.txt', 'a b/c.txt', 'a/b/c.txt', 'a/b.md', 'ab/c.txt', 'a!/x.txt', 'A/z.txt', 'عربي/ملف.txt', 'a', 'a/', 'b.txt', 'a.txt/x.txt'];
	it('orders as comparing the split paths does, for every pair', () => {
		for (const a of paths) {
			for (const b of paths) {
				expect(Math.sign(compareRelativePaths(a, b)), `${a} vs ${b}`).toBe(bySegments(a, b));
			}
		}
	});
});

describe('scanDirectory', () => {
	let root: string;
	beforeEach(async () => {
		root = await mkdtemp(path.join(tmpdir(), 'qari-scan-'));
	});
	afterEach(async () => {
		await rm(root, {recursive: true, force: true});
	});

	it('lists files in segment order with the paths as shown, real paths, links followed and hidden entries skipped', async () => {
		for (const file of ['a.txt', 'a/b.txt', 'a-b.txt', 'a/c/d.md', '.hidden/x.txt', 'z/.x.txt', 'z/notes.pdf']) {
			await mkdir(path.dirname(path.join(root, file)), {recursive: true});
			await writeFile(path.join(root, file), 'title\n');
		}
		await symlink(path.join(root, 'a'), path.join(root, 'link'));
		const {files, warnings} = await scanDirectory(root, 'lib/');
		expect(files.map(file => file.relativePath)).toEqual(['a/b.txt', 'a/c/d.md', 'a-b.txt', 'a.txt']);
		expect(files.map(file => file.shownPath)).toEqual(['lib/a/b.txt', 'lib/a/c/d.md', 'lib/a-b.txt', 'lib/a.txt']);
		expect(files.map(file => file.absolutePath)).toEqual(['a/b.txt', 'a/c/d.md', 'a-b.txt', 'a.txt'].map(file => path.join(root, file)));
		expect(files[1]?.realPath).toBe(path.join(root, 'a', 'c', 'd.md'));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/skipped lib\/link: directory already scanned/u);
	});

	it('shows paths under `.` without a `./`', async () => {
		await writeFile(path.join(root, 'x.txt'), 'title\n');
		const {files} = await scanDirectory(root, '.');
		expect(files.map(file => file.shownPath)).toEqual(['x.txt']);
	});
});
