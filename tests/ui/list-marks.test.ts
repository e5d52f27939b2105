import {describe, expect, it} from 'vitest';
import type {Bookmark} from '../../source/core/store/index.js';
import {readingMarks} from '../../source/ui/bookmarks/reading-marks.js';
import {articleMarks, articleRow, countWidths, listColumns} from '../../source/ui/list/row-model.js';
import {article} from './render-app.js';

const settings = {bidi: 'app', shape: true} as const;
const long = article('long.txt', 'Long', ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg', 'hh', 'ii', 'jj', 'kk']);
const short = article('short.txt', 'Short', ['one']);

function bookmarkOn(articleId: string, paragraph: number): Bookmark {
	return {id: `${articleId}${paragraph}`, articleId, articlePath: '', paragraph, fingerprint: '', excerpt: '', note: '', createdAt: '2026-01-01T00:00:00Z'};
}

describe('list marks', () => {
	it('says how many bookmarks and how far read, or nothing', () => {
		expect(articleMarks(3, 45)).toBe('3* 45%');
		expect(articleMarks(0, 45)).toBe('45%');
		expect(articleMarks(2, undefined)).toBe('2*');
		expect(articleMarks(0, undefined)).toBe('');
	});

	it('counts each article\'s bookmarks and turns its saved paragraph into reading progress', () => {
		const positions = new Map([['long.txt', 4]]);
		const marks = readingMarks([long, short], [bookmarkOn('long.txt', 1), bookmarkOn('long.txt', 7), bookmarkOn('short.txt', 0)], {
			getPosition: id => positions.get(id),
		});
		// Paragraph 4 (from 0) is the fifth of eleven equal ones.
		expect(marks.get('long.txt')).toBe(`2* ${Math.round(500 / 11)}%`);
		expect(marks.get('short.txt')).toBe('1*');
		expect(readingMarks([long], [], {getPosition: () => undefined}).size).toBe(0);
	});

	it('puts the marks after the paragraph count, lined up, and drops them when narrow', () => {
		const marks = new Map([['long.txt', '2* 45%']]);
		const wide = listColumns([long, short], 100, marks);
		expect(wide.count).toBe('11 ¶'.length + 2 + '2* 45%'.length);
		const widths = countWidths([long, short], marks);
		const first = articleRow(long, wide, settings, marks, widths);
		const second = articleRow(short, wide, settings, marks, widths);
		expect(first.count).toBe('11 ¶  2* 45%');
		expect(second.count).toBe(' 1 ¶        ');
		expect(first.count.length).toBe(second.count.length);

		// Without marks the column is what it always was.
		expect(listColumns([long, short], 100)).toEqual({...wide, count: 4, title: wide.title + 8});

		const narrow = listColumns([long, short], 30, marks);
		expect(articleRow(long, narrow, settings, marks, widths).count).toBe('11 ¶');
	});
});
