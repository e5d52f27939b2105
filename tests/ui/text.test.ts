import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {layoutParagraph, lineToString} from '../../source/core/layout/index.js';
import {listGeometry, readerGeometry} from '../../source/ui/geometry.js';
import {listColumns} from '../../source/ui/list/row-model.js';
import {readingProgress} from '../../source/ui/reader/progress.js';
import {statusPieces} from '../../source/ui/reader/status-bar.js';
import {fitLine} from '../../source/ui/text/fit-line.js';
import {createTheme, themeStyle} from '../../source/ui/theme.js';
import {article} from './render-app.js';

const settings = {bidi: 'app', shape: true} as const;
const arabic = 'خفايا اتصال 25 حزيران.. فصائل مسلحة حذرت مسؤول أمن الخضراء';

describe('fitLine', () => {
	it('returns the only line of a text that fits', () => {
		const line = fitLine('Short title', 40, settings);
		expect(lineToString(line)).toBe('Short title');
	});

	it('cuts LTR text with a trailing ellipsis, within the width', () => {
		for (const width of [2, 5, 12, 20]) {
			const line = fitLine('The quick brown fox jumps over the lazy dog', width, settings);
			const text = lineToString(line);
			expect(text.endsWith('…'), text).toBe(true);
			expect(stringWidth(text)).toBeLessThanOrEqual(width);
			expect('The quick brown fox jumps over the lazy dog'.startsWith(text.slice(0, -1).trimEnd())).toBe(true);
		}
	});

	it('cuts RTL text with the ellipsis on the left, right-aligned to the width', () => {
		const width = 20;
		const text = lineToString(fitLine(arabic, width, settings));
		expect(stringWidth(text)).toBe(width);
		expect(text.trimStart().startsWith('…')).toBe(true);
		// The right end is the start of the title, as the engine shapes it.
		const start = lineToString(layoutParagraph(arabic, {width: 12, ...settings, direction: 'auto'}).lines[0]!).trim();
		expect(text.endsWith(start)).toBe(true);
	});

	it('gives an empty line for no width and a lone ellipsis for one cell', () => {
		expect(fitLine(arabic, 0, settings).runs).toEqual([]);
		expect(lineToString(fitLine('Long text here', 1, settings))).toBe('…');
	});
});

const plain = createTheme({preference: 'dark', color: false, env: {}});
const dark = createTheme({preference: 'dark', color: true, env: {}});

describe('styles without colour', () => {
	it('never uses colours when color is false', () => {
		for (const name of ['title', 'match', 'current', 'focus', 'selected', 'marker', 'muted', 'status', 'warning', 'heading']) {
			const style = themeStyle(plain, [name]);
			expect(style.color, name).toBeUndefined();
			expect(style.backgroundColor, name).toBeUndefined();
			expect(Object.keys(style).length, name).toBeGreaterThan(0);
		}
	});

	it('highlights search matches', () => {
		expect(themeStyle(plain, ['match'])).toEqual({inverse: true});
		expect(themeStyle(dark, ['match']).backgroundColor).toBeDefined();
		expect(themeStyle(dark, ['no-such-style'])).toEqual({});
	});
});

describe('geometry', () => {
	it('keeps a gutter on each side and the status bar on the last row', () => {
		expect(readerGeometry({columns: 80, rows: 24})).toEqual({textWidth: 78, margin: 0, gutter: 1, bodyHeight: 23, statusBar: true});
	});

	it('drops gutters, status bar and header before the text on tiny terminals', () => {
		expect(readerGeometry({columns: 2, rows: 1})).toEqual({textWidth: 2, margin: 0, gutter: 0, bodyHeight: 1, statusBar: false});
		expect(readerGeometry({columns: 1, rows: 2})).toMatchObject({textWidth: 1, bodyHeight: 1, statusBar: true});
		expect(listGeometry({columns: 80, rows: 1})).toEqual({header: false, statusLine: false, listHeight: 1});
		expect(listGeometry({columns: 80, rows: 2})).toEqual({header: false, statusLine: true, listHeight: 1});
		expect(listGeometry({columns: 80, rows: 3})).toEqual({header: true, statusLine: true, listHeight: 1});
	});
});

describe('list columns', () => {
	const articles = [article('000_e63fd566e3c0f04e.txt', 'Title', ['a', 'b'])];

	it('fills the width with title, count and id columns', () => {
		const columns = listColumns(articles, 100);
		expect(columns.count).toBe(3);
		expect(columns.id).toBe('000_e63fd566e3c0f04e.txt'.length);
		expect(2 + columns.title + 2 + columns.count + 2 + columns.id).toBe(100);
	});

	it('drops the id, then the count, as the terminal narrows', () => {
		expect(listColumns(articles, 30)).toEqual({title: 23, count: 3, id: 0});
		expect(listColumns(articles, 10)).toEqual({title: 8, count: 0, id: 0});
		expect(listColumns(articles, 3)).toEqual({title: 3, count: 0, id: 0});
	});
});

describe('reading progress', () => {
	it('counts the characters of the paragraphs up to the focused one', () => {
		const entry = article('a', 'Title', ['x'.repeat(10), 'x'.repeat(30), 'x'.repeat(60)]);
		expect(readingProgress(entry, 1)).toBe(10);
		expect(readingProgress(entry, 2)).toBe(40);
		expect(readingProgress(entry, 3)).toBe(100);
	});

	it('is complete for an article without paragraphs', () => {
		expect(readingProgress(article('a', 'Title', []), 0)).toBe(100);
	});

	it('shows position, percent and the help hint, dropping pieces when narrow', () => {
		const entry = article('a', 'Title', ['one', 'two']);
		expect(statusPieces(entry, 1, 80)).toBe('¶ 1/2  50%  ? help');
		expect(statusPieces(entry, 1, 20)).toBe('¶ 1/2  50%');
		expect(statusPieces(entry, 2, 8)).toBe('¶ 2/2');
		expect(statusPieces(entry, 2, 3)).toBe('');
		// A notice too long for the bar is cut, not dropped.
		const long = `cannot be saved: ${'x'.repeat(100)}`;
		const pieces = statusPieces(entry, 1, 60, long);
		expect(pieces.startsWith('cannot be saved: x')).toBe(true);
		expect(pieces).toContain('…  ¶ 1/2');
		expect(pieces.length).toBeLessThanOrEqual(60 - 4 - 6);
	});
});
