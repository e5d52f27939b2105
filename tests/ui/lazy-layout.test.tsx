import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {article, keys, renderApp} from './render-app.js';

// Count which texts the UI asks the layout engine to lay out.
const laidOut = vi.hoisted(() => new Set<string>());
vi.mock('../../source/core/layout/index.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../source/core/layout/index.js')>();
	return {
		...original,
		layoutParagraph(...args: Parameters<typeof original.layoutParagraph>) {
			laidOut.add(args[0]);
			return original.layoutParagraph(...args);
		},
	};
});

afterEach(() => {
	cleanup();
	laidOut.clear();
});

const paragraphs = Array.from({length: 3000}, (_, index) => `Paragraph ${index} ${'word '.repeat(index % 40)}`.trim());
const long = article('long.txt', 'A very long article', paragraphs);

function paragraphsLaidOut(): number[] {
	return paragraphs.flatMap((text, index) => (laidOut.has(text) ? [index] : []));
}

describe('lazy layout', () => {
	it('lays out only the paragraphs near the screen, not the whole article', async () => {
		const app = await renderApp([long], {columns: 80, rows: 24});
		await app.press(keys.enter);
		expect(app.frame()).toContain('Paragraph 0');
		await app.press('j', 'j', keys.pageDown);
		const early = paragraphsLaidOut();
		expect(early.length).toBeGreaterThan(0);
		expect(early.length).toBeLessThan(40);
		expect(Math.max(...early)).toBeLessThan(40);

		await app.press('G');
		expect(app.frame()).toContain('Paragraph 2999');
		const after = paragraphsLaidOut();
		expect(after.length).toBeLessThan(80);
		expect(after.filter(index => index > 40 && index < 2950)).toEqual([]);
	});

	it('lays out only the list rows on screen', async () => {
		const many = Array.from({length: 2000}, (_, index) => article(`a${index}.txt`, `Title ${index}`, ['x']));
		const app = await renderApp(many, {columns: 80, rows: 10});
		laidOut.clear();
		await app.press('G');
		expect(app.frame()).toContain('a1999.txt');
		const titles = many.filter(entry => laidOut.has(entry.title)).length;
		expect(titles).toBeGreaterThan(0);
		// The list shows 8 rows between its header and status line.
		expect(titles).toBeLessThanOrEqual(8);
	});
});
