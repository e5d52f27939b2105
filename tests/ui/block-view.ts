import type {BlockView} from '../../source/ui/viewport.js';

/** A BlockView over fixed heights that records which blocks were measured. */
export function fakeView(heights: readonly number[], height: number, gap = 1): BlockView & {measured: Set<number>} {
	const measured = new Set<number>();
	return {
		height,
		gap,
		blockCount: heights.length,
		measured,
		blockHeight(block) {
			measured.add(block);
			const value = heights[block];
			if (value === undefined) {
				throw new Error(`block ${block} measured out of range`);
			}

			return value;
		},
	};
}

/** Every row of the document as [block, line] with 'gap' for blank rows, for checking views by hand. */
export function allRows(heights: readonly number[], gap = 1): string[] {
	const rows: string[] = [];
	heights.forEach((height, block) => {
		for (let line = 0; line < height; line += 1) {
			rows.push(`${block}:${line}`);
		}

		if (block < heights.length - 1) {
			for (let line = 0; line < gap; line += 1) {
				rows.push(`${block}:gap`);
			}
		}
	});
	return rows;
}
