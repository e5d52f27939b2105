/**
 * Layout throughput: the seeds' titles and paragraphs laid out at width 80 in
 * app mode (bidi + shaping), paragraphs per second, with the layout cache
 * cleared before every pass (cold) and kept (cached). Several timed rounds of
 * repeated passes; the median round is reported.
 */
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {loadLibrary} from '../source/core/articles/index.js';
import {clearLayoutCache, layoutParagraph, type LayoutOptions} from '../source/core/layout/index.js';
import {formatRate, median} from './stats.js';
import type {SectionResult} from './table.js';

function roundRate(paragraphs: readonly string[], options: LayoutOptions, cold: boolean, roundMs: number): number {
	let passes = 0;
	const started = performance.now();
	let elapsed = 0;
	while (elapsed < roundMs) {
		if (cold) {
			clearLayoutCache();
		}

		for (const paragraph of paragraphs) {
			layoutParagraph(paragraph, options);
		}

		passes++;
		elapsed = performance.now() - started;
	}

	return (passes * paragraphs.length) / (elapsed / 1000);
}

export async function layoutSection(rounds: number, roundMs: number): Promise<SectionResult> {
	const {articles} = await loadLibrary([fileURLToPath(new URL('../seeds/', import.meta.url))]);
	const paragraphs = articles.flatMap(article => [article.title, ...article.paragraphs]);
	const app: LayoutOptions = {width: 80, bidi: 'app', shape: true, direction: 'auto'};
	const rows = ([['cache cleared each pass', true], ['cached', false]] as const).map(([label, cold]) => {
		roundRate(paragraphs, app, cold, roundMs / 2); // Warm-up: the JIT, and the cache for the cached case.
		const rates = Array.from({length: rounds}, () => roundRate(paragraphs, app, cold, roundMs));
		return {
			name: `layout, app mode, width 80, ${label}`,
			runs: String(rounds),
			median: formatRate(median(rates), '¶/s'),
			p95: formatRate(Math.min(...rates), '¶/s'),
		};
	});
	return {rows, notes: [`layout: ${paragraphs.length} seed paragraphs (titles included) per pass; the p95 column is the slowest round's rate.`]};
}
