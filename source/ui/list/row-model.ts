import stringWidth from 'string-width';
import type {Article} from '../../core/articles/index.js';
import type {VisualLine} from '../../core/layout/index.js';
import {fitLine, type TextSettings} from '../text/fit-line.js';

/** Cells taken by ink-select-input's indicator column (`❯ `); none on very narrow terminals. */
export function indicatorWidth(columns: number): number {
	return columns >= 4 ? 2 : 0;
}

/** Column widths of the list; a column of width 0 is not shown. */
export type ListColumns = {
	readonly title: number;
	readonly count: number;
	readonly id: number;
};

const COLUMN_GAP = 2;
const MAX_ID_WIDTH = 32;

export function paragraphCount(article: Article): string {
	return `${article.paragraphs.length} ¶`;
}

/** Per article id, its bookmarks and reading progress as a short text (e.g. `2* 45%`); see articleMarks. */
export type ListMarks = ReadonlyMap<string, string>;

const noMarks: ListMarks = new Map();

/** `2* 45%`: how many bookmarks (`*` as in the reader's gutter) and how far it was read; '' for neither. */
export function articleMarks(bookmarks: number, progress: number | undefined): string {
	return [bookmarks > 0 ? `${bookmarks}*` : '', progress === undefined ? '' : `${progress}%`].filter(Boolean).join(' ');
}

/** Widths of the two parts of the count column: paragraph count, then marks (0 when no article has any). */
export function countWidths(articles: readonly Article[], marks: ListMarks = noMarks): {readonly paragraphs: number; readonly marks: number} {
	return {
		paragraphs: Math.max(0, ...articles.map(article => stringWidth(paragraphCount(article)))),
		marks: Math.max(0, ...articles.map(article => stringWidth(marks.get(article.id) ?? ''))),
	};
}

/** Title first: the marks, the paragraph count and then the file id are dropped as the terminal narrows. */
export function listColumns(articles: readonly Article[], columns: number, marks: ListMarks = noMarks): ListColumns {
	const available = Math.max(0, columns - indicatorWidth(columns));
	const widths = countWidths(articles, marks);
	const count = widths.paragraphs;
	const longestId = Math.min(MAX_ID_WIDTH, Math.max(0, ...articles.map(article => stringWidth(article.id))));
	if (available >= 40) {
		const withMarks = widths.marks > 0 ? count + COLUMN_GAP + widths.marks : count;
		const id = Math.min(longestId, Math.floor(available * 0.3));
		return {title: available - withMarks - id - 2 * COLUMN_GAP, count: withMarks, id};
	}

	if (available >= 20) {
		return {title: available - count - COLUMN_GAP, count, id: 0};
	}

	return {title: available, count: 0, id: 0};
}

export type ArticleRowModel = {
	readonly title: VisualLine;
	/** Right-aligned in its column, or empty when the column is hidden. */
	readonly count: string;
	readonly id: VisualLine | undefined;
};

/** One list row, laid out: the title through the layout engine (RTL right-aligned), cut to one line. */
export function articleRow(
	article: Article,
	columns: ListColumns,
	settings: TextSettings,
	marks: ListMarks = noMarks,
	/** countWidths of the whole list, so the counts line up. */
	widths = countWidths([article], marks),
): ArticleRowModel {
	const count = paragraphCount(article).padStart(widths.paragraphs);
	// The marks part shows only when listColumns made room for it.
	const withMarks = widths.marks > 0 && columns.count >= widths.paragraphs + COLUMN_GAP + widths.marks;
	const cell = withMarks ? `${count}${' '.repeat(COLUMN_GAP)}${(marks.get(article.id) ?? '').padEnd(widths.marks)}` : count;
	return {
		title: fitLine(article.title, columns.title, settings),
		count: columns.count > 0 ? cell.padStart(columns.count) : '',
		id: columns.id > 0 ? fitLine(article.id, columns.id, settings, 'ltr') : undefined,
	};
}

export const listColumnGap = COLUMN_GAP;
