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

/** Title first: the paragraph count and then the file id are dropped as the terminal narrows. */
export function listColumns(articles: readonly Article[], columns: number): ListColumns {
	const available = Math.max(0, columns - indicatorWidth(columns));
	const count = Math.max(0, ...articles.map(article => stringWidth(paragraphCount(article))));
	const longestId = Math.min(MAX_ID_WIDTH, Math.max(0, ...articles.map(article => stringWidth(article.id))));
	if (available >= 40) {
		const id = Math.min(longestId, Math.floor(available * 0.3));
		return {title: available - count - id - 2 * COLUMN_GAP, count, id};
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
export function articleRow(article: Article, columns: ListColumns, settings: TextSettings): ArticleRowModel {
	const count = paragraphCount(article);
	return {
		title: fitLine(article.title, columns.title, settings),
		count: columns.count > 0 ? count.padStart(columns.count) : '',
		id: columns.id > 0 ? fitLine(article.id, columns.id, settings, 'ltr') : undefined,
	};
}

export const listColumnGap = COLUMN_GAP;
