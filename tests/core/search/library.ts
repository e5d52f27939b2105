/** The seeds and tests/fixtures/search as searchable articles, for the search tests. */
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {SearchableArticle} from '../../../source/core/search/index.js';

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/search/', import.meta.url));

function readArticle(directory: string, file: string, id: string): SearchableArticle {
	const [title = '', ...paragraphs] = readFileSync(directory + file, 'utf8').split('\n').filter(line => line.trim());
	return {id, path: directory + file, title, paragraphs};
}

/**
 * Articles named for the tables: `s0`, `s1`… for the seeds in file order, then
 * each fixture by its file name without `.txt`.
 */
export function loadLibrary(): SearchableArticle[] {
	const seedFiles = readdirSync(seeds).filter(file => file.endsWith('.txt')).sort();
	const fixtureFiles = readdirSync(fixtures).filter(file => file.endsWith('.txt')).sort();
	return [
		...seedFiles.map((file, index) => readArticle(seeds, file, `s${index}`)),
		...fixtureFiles.map(file => readArticle(fixtures, file, file.replace(/\.txt$/u, ''))),
	];
}

/** The benchmark's deterministic generator (mulberry32), reused for property tests. */
export {seededRandom} from '../../../bench/corpus.js';

