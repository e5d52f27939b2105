import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Article} from '../../source/core/articles/index.js';
import {layoutParagraph, lineToString, type LayoutOptions} from '../../source/core/layout/index.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {keyBindings} from '../../source/ui/keys.js';
import {listColumns} from '../../source/ui/list/row-model.js';
import {fitLine} from '../../source/ui/text/fit-line.js';
import {article, keys, loadSeeds, renderApp} from './render-app.js';

const settings = {bidi: 'app', shape: true} as const;
const at = (width: number): LayoutOptions => ({width, ...settings, direction: 'auto'});
/** First visual line of a paragraph as the layout engine draws it at `width`. */
const firstLine = (text: string, width: number) => lineToString(layoutParagraph(text, at(width)).lines[0]!);
/** Reader text width at ink-testing-library's 100 columns: one gutter cell each side. */
const readerWidth = 98;
const english = createTranslator('en');

let seeds: readonly Article[];
beforeAll(async () => {
	seeds = await loadSeeds();
});
afterEach(() => {
	cleanup();
});

function seed(index: number): Article {
	const found = seeds[index];
	if (!found) {
		throw new Error(`seed ${index} missing`);
	}

	return found;
}

function lineWith(frame: string, text: string): string | undefined {
	return frame.split('\n').find(line => line.includes(text));
}

describe('list screen', () => {
	it('shows both seed titles shaped in visual order, with paragraph counts and ids', async () => {
		expect(seeds).toHaveLength(2);
		const app = await renderApp(seeds);
		const frame = app.frame();
		expect(frame.split('\n')[0]).toContain('2 articles');
		const columns = listColumns(seeds, 100);
		for (const entry of seeds) {
			const row = lineWith(frame, entry.id);
			expect(row, entry.id).toBeDefined();
			// The row's title is the engine's one-line fit of the title …
			expect(row).toContain(lineToString(fitLine(entry.title, columns.title, settings)));
			// … whose right end is the start of the title as the engine lays it out on its own.
			expect(row).toContain(firstLine(entry.title, 30).trim());
			expect(row).toContain(`${entry.paragraphs.length} ¶`);
			// Shaped presentation forms, not the logical text.
			expect(frame).not.toContain(entry.title.slice(0, 12));
		}
	});

	it('moves the selection with j and the arrow keys', async () => {
		const app = await renderApp(seeds);
		expect(lineWith(app.frame(), seed(0).id)?.startsWith('❯')).toBe(true);
		await app.press('j');
		expect(lineWith(app.frame(), seed(1).id)?.startsWith('❯')).toBe(true);
		expect(lineWith(app.frame(), seed(0).id)?.startsWith('❯')).toBe(false);
		await app.press(keys.up);
		expect(lineWith(app.frame(), seed(0).id)?.startsWith('❯')).toBe(true);
	});

	it('shows a single load warning, and a count of several (they are printed on exit)', async () => {
		const one = await renderApp(seeds, {warnings: ['warning: a.txt: not UTF-8']});
		expect(one.frame().split('\n').at(-1)).toContain('⚠ warning: a.txt: not UTF-8');
		const broken = Array.from({length: 7}, (_, index) => `warning: skipped binary file bad${index}.txt`);
		const app = await renderApp(seeds, {warnings: broken});
		const lines = app.frame().split('\n');
		expect(lines.at(-1)).toContain('⚠ 7 file warnings (listed on exit)');
		expect(app.frame()).not.toContain('bad0.txt');
	});

	it('says so when the library is empty', async () => {
		const app = await renderApp([]);
		expect(app.frame()).toContain('No articles to read.');
		expect(app.frame()).toContain('Press q to quit.');
	});
});

