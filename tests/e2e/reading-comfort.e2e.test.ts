/**
 * Reading-comfort keys in a real pseudo-terminal: `:` jumps to a paragraph
 * number or a percentage, `]` and `[` go to the next and previous article
 * without the list, and the status bar says what went wrong.
 */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, repoRoot} from './build.js';
import {startQari, type QariInPty} from './pty.js';

const timeout = 10_000;
const enter = '\r';

/** Paragraph counts of the bundled articles, in the list's order. */
let paragraphs: number[] = [];

beforeAll(async () => {
	await ensureBuilt();
	const directory = path.join(repoRoot, 'seeds');
	const files = (await readdir(directory)).filter(file => file.endsWith('.txt')).sort();
	paragraphs = await Promise.all(files.map(async file =>
		(await readFile(path.join(directory, file), 'utf8')).split('\n').filter(line => line.trim() !== '').length - 1));
});

/** The bottom row that shows anything: the status bar, or the `:` line. */
const bottom = (screen: readonly string[]): string => [...screen].reverse().find(row => row.trim() !== '') ?? '';

/** `¶ 3/23` on the status bar → [3, 23]. */
function position(qari: QariInPty): [number, number] | undefined {
	const match = /¶ (\d+)\/(\d+)/u.exec(qari.screen().join('\n'));
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

async function waitForPosition(qari: QariInPty, focus: number, total: number, what: string): Promise<void> {
	await qari.waitFor(() => {
		const shown = position(qari);
		return shown?.[0] === focus && shown[1] === total;
	}, timeout).catch((error: unknown) => {
		throw new Error(`${what}: ${(error as Error).message}`);
	});
}

describe('reading comfort keys in a terminal', () => {
	it(': jumps to a paragraph or a percentage, ] and [ change article, and the ends and mistakes are said', async () => {
		const [first = 0, second = 0] = paragraphs;
		expect(first).not.toBe(second);
		const qari = startQari([]);
		await qari.waitFor(/qari/u, timeout);
		qari.write(enter);
		await waitForPosition(qari, 1, first, 'Enter opens the first article');

		qari.write(':');
		await qari.waitFor(screen => bottom(screen).startsWith(':'), timeout);
		qari.write('12');
		await qari.waitFor(screen => bottom(screen).startsWith(':12'), timeout);
		qari.write(enter);
		await waitForPosition(qari, 12, first, ':12 goes to paragraph 12');

		// Typed fast: `:`, the number and Enter can arrive in one read.
		qari.write(`:25%${enter}`);
		await waitForPosition(qari, Math.ceil(first / 4), first, ':25% goes a quarter of the way');

		// Arabic-Indic digits, as typed with ara(digits).
		qari.write(':٣');
		qari.write(enter);
		await waitForPosition(qari, 3, first, ':٣ goes to paragraph 3');

		qari.write(':999');
		qari.write(enter);
		await waitForPosition(qari, first, first, ':999 stops at the last paragraph');
		await qari.waitFor(`no paragraph 999: this article has ${first} paragraphs`, timeout);

		qari.write(':abc');
		qari.write(enter);
		await qari.waitFor('not a paragraph number or a percentage: abc', timeout);
		expect(position(qari)).toEqual([first, first]);

		qari.write(']');
		await waitForPosition(qari, 1, second, '] opens the next article');
		qari.write(']');
		await qari.waitFor('this is the last article', timeout);
		qari.write('[');
		// Back to where the first article was left: its saved reading position.
		await waitForPosition(qari, first, first, '[ opens the previous article again');

		qari.write('q');
		await qari.waitFor(screen => position(qari) === undefined && screen.some(row => row.includes('❯')), timeout);
		qari.write('q');
		expect(await qari.exit).toBe(0);
	}, 60_000);
});
