/**
 * From ranges in a search key back to ranges in the original text, whole
 * grapheme clusters only, so a highlight never cuts a letter from its harakat.
 */

/** Maps a key index to the index of the original unit that produced it. */
export type SourceMap = (keyIndex: number) => number;

/**
 * The map stored in compact form: pairs (key index, shift) in
 * `runs[from .. to)`, sorted by key index; the shift before the first pair is 0.
 */
export function compactSourceMap(runs: ArrayLike<number>, from: number, to: number): SourceMap {
	if (from === to) {
		return keyIndex => keyIndex;
	}

	return keyIndex => {
		let low = 0;
		let high = (to - from) / 2 - 1;
		let shift = 0;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (runs[from + middle * 2]! <= keyIndex) {
				shift = runs[from + middle * 2 + 1]!;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}

		return keyIndex + shift;
	};
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** The start of the grapheme cluster containing `index`. */
function clusterStart(segments: Intl.Segments, index: number): number {
	return segments.containing(index)?.index ?? index;
}

/** `index` if it is a cluster boundary, otherwise the end of the cluster containing it. */
function clusterEnd(segments: Intl.Segments, text: string, index: number): number {
	if (index >= text.length) {
		return text.length;
	}

	const segment = segments.containing(index);
	if (!segment || segment.index === index) {
		return index;
	}

	return segment.index + segment.segment.length;
}

/**
 * Key ranges `[start, end)` → sorted, merged ranges `[start, end)` of UTF-16
 * units in `text`, each widened to whole grapheme clusters.
 */
export function keyRangesToSource(
	text: string,
	map: SourceMap,
	ranges: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
	if (ranges.length === 0) {
		return [];
	}

	const segments = segmenter.segment(text);
	const mapped: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		if (end <= start) {
			continue;
		}

		const from = clusterStart(segments, map(start));
		const to = clusterEnd(segments, text, map(end - 1) + 1);
		mapped.push([from, to]);
	}

	mapped.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const range of mapped) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) {
			last[1] = Math.max(last[1], range[1]);
		} else {
			merged.push(range);
		}
	}

	return merged;
}
