import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Article} from '../../source/core/articles/index.js';
import {layoutParagraph, lineToString} from '../../source/core/layout/index.js';
import {article, keys, loadSeeds, renderApp} from './render-app.js';

let seeds: readonly Article[];
beforeAll(async () => {
	seeds = await loadSeeds();
});
afterEach(() => {
	cleanup();
});

function expectFits(frame: string, columns: number, rows: number, context: string) {
	const lines = frame.split('\n');
	expect(lines.length, `${context}: ${lines.length} rows`).toBeLessThanOrEqual(rows);
	for (const line of lines) {
		expect(stringWidth(line), `${context}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(columns);
	}
}

describe('terminal sizes', () => {
	const widths = [1, 2, 3, 5, 20, 400];
	const heights = [1, 2, 3, 24];
	for (const columns of widths) {
		for (const rows of heights) {
			it(`draws every screen inside ${columns}×${rows}`, async () => {
				const mixed = [...seeds, article('en.txt', 'A title in English that is long', ['Short.', 'x'.repeat(300)])];
				const app = await renderApp(mixed, {columns, rows, warnings: ['warning: broken.txt: cannot read']});
				const steps: Array<[string, string[]]> = [
					['list', []],
					['list j', ['j', keys.pageDown, 'G']],
					['help', ['?']],
					['reader', ['?', keys.enter]],
					['reader j', ['j', 'j', keys.pageDown]],
					['reader G', ['G', keys.pageUp]],
					['reader help', ['?']],
					['list again', ['?', 'q', 'g']],
					['reader again', [keys.enter]],
				];
				for (const [name, inputs] of steps) {
					// One write per step: Ink splits it into key events (escape sequences apart, text as one
					// string that the app takes apart), which keeps this 24-size matrix quick.
					await app.press(inputs.join(''));
					expectFits(app.frame(), columns, rows, name);
					const last = app.frame().split('\n').at(-1) ?? '';
					// The app leaves the terminal's last row empty (see use-terminal-size.ts).
					if (name.startsWith('reader') && rows >= 3 && columns >= 10) {
						expect(last, name).toContain('¶ ');
					}

					if (name.startsWith('list') && rows >= 4 && columns >= 20) {
						expect(app.frame().split('\n')[0], name).toContain('qari');
					}
				}

				expect(app.frame().length).toBeGreaterThan(0);
			});
		}
	}

	it('keeps the status bar on the last row drawn, one above the terminal\'s last row', async () => {
		const app = await renderApp(seeds, {columns: 60, rows: 10});
		await app.press(keys.enter);
		const lines = app.frame().split('\n');
		expect(lines).toHaveLength(9);
		expect(lines.at(-1)).toContain(`¶ 1/${seeds[0]!.paragraphs.length}`);
	});

	it('re-lays out on resize and keeps the focused paragraph in view', async () => {
		const app = await renderApp(seeds);
		await app.press(keys.enter, 'j', 'j', 'j');
		const paragraph = seeds[0]!.paragraphs[3]!;
		await app.resize(30, 8);
		const lines = layoutParagraph(paragraph, {width: 28, bidi: 'app', shape: true, direction: 'auto'}).lines;
		const frame = app.frame();
		expect(frame.split('\n').at(-1)).toContain('¶ 4/');
		// Some line of the focused paragraph is on screen, at the new width, with the marker.
		const shown = lines.map(line => lineToString(line)).filter(text => frame.includes(`${text}▐`));
		expect(shown.length).toBeGreaterThan(0);
		for (const line of frame.split('\n')) {
			expect(stringWidth(line)).toBeLessThanOrEqual(30);
		}
	});

	it('shows one row per article and scrolls the list window with the selection', async () => {
		const many = Array.from({length: 40}, (_, index) => article(`a${String(index).padStart(2, '0')}.txt`, `Article number ${index}`, ['Text.']));
		const app = await renderApp(many, {columns: 80, rows: 9});
		expect(app.frame()).toContain('a05.txt');
		expect(app.frame()).not.toContain('a06.txt');
		await app.press('G');
		expect(app.frame()).toContain('a39.txt');
		expect(app.frame()).not.toContain('a00.txt');
		expect(app.frame().split('\n').find(line => line.includes('a39.txt'))?.startsWith('❯')).toBe(true);
		await app.press(keys.pageUp);
		expect(app.frame().split('\n').find(line => line.startsWith('❯'))).toContain('a33.txt');
	});
});
