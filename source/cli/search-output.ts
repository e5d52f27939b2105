/**
 * `qari search` output. JSON: an array of {path, id, title, paragraph, score,
 * text, matches} (paragraph 1-based, 0 for the title; matches `[start, end)`
 * into text). Plain: one block per result, a heading line (title — ¶N, score)
 * and a snippet around the best match; to a pipe in logical order, unshaped,
 * on a terminal laid out through the layout engine with the matches in
 * reverse video.
 */
import {layoutParagraph, paragraphDirection, type BidiMode, type VisualLine} from '../core/layout/index.js';
import type {SearchResult} from '../core/search/index.js';
import {snippetAround} from '../ui/search/snippet.js';
import {plainText} from './plain-text.js';

export type SearchHit = {
	readonly path: string;
	readonly id: string;
	readonly title: string;
	readonly paragraph: number;
	readonly score: number;
	readonly text: string;
	readonly matches: ReadonlyArray<readonly [number, number]>;
};

export function searchHits(results: readonly SearchResult[]): SearchHit[] {
	return results.map(result => ({
		path: result.path,
		id: result.articleId,
		title: result.title,
		paragraph: result.paragraph,
		score: result.score,
		text: result.text,
		matches: result.matches,
	}));
}

export function searchAsJson(results: readonly SearchResult[]): string {
	return JSON.stringify(searchHits(results), undefined, '\t');
}

/** Characters of a paragraph a snippet takes to a pipe. */
const pipeSnippet = 160;

function where(result: SearchResult): string {
	return result.paragraph === 0 ? 'title' : `¶${result.paragraph}`;
}

function heading(title: string, result: SearchResult): string {
	return `${title} — ${where(result)}  score ${result.score.toFixed(3)}`;
}

/** Blocks separated by a blank line; text in logical order with control characters made spaces. */
export function searchForPipe(results: readonly SearchResult[]): string[] {
	return results.flatMap((result, index) => {
		const snippet = snippetAround(result.text, result.matches, pipeSnippet);
		const block = [heading(plainText(result.title), result), plainText(snippet.text)];
		return index === 0 ? block : ['', ...block];
	});
}

export type TerminalSearchOptions = {
	readonly columns: number;
	readonly bidi: BidiMode;
	readonly shape: boolean;
	readonly color: boolean;
};

const inverseOn = '\u001B[7m';
const inverseOff = '\u001B[27m';

function lineText(line: VisualLine | undefined, color: boolean): string {
	return (line?.runs ?? []).map(run =>
		color && run.styles.includes('match') ? `${inverseOn}${run.text}${inverseOff}` : run.text).join('');
}

/** Each block's heading and snippet as one visual line each at the terminal's width. */
export function searchForTerminal(results: readonly SearchResult[], options: TerminalSearchOptions): string[] {
	const layout = {width: options.columns, bidi: options.bidi, shape: options.shape};
	return results.flatMap((result, index) => {
		const snippet = snippetAround(result.text, result.matches, options.columns);
		const titleLine = layoutParagraph(result.title, {...layout, width: Math.max(1, options.columns - 20), direction: 'auto'}).lines[0];
		const head = `${lineText(titleLine, false).trim()} — ${where(result)}  score ${result.score.toFixed(3)}`;
		const body = layoutParagraph(snippet.text, {...layout, direction: paragraphDirection(result.text)}, snippet.styles).lines[0];
		const block = [head, lineText(body, options.color)];
		return index === 0 ? block : ['', ...block];
	});
}
