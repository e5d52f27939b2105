import {afterEach, describe, expect, it} from 'vitest';

// Colour decisions are made when chalk loads: force it on so attributes show in the frames.
process.env['FORCE_COLOR'] = '1';
const {cleanup} = await import('ink-testing-library');
const {createTranslator} = await import('../../source/ui/i18n/index.js');
const {keyBindings} = await import('../../source/ui/keys.js');
const {applyKeyRemaps} = await import('../../source/ui/keymap.js');
const {article, keys, renderApp} = await import('./render-app.js');

// eslint-disable-next-line no-control-regex
const strip = (text: string) => text.replaceAll(/\u001B\[[\d;]*m/gu, '');
const lines = (frame: string) => strip(frame).split('\n');
const arabic = createTranslator('ar');
/** Logical order, unshaped: what the frames hold in `terminal` mode, so Arabic can be compared as typed. */
const logical = {bidi: 'terminal', shape: false} as const;

const articles = [
	article('one.txt', 'First title', ['one', 'two']),
	article('two.txt', 'Second title', ['three']),
	article('three.txt', 'Third title', ['four']),
];

afterEach(() => {
	cleanup();
});

describe('the Arabic interface', () => {
	it('names the app and counts the articles with the Arabic plural, from the right edge', async () => {
		const app = await renderApp(articles, {...logical, language: 'ar', columns: 60});
		const [header] = lines(app.frame());
		expect(header!.trim()).toBe('قارئ  3 مقالات');
		expect(header!.trimEnd()).toHaveLength(60);
		const two = await renderApp(articles.slice(0, 2), {...logical, language: 'ar', columns: 60});
		expect(lines(two.frame())[0]!.trim()).toBe('قارئ  مقالتان');
	});

	it('puts the list selection on the right edge', async () => {
		const app = await renderApp(articles, {...logical, language: 'ar', columns: 60});
		const selected = lines(app.frame()).find(line => line.includes('First title'))!;
		expect(selected.trimEnd().endsWith('First title ❮')).toBe(true);
		expect(selected).not.toContain('❯');
		const english = await renderApp(articles, {...logical, columns: 60});
		expect(lines(english.frame()).find(line => line.includes('First title'))!.startsWith('❯ First title')).toBe(true);
	});

	it('mirrors the status bar: the title at the right, position, percent and help hint read from the right', async () => {
		const app = await renderApp(articles, {...logical, language: 'ar', columns: 60, rows: 10});
		await app.press(keys.enter);
		const bar = lines(app.frame()).at(-1)!;
		expect(bar.trimEnd().endsWith('First title')).toBe(true);
		expect(bar.trimStart().startsWith('¶ 1/2  50٪  ? مساعدة')).toBe(true);
		const english = await renderApp(articles, {...logical, columns: 60, rows: 10});
		await english.press(keys.enter);
		const englishBar = lines(english.frame()).at(-1)!;
		expect(englishBar.trimStart().startsWith('First title')).toBe(true);
		expect(englishBar.trimEnd().endsWith('¶ 1/2  50%  ? help')).toBe(true);
	});

	it('draws the help overlay in Arabic from the remapped key table, right-aligned', async () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {bookmark: [{input: 'm'}], close: [{input: 'x'}]});
		expect(warnings).toEqual([]);
		const app = await renderApp(articles, {...logical, language: 'ar', bindings, columns: 120, rows: keyBindings.length + 4});
		await app.press('?');
		const frame = lines(app.frame());
		expect(frame.some(line => line.trim() === arabic.t('help.heading'))).toBe(true);
		const bookmark = frame.find(line => line.includes(arabic.t('command.bookmark')))!;
		// Logical order: the keys come first, i.e. at the right edge once the terminal lays the row out RTL.
		expect(bookmark.trim().startsWith('m ')).toBe(true);
		expect(frame.find(line => line.includes(arabic.t('command.close')))!.trim().startsWith('x ')).toBe(true);
		expect(frame.some(line => line.trim().startsWith('b '))).toBe(false);
		// The list's hints follow the remap too: x quits.
		await app.press('?');
		expect(lines(app.frame()).at(-1)).toContain('x خروج');
	});

	it('lays the help rows out right to left in app mode: keys at the right edge', async () => {
		const {bindings} = applyKeyRemaps(keyBindings, {bookmark: [{input: 'm'}]});
		const app = await renderApp(articles, {bidi: 'app', shape: false, language: 'ar', bindings, columns: 120, rows: keyBindings.length + 4});
		await app.press('?');
		const rows = lines(app.frame());
		expect(rows.find(line => line.trimEnd().endsWith(' m'))).toBeDefined();
		expect(rows.find(line => line.trimEnd().endsWith(' ?'))).toBeDefined();
	});
});

describe('themes without colour', () => {
	it('keeps the selection visible in reverse video under NO_COLOR, in colour otherwise', async () => {
		const plain = await renderApp(articles, {columns: 60, color: false});
		const selected = plain.frame().split('\n').find(line => line.includes('First title'))!;
		expect(selected).toContain('\u001B[7m');
		expect(selected).not.toMatch(/\u001B\[3\dm/u);
		const colour = await renderApp(articles, {columns: 60, color: true});
		expect(colour.frame().split('\n').find(line => line.includes('First title'))).toContain('\u001B[36m');
	});
});
