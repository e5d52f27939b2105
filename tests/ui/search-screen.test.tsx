import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Article} from '../../source/core/articles/index.js';
import type {SearchResult} from '../../source/core/search/index.js';

// Colour decisions are made when chalk loads: force it on so attributes
// (inverse for matches under NO_COLOR) show in the frames.
process.env['FORCE_COLOR'] = '1';
const {cleanup} = await import('ink-testing-library');
const {layoutParagraph, lineToString} = await import('../../source/core/layout/index.js');
const {buildSearchIndex, search} = await import('../../source/core/search/index.js');
const {articleMatches} = await import('../../source/ui/search/article-matches.js');
const {delay, keys, loadSeeds, renderApp} = await import('./render-app.js');

const inverseOn = '\u001B[7m';
const inverseOff = '\u001B[27m';
// eslint-disable-next-line no-control-regex
const strip = (text: string) => text.replaceAll(/\u001B\[[\d;]*m/gu, '');
const shaped = (text: string) => lineToString(layoutParagraph(text, {width: 200, bidi: 'app', shape: true, direction: 'auto'}).lines[0]!).trim();
const query = 'بغداد';

let seeds: readonly Article[];
let expected: SearchResult[];
beforeAll(async () => {
	seeds = await loadSeeds();
	expected = search(buildSearchIndex(seeds), query, {limit: 100});
});
afterEach(() => {
	cleanup();
});

function statusParagraph(frame: string): number | undefined {
	const match = /¶ (\d+)\/\d+/u.exec(strip(frame));
	return match ? Number(match[1]) : undefined;
}

async function searchFor(text: string) {
	const app = await renderApp(seeds);
	await app.press('/', text);
	await delay(150);
	return app;
}

describe('search screen', () => {
	it('shows the typed Arabic query shaped right to left with the cursor at its end, the count and highlighted results', async () => {
		expect(expected.length).toBeGreaterThan(1);
		const app = await searchFor(query);
		const lines = app.frame().split('\n');
		// The query line: right-aligned, shaped, the cursor (reverse-video cell) on its left where the next letter goes.
		expect(lines[0]).toContain(`${inverseOn} ${inverseOff}${shaped(query)}`);
		expect(strip(lines[0]!).trimEnd().endsWith(shaped(query))).toBe(true);
		expect(strip(lines[1]!)).toBe(`${expected.length} results`);
		// The first result's snippet carries the match in reverse video, shaped.
		expect(lines[3]).toContain(`${inverseOn}${shaped(query)}${inverseOff}`);
		expect(strip(lines[2]!)).toContain(`¶ ${expected[0]!.paragraph}`);
	});

	it('updates as the person types, takes j and q as text, and edits with Backspace and Ctrl+U', async () => {
		const app = await searchFor('بغ');
		const fewer = strip(app.frame().split('\n')[1]!);
		expect(fewer).toMatch(/^\d+ results?$/u);
		await app.press('jq');
		await delay(100);
		expect(strip(app.frame())).toContain('jq');
		expect(strip(app.frame().split('\n')[1]!)).toBe('no results');
		await app.press('\u007F', '\u007F', 'داد');
		await delay(150);
		expect(strip(app.frame().split('\n')[1]!)).toBe(`${expected.length} results`);
		await app.press('\u0015');
		expect(strip(app.frame().split('\n')[0]!)).toContain('type to search');
	});

	it('opens the selected result at its paragraph with the matches highlighted', async () => {
		const app = await searchFor(query);
		await app.press(keys.down, keys.enter);
		const target = expected[1]!;
		const frame = app.frame();
		expect(statusParagraph(frame)).toBe(target.paragraph);
		expect(strip(frame)).toContain(shaped(seeds[target.articleIndex]!.title).slice(-10));
		// The focused paragraph's rows (marked ▐) hold the highlighted match.
		const focused = frame.split('\n').filter(line => line.includes('▐'));
		expect(focused.length).toBeGreaterThan(0);
		expect(focused.join('\n')).toContain(`${inverseOn}${shaped(query)}`);
	});

	it('Esc returns exactly where the person was', async () => {
		const app = await renderApp(seeds);
		await app.press(keys.down, keys.enter, keys.pageDown, 'j');
		const before = app.frame();
		await app.press('/', query);
		await delay(150);
		expect(app.frame()).not.toBe(before);
		await app.press(keys.escape);
		expect(app.frame()).toBe(before);
		await app.press(keys.escape, '/', keys.escape);
		expect(strip(app.frame())).toContain('2 articles');
	});

	it('n and N visit the matching paragraphs of the article and wrap, saying so', async () => {
		const app = await searchFor(query);
		await app.press(keys.enter);
		const first = expected[0]!;
		const blocks = articleMatches(seeds[first.articleIndex]!, query).blocks.filter(block => block > 0);
		expect(blocks.length).toBeGreaterThan(1);
		expect(statusParagraph(app.frame())).toBe(first.paragraph);
		const start = blocks.indexOf(first.paragraph);
		expect(start).toBeGreaterThanOrEqual(0);
		for (let step = 1; step <= blocks.length; step += 1) {
			await app.press('n');
			expect(statusParagraph(app.frame())).toBe(blocks[(start + step) % blocks.length]);
			expect(app.frame().split('\n').filter(line => line.includes('▐')).join('\n')).toContain(inverseOn);
			if ((start + step) % blocks.length === 0) {
				expect(strip(app.frame())).toContain('wrapped to the first match');
			}
		}

		await app.press('N');
		expect(statusParagraph(app.frame())).toBe(blocks[(start + blocks.length - 1) % blocks.length]);
	});

	it('fits the search screen into small terminals', async () => {
		const stringWidth = (await import('string-width')).default;
		for (const [columns, rows] of [[1, 1], [5, 2], [20, 3], [30, 6], [100, 24]] as const) {
			const app = await renderApp(seeds, {columns, rows});
			await app.press('/', query);
			await delay(100);
			const lines = strip(app.frame()).split('\n');
			expect(lines.length, `${columns}×${rows}`).toBeLessThanOrEqual(rows);
			for (const line of lines) {
				expect(stringWidth(line), `${columns}×${rows}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(columns);
			}

			cleanup();
		}
	});
});
