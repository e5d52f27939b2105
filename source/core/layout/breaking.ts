import {createRequire} from 'node:module';
import type LineBreaker from 'linebreak';

/**
 * The linebreak package decompresses its UAX #14 class table when it loads
 * (about 15 ms), and most list titles and short paragraphs fit on one line
 * without it, so it is loaded on the first paragraph that needs breaking rather
 * than at start-up (it stays a regular dependency in node_modules).
 */
const loadCommonJs = createRequire(import.meta.url);
let lineBreakerClass: typeof LineBreaker | undefined;

/** A line as a range of cluster indices; `contentEnd` excludes trailing whitespace. */
export type LineRange = {
	readonly start: number;
	readonly contentEnd: number;
	readonly end: number;
};

export type BreakableCluster = {
	readonly width: number;
	/** Whitespace, or nothing visible: may hang past the line end without counting against the width. */
	readonly space: boolean;
	readonly wordCharacter: boolean;
};

/**
 * Marks the clusters that a UAX #14 break opportunity follows. `boundaries`
 * are the clusters' start offsets plus the text length.
 */
export function breakOpportunities(text: string, boundaries: readonly number[]): boolean[] {
	const clusterCount = boundaries.length - 1;
	const after = new Array<boolean>(clusterCount).fill(false);
	lineBreakerClass ??= loadCommonJs('linebreak') as typeof LineBreaker;
	const breaker = new lineBreakerClass(text);
	let cluster = 0;
	for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) {
		// Opportunities inside a cluster cannot be used: clusters are never split.
		while (cluster < clusterCount && boundaries[cluster + 1]! < opportunity.position) {
			cluster++;
		}

		if (cluster < clusterCount && boundaries[cluster + 1] === opportunity.position) {
			after[cluster] = true;
		}
	}

	return after;
}

/**
 * Greedy line filling in logical order: as many whole break segments as fit,
 * trailing whitespace hanging past the width; a segment wider than a whole line
 * is cut at cluster boundaries instead.
 */
export function breakLines(
	clusters: readonly BreakableCluster[],
	width: number,
	breakOpportunitiesOf: () => readonly boolean[],
): LineRange[] {
	const whole = wholeParagraphLine(clusters, width);
	if (whole) {
		return [whole];
	}

	const breakAfter = breakOpportunitiesOf();
	const lines: LineRange[] = [];
	let lineStart = 0;
	let lineWidth = 0; // Including whitespace that hangs at its end.
	let contentEnd = 0;
	let segmentStart = 0;

	const emitLine = (end: number, nextStart: number) => {
		lines.push({start: lineStart, contentEnd: Math.max(lineStart, contentEnd), end});
		lineStart = nextStart;
		lineWidth = 0;
		contentEnd = nextStart;
	};

	while (segmentStart < clusters.length) {
		const segment = measureSegment(clusters, breakAfter, segmentStart);
		if (lineWidth + segment.contentWidth <= width || segment.contentWidth === 0) {
			lineWidth += segment.totalWidth;
			if (segment.contentWidth > 0 || segment.contentEnd > segmentStart) {
				contentEnd = segment.contentEnd;
			}
		} else if (segment.contentWidth <= width) {
			emitLine(segmentStart, segmentStart);
			lineWidth = segment.totalWidth;
			contentEnd = segment.contentEnd;
		} else {
			// Too wide for any line: start it on a fresh line and cut it by clusters.
			if (lineStart < segmentStart) {
				emitLine(segmentStart, segmentStart);
			}

			for (let index = segmentStart; index < segment.contentEnd; index++) {
				const clusterWidth = clusters[index]!.width;
				if (lineWidth + clusterWidth > width && index > lineStart) {
					let cut = lastWordBoundary(clusters, lineStart, index);
					let carriedWidth = 0;
					for (let carried = cut; carried < index; carried++) {
						carriedWidth += clusters[carried]!.width;
					}

					if (carriedWidth + clusterWidth > width) {
						cut = index;
						carriedWidth = 0;
					}

					contentEnd = cut;
					emitLine(cut, cut);
					lineWidth = carriedWidth;
				}

				lineWidth += clusterWidth;
				contentEnd = index + 1;
			}

			lineWidth += segment.totalWidth - segment.contentWidth;
		}

		segmentStart = segment.end;
	}

	if (lineStart < clusters.length || lines.length === 0) {
		lines.push({start: lineStart, contentEnd: Math.max(lineStart, contentEnd), end: clusters.length});
	}

	return lines;
}

/**
 * Where to cut a segment too wide for a line: at the last change between word
 * and non-word characters (so `«كلمة».` loses its punctuation, not a letter),
 * or right before `index` when the line holds a single overlong word.
 */
function lastWordBoundary(clusters: readonly BreakableCluster[], lineStart: number, index: number): number {
	for (let cut = index; cut > lineStart; cut--) {
		if (clusters[cut - 1]!.wordCharacter !== clusters[cut]!.wordCharacter) {
			return cut;
		}
	}

	return index;
}

/** The one line of a paragraph that fits whole (trailing whitespace hangs), or undefined. */
function wholeParagraphLine(clusters: readonly BreakableCluster[], width: number): LineRange | undefined {
	let contentEnd = clusters.length;
	while (contentEnd > 0 && clusters[contentEnd - 1]!.space) {
		contentEnd--;
	}

	let contentWidth = 0;
	for (let index = 0; index < contentEnd; index++) {
		contentWidth += clusters[index]!.width;
		if (contentWidth > width) {
			return undefined;
		}
	}

	return {start: 0, contentEnd, end: clusters.length};
}

type Segment = {contentWidth: number; totalWidth: number; contentEnd: number; end: number};

/** A segment runs to the next break opportunity; its trailing whitespace is measured apart. */
function measureSegment(clusters: readonly BreakableCluster[], breakAfter: readonly boolean[], start: number): Segment {
	let end = start;
	while (end < clusters.length) {
		end++;
		if (breakAfter[end - 1]) {
			break;
		}
	}

	let contentEnd = end;
	while (contentEnd > start && clusters[contentEnd - 1]!.space) {
		contentEnd--;
	}

	let contentWidth = 0;
	let totalWidth = 0;
	for (let index = start; index < end; index++) {
		totalWidth += clusters[index]!.width;
		if (index < contentEnd) {
			contentWidth += clusters[index]!.width;
		}
	}

	return {contentWidth, totalWidth, contentEnd, end};
}
