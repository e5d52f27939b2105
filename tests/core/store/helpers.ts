/** Shared set-up for store tests: temporary data directories, a fixture article, a fake clock. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../../source/core/articles/index.js';
import {makeTempDir as makeTempDirWith} from '../../helpers/temp-dirs.js';

export {removeTempDirs} from '../../helpers/temp-dirs.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/store');

export function fixturePath(name: string): string {
	return path.join(fixturesDir, name);
}

export async function makeTempDir(): Promise<string> {
	return makeTempDirWith('qari-store-');
}

/** The fixture article (a title line, then one paragraph per line), as the articles module would load it. */
export async function loadFixtureArticle(id = 'news/baghdad.txt'): Promise<Article> {
	const file = fixturePath('article-ar.txt');
	const [title = '', ...paragraphs] = (await readFile(file, 'utf8')).split('\n').filter(line => line !== '');
	return {id, path: `/library/${id}`, title, paragraphs};
}

/** A clock that starts at `start` and moves one second per call, so times are distinct and predictable. */
export function steppingClock(start = '2024-05-01T12:00:00.000Z'): () => Date {
	let now = Date.parse(start);
	return () => {
		const date = new Date(now);
		now += 1000;
		return date;
	};
}

/** Ids b1, b2, … */
export function counterIds(prefix = 'b'): () => string {
	let next = 1;
	return () => `${prefix}${next++}`;
}

/** Fast lock settings for tests that expect a lock to be unavailable. */
export const impatientLock = {
	staleMs: 60_000,
	retries: {retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10, randomize: false},
};
