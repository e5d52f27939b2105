/** Small integer helpers of the prefilter. */

export function bitCount(value: number): number {
	let bits = value - ((value >>> 1) & 0x55555555);
	bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
	return Math.imul((bits + (bits >>> 4)) & 0x0F0F0F0F, 0x01010101) >>> 24;
}

/**
 * The indices whose level lies in `[from, to)`, by level then by index: a
 * counting sort, linear in the number of units, with ties kept in unit order,
 * or in the order of `order` (a permutation of the indices) when given.
 */
export function countingSort(levels: Int32Array, from: number, to: number, order?: Int32Array): Int32Array {
	const counts = new Int32Array(to - from + 1);
	let total = 0;
	for (const level of levels) {
		if (level >= from && level < to) {
			counts[level - from + 1]!++;
			total++;
		}
	}

	for (let level = 1; level < counts.length; level++) {
		counts[level]! += counts[level - 1]!;
	}

	const sorted = new Int32Array(total);
	for (let position = 0; position < levels.length; position++) {
		const index = order ? order[position]! : position;
		const level = levels[index]!;
		if (level >= from && level < to) {
			sorted[counts[level - from]!++] = index;
		}
	}

	return sorted;
}
