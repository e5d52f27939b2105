/**
 * `qari list`: one line per article. A terminal gets titles drawn through the
 * layout engine in a fixed-width column; a pipe gets tab-separated fields with
 * the title in logical order, unshaped (what a script wants to grep or cut);
 * `--json` gets an array of {id, path, title, paragraphs}.
 */
import path from 'node:path';
import stringWidth from 'string-width';
import type {Article} from '../core/articles/index.js';
import {layoutParagraph, lineToString, type BidiMode} from '../core/layout/index.js';
import {plainText} from './plain-text.js';

export type ArticleSummary = {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	readonly paragraphs: number;
};

export function articleSummaries(articles: readonly Article[]): ArticleSummary[] {
	return articles.map(article => ({
		id: article.id,
		path: article.path,
		title: article.title,
		paragraphs: article.paragraphs.length,
	}));
}

export function listAsJson(articles: readonly Article[]): string {
	return JSON.stringify(articleSummaries(articles), undefined, '\t');
}

/** `title<TAB>paragraphs<TAB>path` per article. */
export function listForPipe(articles: readonly Article[], cwd: string): string[] {
	return articles.map(article =>
		[plainText(article.title), String(article.paragraphs.length), plainText(displayPath(article.path, cwd))].join('\t'));
}

export type TerminalListOptions = {
	readonly columns: number;
	readonly bidi: BidiMode;
	readonly shape: boolean;
	readonly cwd: string;
};

const minimumTitleWidth = 16;
const maximumTitleWidth = 60;
const gap = '  ';

/** `title (fixed column)  N ¶  path`, titles cut to one line with an ellipsis at their logical end. */
export function listForTerminal(articles: readonly Article[], options: TerminalListOptions): string[] {
	const rows = articles.map(article => ({
		article,
		count: `${article.paragraphs.length} ¶`,
		path: plainText(displayPath(article.path, options.cwd)),
	}));
	const countWidth = Math.max(0, ...rows.map(row => stringWidth(row.count)));
	const pathWidth = Math.max(0, ...rows.map(row => stringWidth(row.path)));
	const room = options.columns - gap.length * 2 - countWidth - pathWidth;
	const titleWidth = Math.min(maximumTitleWidth, Math.max(minimumTitleWidth, room));

	return rows.map(row => {
		const title = titleCell(row.article.title, titleWidth, options);
		const count = row.count.padStart(countWidth + row.count.length - stringWidth(row.count));
		return `${title}${gap}${count}${gap}${row.path}`;
	});
}

/** The title laid out in exactly `width` cells. */
function titleCell(title: string, width: number, {bidi, shape}: TerminalListOptions): string {
	const full = layoutParagraph(title, {width, bidi, shape, direction: 'auto'});
	const fits = full.lines.length <= 1;
	const layout = fits ? full : layoutParagraph(title, {width: width - 1, bidi, shape, direction: 'auto'});
	const [first] = layout.lines;
	if (first === undefined) {
		return ' '.repeat(width);
	}

	const text = lineToString(first);
	if (layout.direction === 'rtl' && bidi === 'app') {
		if (fits) {
			// Visual RTL lines come padded on the left to the layout width.
			return text;
		}

		// The cut-off end is on the left: the ellipsis goes right beside the text, the padding before it.
		const words = text.trimStart();
		return `${' '.repeat(Math.max(0, width - 1 - stringWidth(words)))}…${words}`;
	}

	// Logical order (LTR, or a terminal that reorders): the cut-off end is the string's end.
	const marked = fits ? text : `${text}…`;
	return marked + ' '.repeat(Math.max(0, width - first.width - (fits ? 0 : 1)));
}

/** Paths under the working directory are shown relative to it, others as they are. */
export function displayPath(articlePath: string, cwd: string): string {
	if (!path.isAbsolute(articlePath)) {
		return articlePath;
	}

	const relative = path.relative(cwd, articlePath);
	return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? articlePath : relative;
}
