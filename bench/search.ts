/**
 * Search benchmark: index build time and memory, per-keystroke latency over
 * 100,000 generated paragraphs, beside bare Fuse.js (same options, same keys,
 * no prefilter) and `fzf --filter` over the same paragraphs.
 *
 * Run alone with `npx tsx bench/search.ts [paragraphs]`.
 */
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import Fuse from 'fuse.js';
import {buildSearchIndex, fuseOptions, parseQuery, type SearchIndex} from '../source/core/search/index.js';
import {searchSteps} from '../source/core/search/search.js';
import {benchQueries, generateCorpus} from './corpus.js';

export type SearchBenchOptions = {
	readonly paragraphs?: number;
	readonly seed?: number;
	/** Results asked for per keystroke, as the search screen would. */
	readonly limit?: number;
	/** How many full queries bare Fuse.js is timed on (each takes seconds). */
	readonly bareFuseKeystrokes?: number;
	/** How many keystrokes, spread over all, fzf is timed on (each takes seconds on Arabic text); 0 for none. */
	readonly fzfKeystrokes?: number;
	readonly log?: (line: string) => void;
};

export type SearchBenchFigures = {
	readonly paragraphs: number;
	readonly vocabularySource: 'hunspell' | 'seeds';
	readonly buildMs: number;
	readonly indexMegabytes: number;
	readonly keystrokes: number;
	readonly p50Ms: number;
	readonly p95Ms: number;
	readonly maxMs: number;
	/** Longest stretch between two yields: how long typing can wait on a search. */
	readonly longestSliceMs: number;
	readonly bareFuseMedianMs: number;
	/** Our median on the same keystrokes bare Fuse was timed on. */
	readonly oursOnBareFuseKeystrokesMs: number;
	readonly speedUp: number;
	readonly fzfKeystrokes: number;
	readonly fzfP50Ms: number | undefined;
	readonly fzfP95Ms: number | undefined;
};

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function collectGarbage(): () => void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	return () => {
		gc();
		gc();
	};
}

function heapBytes(): number {
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

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

function bareFuseSearch(fuse: Fuse<string>, query: string): number {
	const start = performance.now();
	let matched: Set<number> | undefined;
	for (const term of parseQuery(query).clauses.flat()) {
		const found = new Set(fuse.search(term.text).map(result => result.refIndex));
		matched = matched ? new Set([...matched].filter(unit => found.has(unit))) : found;
	}

	return performance.now() - start;
}

function fzfTimes(paragraphs: readonly string[], keystrokes: readonly string[], log: (line: string) => void): number[] | undefined {
	if (spawnSync('fzf', ['--version']).status !== 0) {
		log('fzf not found (apt-get install -y fzf): no reference figures');
		return undefined;
	}

	const file = join(tmpdir(), `qari-search-bench-${process.pid}.txt`);
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
		rmSync(file, {force: true});
	}
}

const format = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export function runSearchBench(options: SearchBenchOptions = {}): SearchBenchFigures {
	const log = options.log ?? console.log;
	const limit = options.limit ?? 50;
	const gc = collectGarbage();
	let started = performance.now();
	const corpus = generateCorpus({paragraphs: options.paragraphs, seed: options.seed, log});
	const paragraphs = corpus.articles.flatMap(article => article.paragraphs);
	log(`corpus: ${paragraphs.length} paragraphs in ${corpus.articles.length} articles, vocabulary ${corpus.source} `
		+ `(${corpus.vocabulary.length} words, Zipf), generated in ${format(performance.now() - started)}`);

	gc();
	const before = heapBytes();
	started = performance.now();
	const index = buildSearchIndex(corpus.articles);
	const buildMs = performance.now() - started;
	gc();
	const indexMegabytes = (heapBytes() - before) / 1e6;

	const queries = benchQueries(corpus.vocabulary, options.seed ?? 1);
	const keystrokes = queries.flatMap(query => [...query].map((_, length) => query.slice(0, length + 1)));
	// Warm the JIT on other words, as an earlier search session would.
	for (const word of corpus.vocabulary.slice(1000, 1010)) {
		timeSearch(index, word, limit);
	}

	const times: number[] = [];
	let longestSliceMs = 0;
	for (const keystroke of keystrokes) {
		const {total, slice} = timeSearch(index, keystroke, limit);
		times.push(total);
		longestSliceMs = Math.max(longestSliceMs, slice);
	}

	const fuse = new Fuse(index.keys, fuseOptions);
	const bareSample = queries.slice(0, options.bareFuseKeystrokes ?? 4);
	const bareTimes = bareSample.map(query => bareFuseSearch(fuse, query));
	const oursOnSample = bareSample.map(query => timeSearch(index, query, limit).total);
	const fzfCount = Math.min(options.fzfKeystrokes ?? 16, keystrokes.length);
	const fzfSample = keystrokes.filter((_, position) => fzfCount > 0 && position % Math.ceil(keystrokes.length / fzfCount) === 0);
	const fzf = fzfSample.length > 0 ? fzfTimes(paragraphs, fzfSample, log) : undefined;

	const figures: SearchBenchFigures = {
		paragraphs: paragraphs.length,
		vocabularySource: corpus.source,
		buildMs,
		indexMegabytes,
		keystrokes: keystrokes.length,
		p50Ms: percentile(times, 0.5),
		p95Ms: percentile(times, 0.95),
		maxMs: Math.max(...times),
		longestSliceMs,
		bareFuseMedianMs: percentile(bareTimes, 0.5),
		oursOnBareFuseKeystrokesMs: percentile(oursOnSample, 0.5),
		speedUp: percentile(bareTimes, 0.5) / percentile(oursOnSample, 0.5),
		fzfKeystrokes: fzf ? fzfSample.length : 0,
		fzfP50Ms: fzf && percentile(fzf, 0.5),
		fzfP95Ms: fzf && percentile(fzf, 0.95),
	};

	log(`queries typed: ${queries.map(query => `«${query}»`).join(' ')}`);
	const rows: Array<[string, string, string]> = [
		['index build', format(buildMs), '≤ 2 s'],
		['index memory', `${indexMegabytes.toFixed(0)} MB`, '≤ 150 MB'],
		[`per keystroke p50 (${keystrokes.length} keystrokes)`, format(figures.p50Ms), '≤ 30 ms'],
		['per keystroke p95', format(figures.p95Ms), '≤ 80 ms'],
		['per keystroke max', format(figures.maxMs), ''],
		['longest slice before yielding', format(longestSliceMs), 'input stays responsive'],
		[`bare Fuse.js, median of ${bareSample.length} full queries`, format(figures.bareFuseMedianMs), `ours ${format(figures.oursOnBareFuseKeystrokesMs)}: ×${figures.speedUp.toFixed(0)} faster`],
		[`fzf --filter p50 (reference, ${fzfSample.length} keystrokes)`, fzf ? format(figures.fzfP50Ms!) : 'n/a', 'a process per keystroke, no Arabic folding'],
		['fzf --filter p95 (reference)', fzf ? format(figures.fzfP95Ms!) : 'n/a', ''],
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	for (const [name, value, note] of rows) {
		log(`${name.padEnd(width)}  ${value.padStart(9)}  ${note}`);
	}

	return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const paragraphs = process.argv[2] ? Number(process.argv[2]) : undefined;
	runSearchBench({paragraphs});
}