describe('reader screen', () => {
	it('opens with Enter, showing the title and the first paragraph', async () => {
		const app = await renderApp(seeds);
		await app.press(keys.enter);
		const frame = app.frame();
		expect(frame).toContain(firstLine(seed(0).title, readerWidth).trimEnd());
		expect(frame).toContain(firstLine(seed(0).paragraphs[0]!, readerWidth));
		expect(frame).not.toContain('2 articles');
		expect(frame.split('\n').at(-1)).toContain(`¶ 1/${seed(0).paragraphs.length}`);
		expect(frame.split('\n').at(-1)).toContain('? help');
	});

	it('opens the selected article', async () => {
		const app = await renderApp(seeds);
		await app.press('j', keys.enter);
		expect(app.frame()).toContain(firstLine(seed(1).paragraphs[0]!, readerWidth));
	});

	it('moves the focus marker (right gutter for RTL) with j and ↓', async () => {
		const app = await renderApp(seeds);
		await app.press(keys.enter);
		const [first, second, third] = seed(0).paragraphs.map(paragraph => firstLine(paragraph, readerWidth));
		expect(lineWith(app.frame(), first!)).toMatch(/▐$/);
		expect(lineWith(app.frame(), second!)).not.toMatch(/▐/);
		await app.press('j');
		expect(lineWith(app.frame(), first!)).not.toMatch(/▐/);
		expect(lineWith(app.frame(), second!)).toMatch(/▐$/);
		await app.press(keys.down);
		expect(lineWith(app.frame(), third!)).toMatch(/▐$/);
		expect(app.frame().split('\n').at(-1)).toContain(`¶ 3/${seed(0).paragraphs.length}`);
		await app.press('k');
		expect(lineWith(app.frame(), second!)).toMatch(/▐$/);
	});

	it('handles keys that arrive in one chunk, as when typed fast', async () => {
		const app = await renderApp(seeds);
		await app.press('\rjj');
		expect(app.frame().split('\n').at(-1)).toContain(`¶ 3/${seed(0).paragraphs.length}`);
	});

	it('puts the marker in the left gutter for LTR paragraphs', async () => {
		const english = article('en.txt', 'An English title', ['First paragraph.', 'Second paragraph.']);
		const app = await renderApp([english]);
		await app.press(keys.enter);
		expect(lineWith(app.frame(), 'First paragraph.')).toBe('▌First paragraph.');
		expect(lineWith(app.frame(), 'Second paragraph.')).toBe(' Second paragraph.');
		await app.press('j');
		expect(lineWith(app.frame(), 'Second paragraph.')).toBe('▌Second paragraph.');
	});

	it('jumps to the end with G and back with g', async () => {
		const app = await renderApp(seeds);
		await app.press(keys.enter, 'G');
		const last = seed(0).paragraphs.at(-1)!;
		const lastLayout = layoutParagraph(last, at(readerWidth)).lines;
		expect(app.frame()).toContain(lineToString(lastLayout.at(-1)!));
		expect(app.frame().split('\n').at(-1)).toContain('100%');
		await app.press('g');
		expect(app.frame()).toContain(firstLine(seed(0).title, readerWidth).trimEnd());
	});

	it('goes back to the list with q and with Esc', async () => {
		for (const back of ['q', keys.escape]) {
			const app = await renderApp(seeds);
			await app.press(keys.enter, 'j', back);
			expect(app.frame().split('\n')[0]).toContain('2 articles');
			app.unmount();
		}
	});
});

describe('layout options', () => {
	it('passes bidi=terminal to the layout engine (logical order, for terminals that reorder)', async () => {
		const terminal = {bidi: 'terminal', shape: false} as const;
		const app = await renderApp(seeds, {...terminal, color: true});
		const columns = listColumns(seeds, 100);
		expect(app.frame()).toContain(lineToString(fitLine(seed(0).title, columns.title, terminal)));
		await app.press(keys.enter);
		const paragraph = seed(0).paragraphs[0]!;
		const line = lineToString(layoutParagraph(paragraph, {width: readerWidth, ...terminal, direction: 'auto'}).lines[0]!);
		expect(app.frame()).toContain(line);
		expect(line).not.toBe(firstLine(paragraph, readerWidth));
	});
});

describe('help overlay', () => {
	it('lists every command of the key table and closes again', async () => {
		// Tall and wide enough for every row of the overlay, which is cut at the bottom, never squeezed.
		const app = await renderApp(seeds, {columns: 140, rows: keyBindings.length + 4});
		await app.press(keys.enter, '?');
		for (const binding of keyBindings) {
			expect(app.frame(), binding.command).toContain(english.t(`command.${binding.command}`));
		}

		await app.resize(100, 24);
		await app.press('?');
		expect(app.frame()).not.toContain(english.t('command.next'));
		expect(app.frame()).toContain(firstLine(seed(0).paragraphs[0]!, readerWidth));
	});

	it('opens from the list and closes with Esc without leaving it', async () => {
		const app = await renderApp(seeds);
		await app.press('?');
		expect(app.frame()).toContain(keyBindings[0]!.description);
		await app.press(keys.escape);
		expect(app.frame()).not.toContain(keyBindings[0]!.description);
		expect(lineWith(app.frame(), seed(0).id)).toBeDefined();
	});
});
