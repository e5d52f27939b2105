/**
 * `qari read`: one article as lines of terminal text, laid out by the layout
 * engine exactly as the reader draws it (visual order in `app` mode).
 */
import type {Article} from '../core/articles/index.js';
import {layoutParagraph, lineToString, type BidiMode} from '../core/layout/index.js';

export type ArticleTextOptions = {
	readonly width: number;
	readonly bidi: BidiMode;
	readonly shape: boolean;
	/** Bold title via SGR; only when writing to a colour terminal. */
	readonly bold: boolean;
};

const boldOn = '\u001B[1m';
const boldOff = '\u001B[22m';

/** The title's lines, a blank line, then each paragraph's lines with one blank line between paragraphs. */
export function articleLines(article: Article, options: ArticleTextOptions): string[] {
	const title = paragraphLines(article.title, options).map(line => (options.bold ? `${boldOn}${line}${boldOff}` : line));
	const lines = [...title];
	for (const paragraph of article.paragraphs) {
		lines.push('', ...paragraphLines(paragraph, options));
	}

	return lines;
}

function paragraphLines(text: string, {width, bidi, shape}: ArticleTextOptions): string[] {
	const layout = layoutParagraph(text, {width, bidi, shape, direction: 'auto'});
	return layout.lines.map(line => lineToString(line));
}
