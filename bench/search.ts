/**
 * Search at 1k, 10k and 100k generated paragraphs: index build time and
 * memory, and per-keystroke latency as the bench queries are typed one
 * character at a time, beside bare Fuse.js (same options and keys, no
 * prefilter) and `fzf --filter` (a process per keystroke) on the same text.
 */
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import Fuse from 'fuse.js';
import {buildSearchIndex, fuseOptions, parseQuery, type SearchableArticle, type SearchIndex} from '../source/core/search/index.js';
import {searchSteps} from '../source/core/search/search.js';
import {benchQueries} from './corpus.js';
import {formatMb, formatMs, median, percentile, spread} from './stats.js';
import {type Row, type SectionResult, verdict} from './table.js';
import {makeTempDir, removeTempDir} from './temp.js';

export type SearchBenchConfig = {
	readonly sizes: readonly number[];
	/** Index builds timed per size. */
	readonly builds: number;
	/** Times every keystroke is searched per size (the median pass's p50/p95 is reported). */
	readonly passes: number;
	/** Keystrokes, spread over all of them, that bare Fuse.js and fzf are timed on (each takes seconds at 100k). */
	readonly referenceKeystrokes: number;
	/** Results asked for per keystroke, as the search screen does. */
	readonly limit: number;
};

/** Targets for 100,000 paragraphs (set when search was built). */
const targets100k = {buildMs: 2000, indexBytes: 150e6, p50Ms: 30, p95Ms: 80};

function collectGarbage(): () => void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	return () => {
		gc();
		gc();
	};
}

const heapBytes = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

/** Time of one search, and its longest slice between yields. */
function timeSearch(index: SearchIndex, query: string, limit: number): {total: number; slice: number} {
	const start = performance.now();
	let last = start;
	let slice = 0;
	const steps = searchSteps(index, query, {limit});
	while (!steps.next().done) {
		const now = performance.now();
		slice = Math.max(slice, now - last);
		last = now;
	}

	const end = performance.now();
	return {total: end - start, slice: Math.max(slice, end - last)};
}

function bareFuseTime(fuse: Fuse<string>, query: string): number {
	const start = performance.now();
	let matched: Set<number> | undefined;
	for (const term of parseQuery(query).clauses.flat()) {
		const found = new Set(fuse.search(term.text).map(result => result.refIndex));
		matched = matched ? new Set([...matched].filter(unit => found.has(unit))) : found;
	}

	return performance.now() - start;
}

export function hasFzf(): boolean {
	return spawnSync('fzf', ['--version']).status === 0;
}

function fzfTimes(paragraphs: readonly string[], keystrokes: readonly string[]): number[] {
	const directory = makeTempDir('fzf');
	const file = path.join(directory, 'paragraphs.txt');
	writeFileSync(file, paragraphs.join('\n') + '\n');
	try {
		return keystrokes.map(query => {
			const input = openSync(file, 'r');
			const start = performance.now();
			spawnSync('fzf', ['--filter', query], {stdio: [input, 'ignore', 'ignore']});
			const time = performance.now() - start;
			closeSync(input);
			return time;
		});
	} finally {
		removeTempDir(directory);
	}
}

const sizeLabel = (size: number): string => (size >= 1000 ? `${size / 1000}k` : String(size));

function latencyRow(name: string, runs: string, p50: number, p95: number, target?: {p50: number; p95: number}): Row {
	return {
		name,
		runs,
		median: formatMs(p50),
		p95: formatMs(p95),
		...(target ? {target: `p50 ≤ ${target.p50} ms, p95 ≤ ${target.p95} ms`, result: verdict(p50 <= target.p50 && p95 <= target.p95)} : {}),
	};
}

