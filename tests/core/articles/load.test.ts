import {execFileSync} from 'node:child_process';
import {chmod, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {LibraryError, loadLibrary} from '../../../source/core/articles/index.js';

const libraryDir = fileURLToPath(new URL('../../fixtures/articles/library', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../seeds', import.meta.url));
const isRoot = process.getuid?.() === 0;
const hasControl = (text: string) => /[\x00-\x1f\x7f-\x9f]/.test(text);

let tmp: string;
beforeEach(async () => {
	tmp = await mkdtemp(path.join(tmpdir(), 'qari-articles-'));
});
afterEach(async () => {
	await chmod(tmp, 0o755).catch(() => undefined);
	await rm(tmp, {recursive: true, force: true});
});

/** Writes files (relative path → contents) under `tmp`, creating directories as needed. */
async function makeTree(files: Record<string, string | Uint8Array>): Promise<void> {
	for (const [relative, contents] of Object.entries(files)) {
		const full = path.join(tmp, relative);
		await mkdir(path.dirname(full), {recursive: true});
		await writeFile(full, contents);
	}
}

describe('loadLibrary, directories', () => {
	it('scans recursively for .txt and .md, sorted by path segment, skipping other and hidden files', async () => {
		const {articles, warnings} = await loadLibrary([libraryDir]);
		expect(articles.map(article => article.id)).toEqual([
			'a/inner.txt',
			'a-b.txt',
			'a.md',
			'b.txt',
			'sub/UPPER.TXT',
			'sub/c.txt',
		]);
		expect(warnings).toEqual([]);
		expect(articles[1]?.path).toBe(path.join(libraryDir, 'a-b.txt'));
	});

	it('parses .md as Markdown and .txt by detection', async () => {
		const {articles} = await loadLibrary([libraryDir]);
		const byId = new Map(articles.map(article => [article.id, article]));
		expect(byId.get('a.md')).toMatchObject({title: 'Markdown article', paragraphs: ['A paragraph with bold text.']});
		expect(byId.get('b.txt')?.paragraphs).toEqual(['الفقرة الأولى من المقال.', 'الفقرة الثانية من المقال.']);
		expect(byId.get('sub/c.txt')?.paragraphs).toEqual([
			'This first paragraph was wrapped at a narrow width by the program that wrote it, so its lines belong together.',
			'The second paragraph is short.',
		]);
	});

	it('loads the seeds with their paragraph counts', async () => {
		const {articles, warnings} = await loadLibrary([seedsDir]);
		expect(warnings).toEqual([]);
		expect(articles.map(article => [article.id, article.paragraphs.length])).toEqual([
			['000_e63fd566e3c0f04e.txt', 23],
			['001_388e89f499b51aba.txt', 17],
		]);
	});

	it('keeps the sorted order when reading many files concurrently', async () => {
		const names = Array.from({length: 40}, (_, index) => `f${String(index).padStart(2, '0')}.txt`);
		// Sizes decrease so that later files tend to finish reading first.
		await makeTree(Object.fromEntries(names.map((name, index) => [name, `${name}\n${'x'.repeat((40 - index) * 5000)}`])));
		const {articles} = await loadLibrary([tmp], {concurrency: 3});
		expect(articles.map(article => article.id)).toEqual(names);
		expect(articles.map(article => article.title)).toEqual(names);
	});

	it('does not hang on a symbolic link loop, and loads each file once', async () => {
		await makeTree({'a.txt': 'A\nbody', 'sub/b.txt': 'B\nbody'});
		await symlink('..', path.join(tmp, 'sub', 'up'));
		await symlink('.', path.join(tmp, 'self'));
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles.map(article => article.id)).toEqual(['a.txt', 'sub/b.txt']);
		expect(warnings).toEqual([
			`warning: skipped ${path.join(tmp, 'self')}: directory already scanned (symbolic link loop?)`,
			`warning: skipped ${path.join(tmp, 'sub', 'up')}: directory already scanned (symbolic link loop?)`,
		]);
	});

	it('follows symbolic links to directories and files outside the root', async () => {
		await makeTree({'outside/x.txt': 'X\nbody', 'outside/y.txt': 'Y\nbody', 'root/z.txt': 'Z\nbody'});
		await symlink(path.join(tmp, 'outside'), path.join(tmp, 'root', 'linked'));
		await symlink(path.join(tmp, 'outside', 'y.txt'), path.join(tmp, 'root', 'y-link.txt'));
		const {articles} = await loadLibrary([path.join(tmp, 'root')]);
		// y.txt is reached twice (through the directory link and the file link): loaded once.
		expect(articles.map(article => article.id)).toEqual(['linked/x.txt', 'linked/y.txt', 'z.txt']);
		expect(articles[0]?.path).toBe(path.join(tmp, 'root', 'linked', 'x.txt'));
	});

	it('warns about a broken link and a FIFO that look like articles', async () => {
		await makeTree({'ok.txt': 'OK\nbody'});
		await symlink(path.join(tmp, 'missing.txt'), path.join(tmp, 'broken.txt'));
		await symlink(path.join(tmp, 'missing'), path.join(tmp, 'broken-no-extension'));
		execFileSync('mkfifo', [path.join(tmp, 'pipe.txt')]);
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles.map(article => article.id)).toEqual(['ok.txt']);
		expect(warnings).toEqual([
			`warning: skipped ${path.join(tmp, 'broken.txt')}: broken symbolic link (no such file or directory)`,
			`warning: skipped ${path.join(tmp, 'pipe.txt')}: not a regular file`,
		]);
	});

	it.skipIf(isRoot)('warns about an unreadable file and an unreadable directory', async () => {
		await makeTree({'ok.txt': 'OK\nbody', 'secret.txt': 'S\nbody', 'closed/x.txt': 'X\nbody'});
		await chmod(path.join(tmp, 'secret.txt'), 0o000);
		await chmod(path.join(tmp, 'closed'), 0o000);
		try {
			const {articles, warnings} = await loadLibrary([tmp, path.join(tmp, 'closed', 'x.txt')]);
			expect(articles.map(article => article.id)).toEqual(['ok.txt']);
			expect(warnings).toEqual([
				`warning: cannot read directory ${path.join(tmp, 'closed')} (permission denied)`,
				`warning: skipped unreadable file ${path.join(tmp, 'secret.txt')} (permission denied)`,
				`warning: cannot access ${path.join(tmp, 'closed', 'x.txt')} (permission denied)`,
			]);
		} finally {
			await chmod(path.join(tmp, 'closed'), 0o755);
		}
	});

	it('returns nothing for no paths', async () => {
		expect(await loadLibrary([])).toEqual({articles: [], warnings: []});
	});
});

describe('loadLibrary, files', () => {
	it('gives a file argument its file name as id, whatever its extension', async () => {
		const readme = path.join(libraryDir, 'sub', 'readme.rst');
		const {articles} = await loadLibrary([readme, path.join(libraryDir, 'b.txt')]);
		expect(articles.map(article => [article.id, article.path, article.title])).toEqual([
			['readme.rst', readme, 'Not an article either.'],
			['b.txt', path.join(libraryDir, 'b.txt'), 'عنوان المقال الثاني'],
		]);
	});

	it('names files in warnings as the argument was typed', async () => {
		await makeTree({'x.txt': new Uint8Array([0x41, 0x00, 0x42]), 'y.md': ''});
		const relative = path.relative(process.cwd(), tmp);
		const {warnings} = await loadLibrary([relative, path.join(relative, 'y.md')]);
		expect(warnings).toEqual([
			`warning: skipped binary file ${path.join(relative, 'x.txt')}`,
			`warning: skipped empty file ${path.join(relative, 'y.md')}`,
		]);
	});

	it('orders warnings by argument', async () => {
		await makeTree({'empty.txt': '', 'dir/ok.txt': 'OK\nbody'});
		await symlink(path.join(tmp, 'nowhere'), path.join(tmp, 'dir', 'broken.md'));
		const {warnings} = await loadLibrary([path.join(tmp, 'empty.txt'), path.join(tmp, 'dir')]);
		expect(warnings).toEqual([
			`warning: skipped empty file ${path.join(tmp, 'empty.txt')}`,
			`warning: skipped ${path.join(tmp, 'dir', 'broken.md')}: broken symbolic link (no such file or directory)`,
		]);
	});

	it('skips a binary file (NUL bytes) with a one-line warning', async () => {
		await makeTree({'x.txt': new Uint8Array([0x54, 0x0a, 0x00, 0x01, 0xff, 0x0a, 0x42]), 'y.txt': 'Y\nbody'});
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles.map(article => article.id)).toEqual(['y.txt']);
		expect(warnings).toEqual([`warning: skipped binary file ${path.join(tmp, 'x.txt')}`]);
	});

	it('replaces invalid UTF-8 with U+FFFD and warns', async () => {
		const bytes = Buffer.concat([Buffer.from('Title\nbad '), Buffer.from([0xff, 0xc3]), Buffer.from(' end\n')]);
		await makeTree({'bad.txt': bytes});
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles[0]).toMatchObject({title: 'Title', paragraphs: ['bad \uFFFD\uFFFD end']});
		expect(warnings).toEqual([`warning: invalid UTF-8 in ${path.join(tmp, 'bad.txt')} (shown as U+FFFD)`]);
	});

	it('decodes UTF-16 with a byte order mark', async () => {
		const text = 'عنوان\nفقرة';
		const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const bigEndian = Buffer.from(littleEndian).swap16();
		await makeTree({'le.txt': littleEndian, 'be.txt': bigEndian});
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(warnings).toEqual([]);
		expect(articles.map(article => [article.id, article.title, article.paragraphs])).toEqual([
			['be.txt', 'عنوان', ['فقرة']],
			['le.txt', 'عنوان', ['فقرة']],
		]);
	});

	it('strips a UTF-8 byte order mark and handles CRLF', async () => {
		await makeTree({'bom.txt': '\uFEFFTitle\r\nOne\r\nTwo\r\n'});
		const {articles} = await loadLibrary([tmp]);
		expect(articles[0]).toMatchObject({title: 'Title', paragraphs: ['One', 'Two']});
	});

	it('skips empty and whitespace-only files with a warning, keeps a title-only file', async () => {
		await makeTree({'empty.txt': '', 'blank.md': ' \n\t\n\r\n', 'title.txt': 'Just a title\n\n'});
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles).toEqual([{id: 'title.txt', path: path.join(tmp, 'title.txt'), title: 'Just a title', paragraphs: []}]);
		expect(warnings).toEqual([
			`warning: skipped empty file ${path.join(tmp, 'blank.md')}`,
			`warning: skipped empty file ${path.join(tmp, 'empty.txt')}`,
		]);
	});

	it('refuses files over the size limit', async () => {
		await makeTree({'big.txt': `Big\n${'x'.repeat(200)}`, 'small.txt': 'Small\nbody'});
		const {articles, warnings} = await loadLibrary([tmp], {maxFileBytes: 100});
		expect(articles.map(article => article.id)).toEqual(['small.txt']);
		expect(warnings).toEqual([
			`warning: skipped ${path.join(tmp, 'big.txt')}: file is too large (204 bytes; the limit is 100 bytes)`,
		]);
	});

	it('strips escape sequences from titles, paragraphs, ids and warnings', async () => {
		const evilName = 'evil\x1b]0;pwned\x07\x1b[31m.txt';
		await makeTree({[evilName]: '\x1b[2J\x1b[HTitle\x1b]8;;http://x\x1b\\\nbody\x9b1m text\x7f', [`bin${evilName}`]: '\0'});
		const {articles, warnings} = await loadLibrary([tmp]);
		expect(articles).toEqual([{id: 'evil.txt', path: path.join(tmp, evilName), title: 'Title', paragraphs: ['body text']}]);
		expect(warnings).toHaveLength(1);
		expect(hasControl(warnings[0] ?? '\x1b')).toBe(false);
		expect(warnings[0]).toBe(`warning: skipped binary file ${path.join(tmp, 'binevil.txt')}`);
	});

	it('loads a file given twice only once', async () => {
		await makeTree({'a.txt': 'A\nbody'});
		const {articles} = await loadLibrary([path.join(tmp, 'a.txt'), tmp, path.join(tmp, '.', 'a.txt')]);
		expect(articles.map(article => article.id)).toEqual(['a.txt']);
	});

	it('warns about an argument that is not a regular file', async () => {
		execFileSync('mkfifo', [path.join(tmp, 'pipe')]);
		const {articles, warnings} = await loadLibrary([path.join(tmp, 'pipe')]);
		expect(articles).toEqual([]);
		expect(warnings).toEqual([`warning: skipped ${path.join(tmp, 'pipe')}: not a regular file`]);
	});
});

describe('loadLibrary, missing paths', () => {
	it('throws a LibraryError with a one-line message', async () => {
		const attempt = loadLibrary(['foo.txt']);
		await expect(attempt).rejects.toThrow(LibraryError);
		await expect(attempt).rejects.toThrow(/^qari: no such file or directory: foo\.txt$/);
	});

	it('names the first missing argument, even after existing ones', async () => {
		await expect(loadLibrary([libraryDir, 'first-missing', 'second-missing'])).rejects.toThrow(
			'qari: no such file or directory: first-missing',
		);
	});

	it('treats a path through a file, and an empty argument, as missing', async () => {
		await expect(loadLibrary([path.join(libraryDir, 'b.txt', 'x.txt')])).rejects.toThrow(LibraryError);
		await expect(loadLibrary([''])).rejects.toThrow('qari: no such file or directory: ');
	});

	it('sanitises the message', async () => {
		const error = await loadLibrary(['no\x1b[31m\nsuch']).catch((error_: unknown) => error_);
		expect(error).toBeInstanceOf(LibraryError);
		expect((error as LibraryError).message).toBe('qari: no such file or directory: no such');
	});
});
