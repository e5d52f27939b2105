import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {openLibrary, type Library, type OpenLibraryOptions} from '../../../source/core/library/index.js';

/** A temporary directory with `corpus/` (the articles) and `cache/`, removed by `cleanup`. */
export async function makeWorkspace(): Promise<{root: string; corpus: string; cache: string; cleanup: () => Promise<void>}> {
	const root = await mkdtemp(path.join(tmpdir(), 'qari-library-'));
	const corpus = path.join(root, 'corpus');
	await mkdir(corpus);
	return {root, corpus, cache: path.join(root, 'cache'), cleanup: async () => rm(root, {recursive: true, force: true})};
}

export async function writeTree(directory: string, files: Record<string, string | Uint8Array>): Promise<void> {
	for (const [relative, contents] of Object.entries(files)) {
		const full = path.join(directory, relative);
		await mkdir(path.dirname(full), {recursive: true});
		await writeFile(full, contents);
	}
}

/** An article in the seed format whose paragraphs run past the 4 KB head (so it loads in the background). */
export function longArticle(title: string, paragraphs = 12, marker = ''): string {
	const lines = [title];
	for (let index = 1; index <= paragraphs; index++) {
		lines.push(`${marker}فقرة رقم ${index} ${'كلمات عربية طويلة للاختبار '.repeat(12)}`);
	}
	return `${lines.join('\n')}\n`;
}

export async function openAndFinish(paths: readonly string[], options: Partial<OpenLibraryOptions> & {cacheDir: string | undefined}): Promise<Library> {
	const library = await openLibrary(paths, {sliceMs: 2, notifyMs: 5, ...options});
	await library.done;
	return library;
}

/** Articles as plain data, to compare with loadLibrary's. */
export function plain(library: Library): Array<{id: string; path: string; title: string; paragraphs: string[]}> {
	return library.getSnapshot().articles.map(({id, path: file, title, paragraphs}) => ({id, path: file, title, paragraphs}));
}