function benchSize(
	articles: readonly SearchableArticle[],
	queries: readonly string[],
	warmUp: readonly string[],
	config: SearchBenchConfig,
	fzf: boolean,
	gc: () => void,
	log: (line: string) => void,
): {rows: Row[]; longestSliceMs: number} {
	const paragraphs = articles.flatMap(article => article.paragraphs);
	const label = `search ${sizeLabel(paragraphs.length)}`;
	const is100k = paragraphs.length === 100_000;
	gc();
	const before = heapBytes();
	let started = performance.now();
	const index = buildSearchIndex(articles);
	const buildTimes = [performance.now() - started];
	gc();
	const indexBytes = heapBytes() - before;
	for (let build = 1; build < config.builds; build++) {
		started = performance.now();
		buildSearchIndex(articles);
		buildTimes.push(performance.now() - started);
	}

	const keystrokes = queries.flatMap(query => [...query].map((_, length) => query.slice(0, length + 1)));
	for (const word of warmUp) {
		timeSearch(index, word, config.limit); // Warm the JIT on other words, as an earlier session would.
	}

	const p50s: number[] = [];
	const p95s: number[] = [];
	let longestSliceMs = 0;
	for (let pass = 0; pass < config.passes; pass++) {
		const times = keystrokes.map(keystroke => {
			const {total, slice} = timeSearch(index, keystroke, config.limit);
			longestSliceMs = Math.max(longestSliceMs, slice);
			return total;
		});
		p50s.push(percentile(times, 0.5));
		p95s.push(percentile(times, 0.95));
	}

	const sample = spread(keystrokes, config.referenceKeystrokes);
	const fuse = new Fuse(index.keys, fuseOptions);
	const fuseTimes = sample.map(keystroke => bareFuseTime(fuse, keystroke));
	const fzfSample = fzf ? fzfTimes(paragraphs, sample) : [];
	log(`${label}: build ${formatMs(median(buildTimes))}, keystroke p50 ${formatMs(median(p50s))}, bare Fuse.js p50 ${formatMs(percentile(fuseTimes, 0.5))}`);
	const build = median(buildTimes);
	const rows: Row[] = [
		{
			name: `${label}: index build`,
			runs: String(buildTimes.length),
			median: formatMs(build),
			p95: formatMs(percentile(buildTimes, 0.95)),
			...(is100k ? {target: `≤ ${targets100k.buildMs / 1000} s`, result: verdict(build <= targets100k.buildMs)} : {}),
		},
		{
			name: `${label}: index memory (heap)`,
			runs: '1',
			median: formatMb(indexBytes),
			...(is100k ? {target: `≤ ${formatMb(targets100k.indexBytes)}`, result: verdict(indexBytes <= targets100k.indexBytes)} : {}),
		},
		latencyRow(`${label}: qari, per keystroke`, `${config.passes}×${keystrokes.length}`, median(p50s), median(p95s), is100k ? {p50: targets100k.p50Ms, p95: targets100k.p95Ms} : undefined),
		latencyRow(`${label}: bare Fuse.js, per keystroke`, String(sample.length), percentile(fuseTimes, 0.5), percentile(fuseTimes, 0.95)),
		fzf
			? latencyRow(`${label}: fzf --filter, per keystroke`, String(sample.length), percentile(fzfSample, 0.5), percentile(fzfSample, 0.95))
			: {name: `${label}: fzf --filter, per keystroke`, runs: '0', median: 'n/a', target: 'apt-get install fzf', result: 'n/a'},
	];
	return {rows, longestSliceMs};
}

/** `corpus` must hold at least the largest size, ten paragraphs to an article. */
export function searchSection(
	corpus: {readonly articles: readonly SearchableArticle[]; readonly vocabulary: readonly string[]},
	config: SearchBenchConfig,
	log: (line: string) => void,
): SectionResult {
	const gc = collectGarbage();
	const queries = benchQueries(corpus.vocabulary);
	const fzf = hasFzf();
	const rows: Row[] = [];
	const notes = [`search: queries typed one character at a time: ${queries.map(query => `«${query}»`).join(' ')}; `
		+ `bare Fuse.js and fzf are timed on ${config.referenceKeystrokes} of those keystrokes spread over all of them.`];
	if (!fzf) {
		notes.push('search: fzf not found (apt-get install -y fzf): no fzf figures.');
	}

	for (const size of config.sizes) {
		let count = 0;
		const articles = corpus.articles.filter(article => {
			count += article.paragraphs.length;
			return count <= size;
		});
		const result = benchSize(articles, queries, corpus.vocabulary.slice(1000, 1010), config, fzf, gc, log);
		rows.push(...result.rows);
		if (size === Math.max(...config.sizes)) {
			notes.push(`search: the longest stretch a search at ${sizeLabel(size)} ran without yielding to input: ${formatMs(result.longestSliceMs)}.`);
		}
	}

	return {rows, notes};
}
