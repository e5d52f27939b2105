import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeLibrary} from '../helpers/fake-library.js';
import {article, delay, keys, renderApp} from './render-app.js';

// Count what the UI asks the layout engine to lay out: O(library) work per key would show here.
const calls = vi.hoisted(() => ({count: 0}));
vi.mock('../../source/core/layout/index.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../source/core/layout/index.js')>();
	return {
		...original,
		layoutParagraph(...args: Parameters<typeof original.layoutParagraph>) {
			calls.count++;
			return original.layoutParagraph(...args);
		},
	};
});

afterEach(() => {
	cleanup();
});

const size = 10_000;
const words = ['مرفأ', 'سوق', 'عاصفة', 'harbour', 'market', 'storm'];
const many = Array.from({length: size}, (_, index) =>
	article(`${String(index).padStart(5, '0')}.txt`, `${words[index % words.length]!} ${index}`, [`Paragraph of ${index}.`]));

/** Layout calls made by `act`. */
async function layoutsDuring(act: () => Promise<void>): Promise<number> {
	const before = calls.count;
	await act();
	return calls.count - before;
}

describe('a 10,000-article library', () => {
	it('lays out only the rows on screen per key and per progress change', async () => {
		const library = fakeLibrary(many);
		const app = await renderApp(library, {columns: 80, rows: 24});
		expect(app.frame().split('\n')[0]).toContain('10,000 articles · loading 0%');
		// A screen has 22 rows of title and id: each key may lay out at most a few screens' worth.
		const bound = 3 * 2 * 24;
		expect(await layoutsDuring(async () => app.press('j', 'j', keys.pageDown))).toBeLessThan(bound * 3);
		expect(await layoutsDuring(async () => app.press(keys.end))).toBeLessThan(bound);
		expect(app.frame()).toContain('09999.txt');
		expect(await layoutsDuring(async () => {
			library.loadMany(4000);
			await delay();
		})).toBeLessThan(bound);
		expect(app.frame().split('\n')[0]).toContain('loading 40%');
	});

	it('filters 10,000 titles as one types, diacritics and case folded', async () => {
		const library = fakeLibrary(many);
		const app = await renderApp(library, {columns: 80, rows: 24});
		const typed = await layoutsDuring(async () => app.press('f', 'عَاصِفَة'));
		// Both numbers grouped alike: `1,667 of 10,000`.
		expect(app.frame().split('\n')[0]).toMatch(/1,66\d of 10,000 articles/u);
		expect(typed).toBeLessThan(200);
		await app.press(keys.escape, 'f', 'MARKET 4');
		// Every word, anywhere in the title.
		const expected = many.filter(entry => entry.title.startsWith('market') && entry.title.includes('4')).length;
		expect(app.frame().split('\n')[0]).toContain(`${expected.toLocaleString('en-US')} of 10,000 articles`);
		expect(app.frame()).toContain('market 4 ');
	});
});
