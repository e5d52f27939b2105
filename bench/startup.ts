/**
 * Start-up: spawn to the list's first frame on the bundled seeds, in an 80×24
 * pty, beside `node -e 0` spawned the same way (the machine's baseline; the
 * target from issue 2 is at most 2.5× that), and `qari list` to exit.
 */
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {loadLibrary} from '../source/core/articles/index.js';
import {showsList} from './list-screen.js';
import {timeInPty, timeToExit} from './pty-run.js';
import {formatMs, median, percentile} from './stats.js';
import {type Row, type SectionResult, verdict} from './table.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** `QARI_BENCH_BIN=/other/checkout/bin/qari.js` times another build (say, an older commit) with the same harness. */
export const qariBin = process.env['QARI_BENCH_BIN'] ? path.resolve(process.env['QARI_BENCH_BIN']) : fileURLToPath(new URL('../bin/qari.js', import.meta.url));
const seedsTarget = 2.5;

export type Baseline = {readonly nodeMs: number};

/** `node -e 0`, spawn to exit: what every start-up is compared with. */
export async function measureBaseline(runs: number): Promise<{baseline: Baseline; row: Row}> {
	const times: number[] = [];
	for (let round = -1; round < runs; round++) {
		const ms = await timeToExit(['-e', '0'], repoRoot); // eslint-disable-line no-await-in-loop
		if (round >= 0) {
			times.push(ms);
		}
	}

	const nodeMs = median(times);
	return {
		baseline: {nodeMs},
		row: {name: 'node -e 0 (spawn to exit)', runs: String(runs), median: formatMs(nodeMs), p95: formatMs(percentile(times, 0.95)), vsNode: '1.00×'},
	};
}

export function timesNode(ms: number, baseline: Baseline): string {
	return `${(ms / baseline.nodeMs).toFixed(2)}×`;
}

export async function startupSection(runs: number, baseline: Baseline, dataDir: string): Promise<SectionResult> {
	const {articles} = await loadLibrary([fileURLToPath(new URL('../seeds/', import.meta.url))]);
	const firstFrame = showsList(articles.length);
	const frames: number[] = [];
	const lists: number[] = [];
	// One unmeasured round first warms the file system cache.
	for (let round = -1; round < runs; round++) {
		/* eslint-disable no-await-in-loop */
		const frame = await timeInPty({args: [qariBin], cwd: repoRoot, env: {QARI_DATA_DIR: dataDir}, firstFrame, timeoutMs: 15_000});
		const list = await timeToExit([qariBin, 'list'], repoRoot);
		/* eslint-enable no-await-in-loop */
		if (round >= 0) {
			frames.push(frame.firstFrameMs);
			lists.push(list);
		}
	}

	const frameMs = median(frames);
	const listMs = median(lists);
	return {
		rows: [
			{
				name: `first frame, seeds (${articles.length} articles)`,
				runs: String(runs),
				median: formatMs(frameMs),
				p95: formatMs(percentile(frames, 0.95)),
				vsNode: timesNode(frameMs, baseline),
				target: `≤ ${seedsTarget}× node`,
				result: verdict(frameMs <= seedsTarget * baseline.nodeMs),
			},
			{name: 'qari list, seeds (spawn to exit)', runs: String(runs), median: formatMs(listMs), p95: formatMs(percentile(lists, 0.95)), vsNode: timesNode(listMs, baseline)},
		],
		notes: [],
	};
}
