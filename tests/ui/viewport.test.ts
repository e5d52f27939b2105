import {describe, expect, it} from 'vitest';
import {
	type Anchor,
	clampTop,
	ensureVisible,
	isBlockVisible,
	lastTop,
	moveAnchor,
	normalizeAnchor,
	origin,
	scrollBy,
	visibleBlocks,
	visibleRows,
} from '../../source/ui/viewport.js';
import {allRows, fakeView} from './block-view.js';

function rowNames(heights: readonly number[], height: number, top: Anchor, gap = 1): string[] {
	return visibleRows(fakeView(heights, height, gap), top).map(row =>
		row.kind === 'text' ? `${row.block}:${row.line}` : `${row.block}:gap`,
	);
}

/** Index of an anchor in the flat list of rows. */
function flatIndex(heights: readonly number[], anchor: Anchor, gap = 1): number {
	let index = 0;
	for (let block = 0; block < anchor.block; block += 1) {
		index += (heights[block] ?? 0) + gap;
	}

	return index + anchor.line;
}

/** Deterministic pseudo-random numbers, so failures can be reproduced. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

describe('visibleRows', () => {
	it('shows exactly the rows top … top+height of the document', () => {
		const heights = [2, 3, 1, 4];
		const rows = allRows(heights);
		expect(rowNames(heights, 5, origin)).toEqual(rows.slice(0, 5));
		expect(rowNames(heights, 4, {block: 1, line: 2})).toEqual(rows.slice(5, 9));
		expect(rowNames(heights, 100, {block: 3, line: 1})).toEqual(rows.slice(rows.indexOf('3:1')));
	});

	it('has no gap after the last block', () => {
		expect(allRows([1, 1]).at(-1)).toBe('1:0');
		expect(rowNames([1, 1], 10, origin)).toEqual(['0:0', '0:gap', '1:0']);
	});

	it('treats a height below 1 as one row', () => {
		expect(rowNames([3, 3], 0, origin)).toEqual(['0:0']);
	});
});

describe('moveAnchor and scrollBy', () => {
	it('moves by rows exactly like indexing the flat list of rows, clamped at both ends', () => {
		const next = random(7);
		for (let trial = 0; trial < 300; trial += 1) {
			const heights = Array.from({length: 1 + Math.floor(next() * 8)}, () => 1 + Math.floor(next() * 5));
			const rows = allRows(heights);
			const view = fakeView(heights, 5);
			const start = Math.floor(next() * rows.length);
			const [block, line] = (rows[start] ?? '').split(':');
			const anchor = {block: Number(block), line: line === 'gap' ? (heights[Number(block)] ?? 0) : Number(line)};
			expect(flatIndex(heights, anchor)).toBe(start);
			const delta = Math.floor(next() * 30) - 15;
			const moved = moveAnchor(view, anchor, delta);
			expect(flatIndex(heights, moved)).toBe(Math.min(Math.max(start + delta, 0), rows.length - 1));
		}
	});

	it('never scrolls past the point where the last row is on the bottom row', () => {
		const heights = [3, 2, 4];
		const view = fakeView(heights, 4);
		const end = lastTop(view);
		expect(rowNames(heights, 4, end)).toEqual(allRows(heights).slice(-4));
		expect(scrollBy(view, origin, 1000)).toEqual(end);
		expect(scrollBy(view, end, -1000)).toEqual(origin);
		expect(scrollBy(view, origin, 2)).toEqual({block: 0, line: 2});
	});

	it('keeps the top at the origin when the whole document fits', () => {
		const view = fakeView([1, 1], 10);
		expect(scrollBy(view, origin, 5)).toEqual(origin);
		expect(lastTop(view)).toEqual(origin);
	});

	it('normalizes anchors that point past a block that got shorter', () => {
		const view = fakeView([2, 1, 1], 3);
		expect(normalizeAnchor(view, {block: 0, line: 9})).toEqual({block: 0, line: 2});
		expect(normalizeAnchor(view, {block: 7, line: 0})).toEqual({block: 2, line: 0});
		expect(clampTop(view, {block: 2, line: 0})).toEqual({block: 1, line: 0});
	});
});

describe('ensureVisible', () => {
	it('leaves the top alone when the block is already fully on screen', () => {
		const view = fakeView([2, 2, 2, 2], 6);
		expect(ensureVisible(view, origin, 1)).toBe(origin);
	});

	it('scrolls down so a block below the screen ends on the bottom row', () => {
		const heights = [2, 2, 2, 2];
		const view = fakeView(heights, 4);
		const top = ensureVisible(view, origin, 2);
		expect(rowNames(heights, 4, top)).toEqual(['1:1', '1:gap', '2:0', '2:1']);
	});

	it('scrolls up so a block above the screen starts on the top row', () => {
		const heights = [2, 2, 2, 2];
		const view = fakeView(heights, 3);
		expect(ensureVisible(view, {block: 3, line: 0}, 1)).toEqual({block: 1, line: 0});
		// A block whose first line is cut off at the top counts as above the screen.
		expect(ensureVisible(view, {block: 1, line: 1}, 1)).toEqual({block: 1, line: 0});
	});

	it('shows the first line of a block taller than the screen', () => {
		const heights = [1, 10, 1];
		const view = fakeView(heights, 4);
		expect(ensureVisible(view, origin, 1)).toEqual({block: 1, line: 0});
		expect(rowNames(heights, 4, ensureVisible(view, origin, 1))).toEqual(['1:0', '1:1', '1:2', '1:3']);
	});

	it('works with a one-row screen', () => {
		const heights = [2, 3, 1];
		const view = fakeView(heights, 1);
		for (let block = 0; block < heights.length; block += 1) {
			const top = ensureVisible(view, origin, block);
			expect(rowNames(heights, 1, top)).toEqual([`${block}:0`]);
		}
	});

	it('measures only blocks near the screen, not the whole document', () => {
		const heights = Array.from({length: 5000}, (_, index) => 1 + (index % 4));
		const view = fakeView(heights, 10);
		const top = ensureVisible(view, origin, 4000);
		expect(isBlockVisible(fakeView(heights, 10), top, 4000)).toBe(true);
		expect(view.measured.size).toBeLessThan(30);
		for (const block of view.measured) {
			// The old screen (near the top) and the new one (near block 4000) only.
			expect(block < 12 || Math.abs(block - 4000) < 12).toBe(true);
		}
	});

	it('always ends with the block visible, whatever the start (randomized)', () => {
		const next = random(42);
		for (let trial = 0; trial < 300; trial += 1) {
			const heights = Array.from({length: 1 + Math.floor(next() * 10)}, () => 1 + Math.floor(next() * 6));
			const height = 1 + Math.floor(next() * 8);
			const view = fakeView(heights, height);
			const start = moveAnchor(view, origin, Math.floor(next() * 40));
			const block = Math.floor(next() * heights.length);
			const top = ensureVisible(view, start, block);
			const blocks = visibleBlocks(view, top);
			expect(blocks).toContain(block);
			// Fully visible when it fits, otherwise starting on the top row.
			const rows = rowNames(heights, height, top);
			if ((heights[block] ?? 0) <= height) {
				expect(rows.filter(row => row.startsWith(`${block}:`) && !row.endsWith('gap'))).toHaveLength(heights[block] ?? 0);
			} else {
				expect(rows[0]).toBe(`${block}:0`);
			}
		}
	});
});
