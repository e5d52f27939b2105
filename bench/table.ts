/**
 * The one table `npm run bench` prints: a row per figure, medians over
 * several runs, targets as pass/FAIL.
 */

export type Verdict = 'pass' | 'FAIL' | 'n/a' | 'error' | '';

export type Row = {
	readonly name: string;
	/** How many runs (or samples) the median is over, e.g. `12` or `3×73`. */
	readonly runs: string;
	readonly median: string;
	readonly p95?: string;
	/** The median as a multiple of `node -e 0`, for process start-ups. */
	readonly vsNode?: string;
	readonly target?: string;
	readonly result?: Verdict;
};

/** A section's rows, and notes printed under the table. */
export type SectionResult = {
	readonly rows: Row[];
	readonly notes: string[];
};

export function verdict(met: boolean | undefined): Verdict {
	if (met === undefined) {
		return 'n/a';
	}

	return met ? 'pass' : 'FAIL';
}

const headings = ['benchmark', 'runs', 'median', 'p95', '× node', 'target', 'result'] as const;

function cells(row: Row): string[] {
	return [row.name, row.runs, row.median, row.p95 ?? '', row.vsNode ?? '', row.target ?? '', row.result ?? ''];
}

/** Left-aligns names, targets and results; right-aligns the figures. */
export function formatTable(rows: readonly Row[]): string {
	const all = [[...headings], ...rows.map(row => cells(row))];
	const widths = headings.map((_, column) => Math.max(...all.map(line => line[column]!.length)));
	const leftAligned = new Set([0, 5, 6]);
	const format = (line: readonly string[]) => line
		.map((cell, column) => (leftAligned.has(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
		.join('  ')
		.trimEnd();
	const rule = widths.map(width => '─'.repeat(width)).join('  ');
	return [format(all[0]!), rule, ...all.slice(1).map(line => format(line))].join('\n');
}
