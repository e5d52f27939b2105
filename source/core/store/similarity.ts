/**
 * Text similarity for re-anchoring: the Sørensen–Dice coefficient over
 * character bigrams (counted with multiplicity). It is 1 for equal strings,
 * tolerates inserted, deleted or changed words anywhere, and does not depend
 * on word order as much as edit distance does; cost is linear in the lengths.
 */

function bigramCounts(text: string): Map<string, number> {
	const chars = Array.from(text);
	const counts = new Map<string, number>();
	for (let index = 0; index + 1 < chars.length; index++) {
		const bigram = `${chars[index]}${chars[index + 1]}`;
		counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
	}

	return counts;
}

/** Dice similarity of two (already normalised) strings, from 0 (nothing shared) to 1 (same bigrams). */
export function diceSimilarity(left: string, right: string): number {
	if (left === right) {
		return 1;
	}

	const leftCounts = bigramCounts(left);
	const rightCounts = bigramCounts(right);
	let leftTotal = 0;
	for (const count of leftCounts.values()) {
		leftTotal += count;
	}

	let rightTotal = 0;
	let shared = 0;
	for (const [bigram, count] of rightCounts) {
		rightTotal += count;
		shared += Math.min(count, leftCounts.get(bigram) ?? 0);
	}

	if (leftTotal + rightTotal === 0) {
		return 0;
	}

	return (2 * shared) / (leftTotal + rightTotal);
}
