/**
 * Bookmarks and reading positions across two runs of qari in a real
 * pseudo-terminal, with the store in a temporary --data-dir.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt} from './build.js';
import {startQari, type QariInPty} from './pty.js';

const timeout = 10_000;
const enter = '\r';
let dataDir = '';

beforeAll(async () => {
	await ensureBuilt();
});
afterEach(async () => {
	if (dataDir !== '') {
		await rm(dataDir, {recursive: true, force: true});
	}
});

function position(qari: QariInPty): string | undefined {
	return /¶ (\d+\/\d+)/u.exec(qari.screen().join('\n'))?.[1];
}

async function waitForPosition(qari: QariInPty, expected: RegExp, what: string): Promise<string> {
	await qari.waitFor(() => expected.test(position(qari) ?? ''), timeout).catch((error: unknown) => {
		throw new Error(`${what}: ${(error as Error).message}`);
	});
	return position(qari)!;
}

const listShown = (qari: QariInPty) => async () => qari.waitFor(/\d+ articles/u, timeout);

describe('bookmarks and reading positions in a terminal', () => {
	it('b bookmarks a paragraph, and the next run reopens the article read last where it was left', async () => {
		dataDir = await mkdtemp(path.join(tmpdir(), 'qari-e2e-bookmarks-'));
		const first = startQari(['--data-dir', dataDir]);
		await listShown(first)();
		// The second article, fourth paragraph.
		first.write('j');
		first.write(enter);
		await waitForPosition(first, /^1\//u, 'Enter opens the article');
		first.write('jjj');
		const shown = await waitForPosition(first, /^4\//u, 'j moves to paragraph 4');
		first.write('b');
		await first.waitFor('bookmarked', timeout);
		first.write('q');
		await first.waitFor(() => position(first) === undefined, timeout);
		first.write('q');
		expect(await first.exit).toBe(0);

		const saved = JSON.parse(await readFile(path.join(dataDir, 'bookmarks.json'), 'utf8')) as {bookmarks: Array<{paragraph: number}>};
		expect(saved.bookmarks.map(bookmark => bookmark.paragraph)).toEqual([3]);

		const second = startQari(['--data-dir', dataDir]);
		await listShown(second)();
		// Enter opens the article read last (it is selected) at its saved paragraph.
		second.write(enter);
		expect(await waitForPosition(second, /^\d+\//u, 'Enter opens the article read last')).toBe(shown);
		expect(second.screen().some(row => row.startsWith('*'))).toBe(true);
		second.write('q');
		await second.waitFor(() => position(second) === undefined, timeout);
		second.write('q');
		expect(await second.exit).toBe(0);
	}, 60_000);

	it('B lists the bookmark made in an earlier run, and Enter lands on its paragraph', async () => {
		dataDir = await mkdtemp(path.join(tmpdir(), 'qari-e2e-bookmarks-'));
		const first = startQari(['--data-dir', dataDir]);
		await listShown(first)();
		first.write(enter);
		await waitForPosition(first, /^1\//u, 'Enter opens the first article');
		first.write('jjjj');
		const shown = await waitForPosition(first, /^5\//u, 'j moves to paragraph 5');
		first.write('b');
		await first.waitFor('bookmarked', timeout);
		// Move away, so the saved reading position is not the bookmark's paragraph.
		first.write('g');
		await waitForPosition(first, /^1\//u, 'g goes back to the top');
		first.write('q');
		await first.waitFor(() => position(first) === undefined, timeout);
		first.write('q');
		expect(await first.exit).toBe(0);

		const second = startQari(['--data-dir', dataDir]);
		await listShown(second)();
		second.write('B');
		await second.waitFor('1 bookmark', timeout);
		second.write(enter);
		expect(await waitForPosition(second, /^\d+\//u, 'Enter opens the bookmark')).toBe(shown);
		second.write('\u0003');
		expect(await second.exit).toBe(0);
	}, 60_000);
});
