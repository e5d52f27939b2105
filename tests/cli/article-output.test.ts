import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {displayPath, listAsJson, listForPipe, listForTerminal} from '../../source/cli/article-list.js';
import {articleLines} from '../../source/cli/article-text.js';
import type {Article} from '../../source/core/articles/index.js';

const arabicTitle = 'تقرير يكشف عن حرب وشيكة والكاظمي يتحرك لدرء التهديد الأميركي باستهداف الجماعات الموالية لإيران';
const articles: Article[] = [
	{id: 'a.txt', path: '/library/news/a.txt', title: arabicTitle, paragraphs: ['فقرة أولى.', 'فقرة ثانية.']},
	{id: 'b.txt', path: '/elsewhere/b.txt', title: 'Short', paragraphs: ['One.']},
	{id: 'c.txt', path: '/library/news/c.txt', title: 'An English title long enough that it cannot fit in the column', paragraphs: []},
];

describe('listForPipe', () => {
	it('prints title, count and path separated by tabs, paths under cwd made relative', () => {
		expect(listForPipe(articles, '/library')).toEqual([
			`${arabicTitle}\t2\tnews/a.txt`,
			'Short\t1\t/elsewhere/b.txt',
			'An English title long enough that it cannot fit in the column\t0\tnews/c.txt',
		]);
	});

	it('never lets a control character from a file name through', () => {
		const hostile: Article = {id: 'x', path: '/tmp/\u001B]0;pwned\u0007\tx.txt', title: 'T', paragraphs: []};
		const [line] = listForPipe([hostile], '/');
		expect(line).toBe('T\t0\ttmp/ ]0;pwned  x.txt');
	});
});

describe('listForTerminal', () => {
	const lines = listForTerminal(articles, {columns: 80, bidi: 'app', shape: true, cwd: '/library'});

	it('puts every title in a column of the same width, the counts aligned after it', () => {
		const countColumns = lines.map(line => stringWidth(line.slice(0, line.indexOf('¶') + 1)));
		expect(new Set(countColumns).size).toBe(1);
		expect(lines.every(line => stringWidth(line) <= 80)).toBe(true);
		expect(lines[1]).toMatch(/^Short {2,}1 ¶ {2}\/elsewhere\/b\.txt$/u);
	});

	it('cuts long titles to one line, the ellipsis at their logical end', () => {
		// RTL, visual order: the text ends on the left, so the ellipsis is the first visible character.
		expect(lines[0]!.trimStart().startsWith('…')).toBe(true);
		expect(lines[0]).toMatch(/^ *…[^ ]/u);
		expect(lines[2]).toMatch(/^An English title.*[^ ]… +0 ¶ {2}news\/c\.txt$/u);
	});

	it('keeps logical order with the ellipsis at the string end when the terminal reorders', () => {
		const [line] = listForTerminal(articles, {columns: 80, bidi: 'terminal', shape: true, cwd: '/library'});
		const title = line!.slice(0, line!.indexOf('…'));
		expect(arabicTitle.startsWith(title.trim())).toBe(true);
	});
});

describe('listAsJson', () => {
	it('gives paragraph counts, not the paragraphs', () => {
		expect(JSON.parse(listAsJson(articles))).toEqual([
			{id: 'a.txt', path: '/library/news/a.txt', title: arabicTitle, paragraphs: 2},
			{id: 'b.txt', path: '/elsewhere/b.txt', title: 'Short', paragraphs: 1},
			{id: 'c.txt', path: '/library/news/c.txt', title: articles[2]!.title, paragraphs: 0},
		]);
	});
});

describe('displayPath', () => {
	it('shortens only paths inside the working directory', () => {
		expect(displayPath('/a/b/c.txt', '/a')).toBe('b/c.txt');
		expect(displayPath('/a/b/c.txt', '/a/b/d')).toBe('/a/b/c.txt');
		expect(displayPath('rel.txt', '/a')).toBe('rel.txt');
	});
});

describe('articleLines', () => {
	it('gives the title, a blank line, then paragraphs separated by blank lines', () => {
		const lines = articleLines(articles[1]!, {width: 20, bidi: 'app', shape: true, bold: false});
		expect(lines).toEqual(['Short', '', 'One.']);
	});

	it('wraps RTL paragraphs into lines of exactly the width', () => {
		const lines = articleLines(articles[0]!, {width: 30, bidi: 'app', shape: true, bold: false});
		const blank = lines.indexOf('');
		expect(blank).toBeGreaterThan(1);
		expect(lines.filter(line => line !== '').every(line => stringWidth(line) === 30)).toBe(true);
		expect(lines.filter(line => line === '')).toHaveLength(2);
	});

	it('makes only the title bold when asked', () => {
		const lines = articleLines(articles[1]!, {width: 20, bidi: 'app', shape: true, bold: true});
		expect(lines).toEqual(['\u001B[1mShort\u001B[22m', '', 'One.']);
	});
});
