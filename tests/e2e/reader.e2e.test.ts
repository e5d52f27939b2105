/**
 * The interactive reader in a real pseudo-terminal, read back through a
 * headless xterm.js: what a person sees, which keys do what, and that the
 * terminal is always handed back on the normal screen.
 */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {layoutParagraph, lineToString} from '../../source/core/layout/index.js';
import {ensureBuilt, repoRoot} from './build.js';
import {startQari, type QariInPty} from './pty.js';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const explicitBidi = '\u001B[8l';
const implicitBidi = '\u001B[8h';
const keys = {enter: '\r', pageUp: '\u001B[5~', escape: '\u001B', ctrlC: '\u0003'};
const timeout = 10_000;

type Seed = {file: string; title: string; paragraphs: number};
let seeds: Seed[] = [];

beforeAll(async () => {
	await ensureBuilt();
	const directory = path.join(repoRoot, 'seeds');
	const files = (await readdir(directory)).filter(file => file.endsWith('.txt')).sort();
	seeds = await Promise.all(files.map(async file => {
		const lines = (await readFile(path.join(directory, file), 'utf8')).split('\n').map(line => line.trim()).filter(Boolean);
		return {file, title: lines[0]!, paragraphs: lines.length - 1};
	}));
});

/** The paragraph position the reader's status bar shows, e.g. `¶ 3/23` → 3. */
function paragraphShown(qari: QariInPty): number | undefined {
	const match = /¶ (\d+)\/(\d+)/u.exec(qari.screen().join('\n'));
	return match ? Number(match[1]) : undefined;
}

async function waitForParagraph(qari: QariInPty, accept: (paragraph: number) => boolean, what: string): Promise<number> {
	await qari.waitFor(() => {
		const shown = paragraphShown(qari);
		return shown !== undefined && accept(shown);
	}, timeout).catch((error: unknown) => {
		throw new Error(`${what}: ${(error as Error).message}`);
	});
	return paragraphShown(qari)!;
}

/** The list row of an article: the row that shows its paragraph count and file name. */
function rowOf(screen: readonly string[], seed: Seed): string | undefined {
	return screen.find(row => row.includes(`${seed.paragraphs} ¶`) && row.includes(seed.file.slice(0, 12)));
}

/** The title part of a list row: what stands before the paragraph count, without the cursor and the ellipsis (left in visual order, right in logical). */
function titleCell(row: string, seed: Seed): string {
	return row.slice(0, row.indexOf(`${seed.paragraphs} ¶`)).replace(/^[\s❯>]*…?/u, '').trim().replace(/…$/u, '');
}

function expectTerminalRestored(qari: QariInPty, bidi: 'app' | 'terminal'): void {
	const raw = qari.rawOutput();
	expect(raw).toContain(enterAlternateScreen);
	expect(raw.lastIndexOf(leaveAlternateScreen)).toBeGreaterThan(raw.lastIndexOf(enterAlternateScreen));
	if (bidi === 'app') {
		const explicit = raw.indexOf(explicitBidi);
		expect(explicit).toBeGreaterThan(raw.indexOf(enterAlternateScreen));
		expect(raw.lastIndexOf(implicitBidi)).toBeGreaterThan(raw.lastIndexOf(explicitBidi));
		expect(raw.lastIndexOf(leaveAlternateScreen)).toBeGreaterThan(raw.lastIndexOf(implicitBidi));
	} else {
		expect(raw).not.toContain(explicitBidi);
		expect(raw).not.toContain(implicitBidi);
	}

	expect(qari.bufferType()).toBe('normal');
	// Nothing of the reader was left behind on the normal screen.
	expect(qari.screen().join('')).not.toMatch(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/u);
}

describe('qari in a terminal', () => {
	it('lists the articles, reads one with every movement key, shows help, and quits cleanly', async () => {
		const qari = startQari([]);
		await qari.waitFor(screen => seeds.every(seed => rowOf(screen, seed) !== undefined), timeout);
		expect(qari.bufferType()).toBe('alternate');

		// Titles are drawn in visual order and shaped: each visible cell is the
		// logical start of the title, which sits at the right end of the visual line.
		for (const seed of seeds) {
			const visual = lineToString(layoutParagraph(seed.title, {width: 1000, bidi: 'app', shape: true, direction: 'auto'}).lines[0]!);
			const shown = titleCell(rowOf(qari.screen(), seed)!, seed);
			expect(shown.length).toBeGreaterThan(10);
			expect(visual.endsWith(shown), `${shown} is not the end of ${visual}`).toBe(true);
		}

		qari.write(keys.enter);
		expect(await waitForParagraph(qari, paragraph => paragraph === 1, 'Enter opens the first article')).toBe(1);
		const total = seeds[0]!.paragraphs;
		expect(qari.screen().join('\n')).toContain(`/${total}`);

		qari.write('j');
		await waitForParagraph(qari, paragraph => paragraph === 2, 'j moves one paragraph on');

		qari.write(' ');
		const afterPage = await waitForParagraph(qari, paragraph => paragraph > 2, 'Space pages down');

		qari.write(keys.pageUp);
		await waitForParagraph(qari, paragraph => paragraph < afterPage, 'PgUp pages back');

		qari.write('G');
		await waitForParagraph(qari, paragraph => paragraph === total, 'G goes to the last paragraph');

		qari.write('g');
		await waitForParagraph(qari, paragraph => paragraph === 1, 'g goes back to the first paragraph');

		qari.write('?');
		await qari.waitFor(/Keys[\s\S]*Page down/u, timeout);
		qari.write('?');
		await qari.waitFor(screen => !screen.join('\n').includes('Page down'), timeout);

		qari.write('q');
		await qari.waitFor(screen => seeds.every(seed => rowOf(screen, seed) !== undefined) && paragraphShown(qari) === undefined, timeout);

		qari.write('q');
		expect(await qari.exit).toBe(0);
		expectTerminalRestored(qari, 'app');
	}, 60_000);

	it('restores the terminal after Ctrl+C in the middle of an article', async () => {
		const qari = startQari([]);
		await qari.waitFor(screen => rowOf(screen, seeds[0]!) !== undefined, timeout);
		qari.write(keys.enter);
		await waitForParagraph(qari, paragraph => paragraph === 1, 'Enter opens the first article');
		qari.write(keys.ctrlC);
		expect(await qari.exit).toBe(0);
		expectTerminalRestored(qari, 'app');
	});

	it('restores the terminal when killed with SIGTERM', async () => {
		const qari = startQari([]);
		await qari.waitFor(screen => rowOf(screen, seeds[0]!) !== undefined, timeout);
		qari.kill('SIGTERM');
		expect(await qari.exit).toBe(143);
		expectTerminalRestored(qari, 'app');
	});

	it('leaves reordering to Konsole: logical order and no bidi mode change', async () => {
		const qari = startQari([path.join('seeds', seeds[0]!.file)], {env: {KONSOLE_VERSION: '230805'}});
		const seed = seeds[0]!;
		await qari.waitFor(screen => rowOf(screen, seed) !== undefined, timeout);
		const shown = titleCell(rowOf(qari.screen(), seed)!, seed);
		expect(seed.title.startsWith(shown), `${shown} is not the start of ${seed.title}`).toBe(true);
		qari.write('q');
		expect(await qari.exit).toBe(0);
		expectTerminalRestored(qari, 'terminal');
	});
});

