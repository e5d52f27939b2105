import {resolveLevels, visualOrder} from './bidi.js';
import {breakLines, type LineRange} from './breaking.js';
import {LruCache} from './cache.js';
import {type Cluster, type PreparedParagraph, prepareParagraph} from './prepare.js';
import type {BaseDirection, LayoutOptions, ParagraphLayout, StyleRange, VisualLine, VisualRun} from './types.js';

/**
 * The pipeline for one paragraph, following UAX #9: levels are resolved once for
 * the whole paragraph (prepare), lines are broken in logical order by display
 * width (breakLines), then each line is reordered on its own (rules L1–L2 over
 * grapheme clusters, so L3 holds) and cut into styled runs.
 */
type PreparedEntry = {
	readonly prepared: PreparedParagraph;
	/** Line ranges per width. */
	readonly breaks: Map<number, readonly LineRange[]>;
	/** Unstyled layouts per width: the common case of drawing plain text. */
	readonly plain: Map<number, ParagraphLayout>;
};

const cache = new LruCache<string, PreparedEntry>(4000);

/** Forget every cached layout (benchmarks use it to measure cold layout). */
export function clearLayoutCache(): void {
	cache.clear();
}

export function layoutParagraph(
	text: string,
	options: LayoutOptions,
	styles: readonly StyleRange[] = [],
): ParagraphLayout {
	const width = Math.max(1, Math.floor(Number.isFinite(options.width) ? options.width : 1));
	const entry = preparedEntry(text, options);
	const unstyled = styles.length === 0;
	if (unstyled) {
		const cached = entry.plain.get(width);
		if (cached) {
			return cached;
		}
	}

	let ranges = entry.breaks.get(width);
	if (!ranges) {
		ranges = breakLines(entry.prepared.clusters, width, entry.prepared.breakOpportunities);
		entry.breaks.set(width, ranges);
	}

	const {prepared} = entry;
	const reorder = options.bidi === 'app';
	const layout: ParagraphLayout = {
		direction: prepared.direction,
		lines: ranges.map(range => renderLine(prepared, range, width, reorder, styles)),
	};
	if (unstyled) {
		entry.plain.set(width, layout);
	}

	return layout;
}

/** UAX #9 P2–P3: the paragraph's direction from its first strong character, unless forced. */
export function paragraphDirection(text: string, direction: BaseDirection = 'auto'): 'rtl' | 'ltr' {
	if (direction !== 'auto') {
		return direction;
	}

	return resolveLevels(text, 'auto').paragraphLevel % 2 === 1 ? 'rtl' : 'ltr';
}

function preparedEntry(text: string, options: LayoutOptions): PreparedEntry {
	const shape = options.bidi === 'app' && options.shape;
	const key = `${options.bidi}\u0000${shape ? 1 : 0}\u0000${options.direction}\u0000${text}`;
	let entry = cache.get(key);
	if (!entry) {
		entry = {
			prepared: prepareParagraph(text, {bidi: options.bidi, shape, direction: options.direction}),
			breaks: new Map(),
			plain: new Map(),
		};
		cache.set(key, entry);
	}

	return entry;
}

function renderLine(
	prepared: PreparedParagraph,
	range: LineRange,
	width: number,
	reorder: boolean,
	styles: readonly StyleRange[],
): VisualLine {
	const lineClusters = prepared.clusters.slice(range.start, range.contentEnd);
	const ordered = reorder
		? visualOrder(
			lineClusters.map(cluster => cluster.level),
			lineClusters.map(cluster => cluster.bidiClass),
			prepared.paragraphLevel,
		).map(index => lineClusters[index]!)
		: lineClusters;

	const runs: VisualRun[] = [];
	let contentWidth = 0;
	for (const cluster of ordered) {
		const drawn = fitCluster(cluster, width);
		if (drawn.text === '') {
			continue;
		}

		contentWidth += drawn.width;
		appendToRuns(runs, drawn.text, drawn.width, stylesOf(cluster, styles));
	}

	const start = prepared.clusters[range.start]?.start ?? prepared.text.length;
	const end = prepared.clusters[range.end - 1]?.end ?? start;
	if (prepared.direction === 'rtl' && contentWidth < width) {
		const padding = width - contentWidth;
		runs.unshift({text: ' '.repeat(padding), width: padding, styles: []});
		contentWidth = width;
	}

	return {runs, width: contentWidth, start, end};
}

/** A cluster wider than the whole line (a wide character at width 1) is shown as one `?` cell. */
function fitCluster(cluster: Cluster, width: number): {text: string; width: number} {
	return cluster.width > width ? {text: '?', width: 1} : cluster;
}

function stylesOf(cluster: Cluster, styles: readonly StyleRange[]): readonly string[] {
	if (styles.length === 0) {
		return noStyles;
	}

	const names = new Set<string>();
	for (const range of styles) {
		if (range.start < cluster.drawnEnd && range.end > cluster.start) {
			names.add(range.style);
		}
	}

	return names.size === 0 ? noStyles : [...names].sort();
}

const noStyles: readonly string[] = [];

function appendToRuns(runs: VisualRun[], text: string, width: number, styles: readonly string[]): void {
	const last = runs.at(-1);
	if (last && sameStyles(last.styles, styles)) {
		runs[runs.length - 1] = {text: last.text + text, width: last.width + width, styles: last.styles};
	} else {
		runs.push({text, width, styles});
	}
}

function sameStyles(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, index) => name === b[index]));
}
