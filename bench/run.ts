/**
 * `npm run bench`: how fast qari starts and lays text out.
 *  (a) Start-up: time from spawning `node bin/qari.js` in a pseudo-terminal to
 *      the first frame of the article list, against `node -e 0` spawned the same
 *      way (target: at most 2.5× node's own start-up).
 *  (b) Layout throughput: seed paragraphs per second at width 80, with the
 *      layout cache cleared before every pass (cold) and kept (warm).
 *  (c) Search: keystroke latency, index build and memory at 100,000 paragraphs,
 *      beside bare Fuse.js and fzf (bench/search.ts).
 * Prints tables; takes one to two minutes.
 */
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import * as pty from 'node-pty';
import {loadLibrary} from '../source/core/articles/index.js';
import {clearLayoutCache, layoutParagraph, type LayoutOptions} from '../source/core/layout/index.js';
import {cleanTerminalEnv} from '../tests/e2e/terminal-env.js';
import {runSearchBench} from './search.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const qariBin = fileURLToPath(new URL('../bin/qari.js', import.meta.url));
const startupRuns = 12;
const startupTarget = 2.5;
const layoutSeconds = 2;

type Spawned = {readonly ms: number};

/** Spawns `args` under node in an 80×24 pty; resolves when `ready(output)` holds or the process exits. */
async function timeSpawn(args: readonly string[], ready: ((output: string) => boolean) | undefined): Promise<Spawned> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = pty.spawn(process.execPath, [...args], {
			name: 'xterm-256color',
			cols: 80,
			rows: 24,
			cwd: repoRoot,
			env: cleanTerminalEnv(),
		});
		let output = '';
		let readyAt: number | undefined;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no first frame within 15 s from ${args.join(' ')}:\n${output}`));
		}, 15_000);
		child.onData(data => {
			output += data;
			if (readyAt === undefined && ready?.(output)) {
				readyAt = performance.now();
				child.kill('SIGTERM');
			}
		});
		child.onExit(() => {
			clearTimeout(timer);
			const end = readyAt ?? performance.now();
			if (ready && readyAt === undefined) {
				reject(new Error(`${args.join(' ')} exited before its first frame:\n${output}`));
				return;
			}

			resolve({ms: end - started});
		});
	});
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function startupBench(firstFrameMarker: string) {
	const qari: number[] = [];
	const list: number[] = [];
	const node: number[] = [];
	// One unmeasured round warms the file system cache for both.
	for (let round = -1; round < startupRuns; round++) {
		/* eslint-disable no-await-in-loop */
		const nodeRun = await timeSpawn(['-e', '0'], undefined);
		const qariRun = await timeSpawn([qariBin], output => output.includes(firstFrameMarker));
		const listRun = await timeSpawn([qariBin, 'list'], undefined);
		/* eslint-enable no-await-in-loop */
		if (round >= 0) {
			node.push(nodeRun.ms);
			qari.push(qariRun.ms);
			list.push(listRun.ms);
		}
	}

	const summary = (values: readonly number[]) => ({median: median(values), min: Math.min(...values)});
	return {node: summary(node), qari: summary(qari), list: summary(list)};
}

function layoutBench(paragraphs: readonly string[], options: LayoutOptions, cold: boolean) {
	const run = () => {
		if (cold) {
			clearLayoutCache();
		}

		for (const paragraph of paragraphs) {
			layoutParagraph(paragraph, options);
		}
	};

	run(); // Warm-up: JIT, and the cache for the warm case.
	let passes = 0;
	const started = performance.now();
	let elapsed = 0;
	while (elapsed < layoutSeconds * 1000) {
		run();
		passes++;
		elapsed = performance.now() - started;
	}

	return (passes * paragraphs.length) / (elapsed / 1000);
}

function row(cells: readonly string[], widths: readonly number[]): string {
	return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
}

const {articles} = await loadLibrary([fileURLToPath(new URL('../seeds/', import.meta.url))]);
const [firstArticle] = articles;
if (!firstArticle) {
	throw new Error('no seed articles to benchmark with');
}

const paragraphs = articles.flatMap(article => [article.title, ...article.paragraphs]);
// The list shows each article's paragraph count, `23 ¶`, once its first frame is drawn.
const marker = `${firstArticle.paragraphs.length} ¶`;

console.log(`qari benchmark: node ${process.version}, ${articles.length} seed articles, ${paragraphs.length} paragraphs\n`);

const startup = await startupBench(marker);
const ratio = startup.qari.median / startup.node.median;
const startupWidths = [44, 12, 10];
const timing = (label: string, {median, min}: {median: number; min: number}) => row([label, median.toFixed(1), min.toFixed(1)], startupWidths);
console.log(row([`start-up (pty 80×24, ${startupRuns} runs)`, 'median ms', 'min ms'], startupWidths));
console.log(timing('node -e 0 (to exit)', startup.node));
console.log(timing('qari (to the first frame of the list)', startup.qari));
console.log(timing('qari list (to exit)', startup.list));
console.log(row([`ratio qari / node (target ≤ ${startupTarget}×)`, `${ratio.toFixed(2)}×`, ratio <= startupTarget ? 'met' : 'missed'], startupWidths));
console.log();

const app: LayoutOptions = {width: 80, bidi: 'app', shape: true, direction: 'auto'};
const terminal: LayoutOptions = {...app, bidi: 'terminal'};
const layoutWidths = [44, 16];
console.log(row(['layout at width 80', 'paragraphs/s'], layoutWidths));
for (const [label, options, cold] of [
	['app mode, shaped, cache cleared each pass', app, true],
	['terminal mode, cache cleared each pass', terminal, true],
	['app mode, shaped, cache warm', app, false],
] as const) {
	console.log(row([label, Math.round(layoutBench(paragraphs, options, cold)).toLocaleString('en')], layoutWidths));
}

// Search: per-keystroke latency over 100,000 generated paragraphs, beside bare Fuse.js and fzf.
console.log();
console.log('search over 100,000 generated paragraphs (bench/search.ts)');
runSearchBench({paragraphs: 100_000});