describe('qari list and read on a terminal', () => {
	it('read lays out to the terminal width, bold title, wrapped in explicit bidi mode', async () => {
		const seed = seeds[0]!;
		const qari = startQari(['read', path.join('seeds', seed.file)], {cols: 60, rows: 200});
		expect(await qari.exit).toBe(0);
		const raw = qari.rawOutput();
		expect(raw.startsWith(explicitBidi)).toBe(true);
		expect(raw.trimEnd().endsWith(implicitBidi)).toBe(true);
		expect(raw).toContain('\u001B[1m');
		// Terminal width (60), RTL lines padded to all of it; nothing wider.
		const rows = qari.screen().filter(row => row !== '');
		expect(rows.length).toBeGreaterThan(seed.paragraphs);
		expect(rows.every(row => stringWidth(row) <= 60)).toBe(true);
		expect(rows.filter(row => stringWidth(row) === 60).length).toBeGreaterThan(seed.paragraphs);
	});

	it('read uses no colour under NO_COLOR and no bidi mode change in terminal mode', async () => {
		const qari = startQari(['read', path.join('seeds', seeds[0]!.file), '--bidi', 'terminal'], {rows: 200, env: {NO_COLOR: '1'}});
		expect(await qari.exit).toBe(0);
		expect(qari.rawOutput()).not.toMatch(/\u001B\[(?:1|22|8[hl])m?/u);
	});

	it('list draws each title in a column before its paragraph count', async () => {
		const qari = startQari(['list']);
		expect(await qari.exit).toBe(0);
		for (const seed of seeds) {
			const row = rowOf(qari.screen(), seed);
			expect(row, `no row for ${seed.file}`).toBeDefined();
			const visual = lineToString(layoutParagraph(seed.title, {width: 1000, bidi: 'app', shape: true, direction: 'auto'}).lines[0]!);
			expect(visual.endsWith(titleCell(row!, seed))).toBe(true);
		}
	});

	it('searches with /: the typed word shows shaped, Enter lands on a paragraph containing it, n moves on', async () => {
		const word = 'بغداد';
		const texts = await Promise.all(seeds.map(async seed =>
			(await readFile(path.join(repoRoot, 'seeds', seed.file), 'utf8')).split('\n').map(line => line.trim()).filter(Boolean)));
		const qari = startQari([]);
		await qari.waitFor(screen => rowOf(screen, seeds[0]!) !== undefined, timeout);
		qari.write('/');
		await qari.waitFor(/type to search/u, timeout);
		qari.write(word);
		const shaped = lineToString(layoutParagraph(word, {width: 80, bidi: 'app', shape: true, direction: 'auto'}).lines[0]!).trim();
		await qari.waitFor(screen => (screen[0] ?? '').includes(shaped) && /\d+ results?/u.test(screen[1] ?? ''), timeout);
		qari.write(keys.enter);
		const paragraph = await waitForParagraph(qari, shown => shown > 0, 'Enter opens a result');
		const total = Number(/¶ \d+\/(\d+)/u.exec(qari.screen().join('\n'))?.[1]);
		const landed = texts.filter((lines, index) => seeds[index]!.paragraphs === total && lines[paragraph]?.includes(word));
		expect(landed.length, `paragraph ${paragraph} of ${total} holds ${word}`).toBeGreaterThan(0);
		qari.write('n');
		await qari.waitFor(() => paragraphShown(qari) !== paragraph || /wrapped/u.test(qari.screen().join('\n')), timeout);
		const next = paragraphShown(qari)!;
		expect(texts.some((lines, index) => seeds[index]!.paragraphs === total && lines[next]?.includes(word))).toBe(true);
		qari.write(keys.ctrlC);
		expect(await qari.exit).toBe(0);
		expectTerminalRestored(qari, 'app');
	}, 60_000);
});
