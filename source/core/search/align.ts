/**
 * Where a fuzzy term matched: the windows of a key whose edit distance to the
 * term is the smallest found, one per place it occurs, for highlighting.
 */

/**
 * Non-overlapping windows `[start, end)` of `key` within `maxErrors` edits of
 * `pattern`, all with the least distance found; empty when none is close enough.
 *
 * Semi-global edit distance, column by column over the key, carrying for each
 * cell the window's start and how many letters matched. Among equal costs it
 * prefers more matched letters (a missing letter highlights the whole word,
 * not the part after it), then the longer window (a mistyped letter is
 * highlighted with the rest).
 */
export function bestWindows(pattern: string, key: string, maxErrors: number): Array<[number, number]> {
	const rows = pattern.length + 1;
	if (rows === 1) {
		return [];
	}

	let cost = new Int32Array(rows);
	let matches = new Int32Array(rows);
	let start = new Int32Array(rows);
	let nextCost = new Int32Array(rows);
	let nextMatches = new Int32Array(rows);
	let nextStart = new Int32Array(rows);
	for (let row = 0; row < rows; row++) {
		cost[row] = row;
	}

	const ends: Array<{end: number; cost: number; matches: number; start: number}> = [];
	let least = Number.POSITIVE_INFINITY;
	for (let column = 1; column <= key.length; column++) {
		const code = key.charCodeAt(column - 1);
		nextCost[0] = 0;
		nextMatches[0] = 0;
		nextStart[0] = column;
		for (let row = 1; row < rows; row++) {
			const same = pattern.charCodeAt(row - 1) === code ? 1 : 0;
			// Diagonal: a letter kept or substituted.
			let bestCost = cost[row - 1]! + 1 - same;
			let bestMatches = matches[row - 1]! + same;
			let bestStart = start[row - 1]!;
			// A key letter inserted, then a pattern letter missing.
			for (let option = 0; option < 2; option++) {
				const candidateCost = option === 0 ? cost[row]! + 1 : nextCost[row - 1]! + 1;
				const candidateMatches = option === 0 ? matches[row]! : nextMatches[row - 1]!;
				const candidateStart = option === 0 ? start[row]! : nextStart[row - 1]!;
				if (candidateCost < bestCost || (candidateCost === bestCost
					&& (candidateMatches > bestMatches || (candidateMatches === bestMatches && candidateStart < bestStart)))) {
					bestCost = candidateCost;
					bestMatches = candidateMatches;
					bestStart = candidateStart;
				}
			}

			nextCost[row] = bestCost;
			nextMatches[row] = bestMatches;
			nextStart[row] = bestStart;
		}

		const last = rows - 1;
		if (nextCost[last]! <= maxErrors) {
			ends.push({end: column, cost: nextCost[last]!, matches: nextMatches[last]!, start: nextStart[last]!});
			least = Math.min(least, nextCost[last]!);
		}

		[cost, nextCost] = [nextCost, cost];
		[matches, nextMatches] = [nextMatches, matches];
		[start, nextStart] = [nextStart, start];
	}

	// Overlapping windows describe one occurrence: keep its best.
	const windows: Array<{start: number; end: number; matches: number}> = [];
	for (const candidate of ends) {
		if (candidate.cost !== least) {
			continue;
		}

		const last = windows.at(-1);
		if (last && candidate.start < last.end) {
			if (candidate.matches > last.matches || (candidate.matches === last.matches && candidate.end - candidate.start > last.end - last.start)) {
				windows[windows.length - 1] = candidate;
			}
		} else {
			windows.push(candidate);
		}
	}

	return windows.map(({start: from, end}) => [from, end]);
}
