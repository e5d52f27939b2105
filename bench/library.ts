/**
 * `qari DIR` on a 10,000-article library (~100,000 paragraphs, ~50 MB): spawn
 * to the list's first frame, and to the moment loading and indexing are done
 * (the header's `loading` / `indexing` gone) with the child's VmRSS and VmHWM
 * then; cold (an empty QARI_CACHE_DIR) and warm (a second run on that cache).
 */
import {mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {SearchableArticle} from '../source/core/search/index.js';
import {showsList, showsProgress, showsSettledList} from './list-screen.js';
import {type PtyTiming, timeInPty} from './pty-run.js';
import {type Baseline, qariBin, repoRoot, timesNode} from './startup.js';
import {formatMb, formatMs, median, percentile} from './stats.js';
import {type Row, type SectionResult, verdict} from './table.js';
import {makeTempDir, removeTempDir} from './temp.js';

const firstFrameTargetMs = 1000;
const rssTargetBytes = 300e6;
const timeoutMs = 180_000;

export type WrittenLibrary = {readonly directory: string; readonly articles: number; readonly paragraphs: number; readonly bytes: number};

/** The articles as seed-format .txt files (title line, then a line per paragraph), ~80 to a folder. */
export function writeLibrary(articles: readonly SearchableArticle[], directory: string): WrittenLibrary {
	let bytes = 0;
	let paragraphs = 0;
	for (const [number, article] of articles.entries()) {
		const folder = path.join(directory, String(2010 + (number % 12)), String(1 + (Math.floor(number / 12) % 10)).padStart(2, '0'));
		mkdirSync(folder, {recursive: true});
		const text = [article.title, ...article.paragraphs].join('\n') + '\n';
		writeFileSync(path.join(folder, `article-${String(number).padStart(5, '0')}.txt`), text);
		bytes += Buffer.byteLength(text);
		paragraphs += article.paragraphs.length;
	}

	return {directory, articles: articles.length, paragraphs, bytes};
}

function folderBytes(directory: string): {files: number; bytes: number} {
	let files = 0;
	let bytes = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true, recursive: true})) {
		if (entry.isFile()) {
			files++;
			bytes += statSync(path.join(entry.parentPath, entry.name)).size;
		}
	}

	return {files, bytes};
}

type Runs = {cold: PtyTiming[]; warm: PtyTiming[]; cacheFiles: number; cacheBytes: number};

async function runPairs(library: WrittenLibrary, runs: number, dataDir: string, log: (line: string) => void): Promise<Runs> {
	const result: Runs = {cold: [], warm: [], cacheFiles: 0, cacheBytes: 0};
	for (let run = 0; run < runs; run++) {
		// XDG_CACHE_HOME too, so a cache that ignores QARI_CACHE_DIR still lands in the temp folder.
		const cacheHome = makeTempDir('cache');
		const env = {QARI_DATA_DIR: dataDir, XDG_CACHE_HOME: cacheHome, QARI_CACHE_DIR: path.join(cacheHome, 'qari')};
		const options = {
			args: [qariBin, library.directory],
			cwd: repoRoot,
			env,
			firstFrame: showsList(library.articles),
			settled: showsSettledList(library.articles),
			busy: showsProgress,
			timeoutMs,
			quitKeys: 'q',
		};
		try {
			/* eslint-disable no-await-in-loop */
			const cold = await timeInPty(options);
			({files: result.cacheFiles, bytes: result.cacheBytes} = folderBytes(cacheHome));
			const warm = await timeInPty(options);
			/* eslint-enable no-await-in-loop */
			result.cold.push(cold);
			result.warm.push(warm);
			log(`library run ${run + 1}/${runs}: first frame ${formatMs(cold.firstFrameMs)} cold, ${formatMs(warm.firstFrameMs)} warm`);
		} finally {
			removeTempDir(cacheHome);
		}
	}

	return result;
}

function rowsFor(label: string, timings: readonly PtyTiming[], baseline: Baseline): Row[] {
	const runs = String(timings.length);
	const frames = timings.map(timing => timing.firstFrameMs);
	const settled = timings.map(timing => timing.settledMs ?? Number.NaN);
	const rss = timings.map(timing => timing.memory?.rssBytes ?? Number.NaN);
	const hwm = timings.map(timing => timing.memory?.hwmBytes ?? Number.NaN);
	const frameMs = median(frames);
	const rssBytes = median(rss);
	return [
		{
			name: `first frame, 10k articles, ${label}`,
			runs,
			median: formatMs(frameMs),
			p95: formatMs(percentile(frames, 0.95)),
			vsNode: timesNode(frameMs, baseline),
			target: '≤ 1 s',
			result: verdict(frameMs <= firstFrameTargetMs),
		},
		{name: `indexing done, 10k articles, ${label}`, runs, median: formatMs(median(settled)), p95: formatMs(percentile(settled, 0.95))},
		{
			name: `RSS at indexing done (VmRSS), ${label}`,
			runs,
			median: formatMb(rssBytes),
			p95: formatMb(percentile(rss, 0.95)),
			target: '≤ 300 MB',
			result: verdict(Number.isNaN(rssBytes) ? undefined : rssBytes <= rssTargetBytes),
		},
		{name: `peak RSS by then (VmHWM), ${label}`, runs, median: formatMb(median(hwm)), p95: formatMb(percentile(hwm, 0.95))},
	];
}

export async function librarySection(
	articles: readonly SearchableArticle[],
	runs: number,
	baseline: Baseline,
	dataDir: string,
	log: (line: string) => void,
): Promise<SectionResult> {
	const directory = makeTempDir('library');
	try {
		const started = performance.now();
		const library = writeLibrary(articles, directory);
		log(`library: ${library.articles} articles, ${library.paragraphs} paragraphs, ${formatMb(library.bytes)} written in ${formatMs(performance.now() - started)}`);
		const {cold, warm, cacheFiles, cacheBytes} = await runPairs(library, runs, dataDir, log);
		const notes = [
			`library: ${library.articles.toLocaleString('en')} articles, ${library.paragraphs.toLocaleString('en')} paragraphs, `
			+ `${formatMb(library.bytes)} in ${directory} (deleted afterwards); the OS file cache is warm in both cases.`,
			cacheFiles === 0
				? 'library: nothing was written to QARI_CACHE_DIR or XDG_CACHE_HOME: this qari has no on-disk cache, so "warm" is a second cold run.'
				: `library: the cold run left ${cacheFiles} file(s), ${formatMb(cacheBytes)}, in the cache directory.`,
		];
		if (![...cold, ...warm].some(timing => timing.sawBusy)) {
			notes.push('library: no `loading`/`indexing` indicator was ever on screen: this qari reads every article before its '
				+ 'first frame (and builds the search index on the first `/`), so "indexing done" is the first frame and the RSS has no search index in it.');
		}

		return {rows: [...rowsFor('cold cache', cold, baseline), ...rowsFor('warm cache', warm, baseline)], notes};
	} finally {
		removeTempDir(directory);
	}
}
