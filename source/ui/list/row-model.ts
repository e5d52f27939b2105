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
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/** `12 ¶`; `… ¶` while the article's paragraphs are still being read, `! ¶` when reading them failed. */
export function paragraphCount(article: Article & {readonly status?: string}): string {
	if (article.status === 'pending') {
		return '… ¶';
	}

	return article.status === 'failed' ? '! ¶' : `${article.paragraphs.length} ¶`;
}

/** Per article id, its bookmarks and reading progress as a short text (e.g. `2* 45%`); see articleMarks. */
export type ListMarks = ReadonlyMap<string, string>;

const noMarks: ListMarks = new Map();

/** `2* 45%`: how many bookmarks (`*` as in the reader's gutter) and how far it was read; '' for neither. */
export function articleMarks(bookmarks: number, progress: number | undefined): string {
	return [bookmarks > 0 ? `${bookmarks}*` : '', progress === undefined ? '' : `${progress}%`].filter(Boolean).join(' ');
}

/**
 * Widths of the two parts of the count column: paragraph count, then marks (0
 * when no article has any). One pass without measuring text (a count is ASCII
 * digits and `¶`; marks are few), so it stays cheap at 10,000 articles.
 */
export function countWidths(articles: readonly Article[], marks: ListMarks = noMarks): {readonly paragraphs: number; readonly marks: number} {
	let most = 0;
	for (const article of articles) {
		most = Math.max(most, article.paragraphs.length);
	}

	let marksWidth = 0;
	for (const text of marks.values()) {
		marksWidth = Math.max(marksWidth, stringWidth(text));
	}

	// `… ¶` and `! ¶` are as wide as a one-digit count.
	return {paragraphs: articles.length === 0 ? 0 : String(most).length + 2, marks: marksWidth};
}

/** The widest id, up to the id column's limit (ids never change once a library is open: measured once). */
export function idWidth(articles: readonly Article[]): number {
	let widest = 0;
	for (const article of articles) {
		// Past the limit nothing more matters; most ids are printable ASCII, where length is width (stringWidth on 10,000 ids showed in the first frame).
		const id = article.id.slice(0, 2 * MAX_ID_WIDTH);
		widest = Math.max(widest, Math.min(MAX_ID_WIDTH, PRINTABLE_ASCII.test(id) ? id.length : stringWidth(id)));
		if (widest >= MAX_ID_WIDTH) {
			break;
		}
	}

	return widest;
}

/** Title first: the marks, the paragraph count and then the file id are dropped as the terminal narrows. */
export function listColumns(
	articles: readonly Article[],
	columns: number,
	marks: ListMarks = noMarks,
	/** countWidths and idWidth of the articles, when already known. */
	measured: {readonly counts: ReturnType<typeof countWidths>; readonly id: number} = {counts: countWidths(articles, marks), id: idWidth(articles)},
): ListColumns {
	const available = Math.max(0, columns - indicatorWidth(columns));
	const widths = measured.counts;
	const count = widths.paragraphs;
	const longestId = measured.id;
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
