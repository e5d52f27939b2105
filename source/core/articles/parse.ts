import {markdownBlocks} from './markdown.js';
import {normaliseText} from './normalise.js';
import type {ArticleFormat, ParsedArticle} from './types.js';

/**
 * Text → title and paragraphs. Pure: no file system, the same text always
 * parses the same way. The text is normalised first (BOM, line breaks, tabs,
 * control characters; see `normaliseText`), so raw file contents may be passed.
 */

/** `auto` is the rule for `.txt` files: `lines` or `blocks`, see {@link detectTextFormat}. */
export type FormatChoice = ArticleFormat | 'auto';

/**
 * Returns `undefined` when there is no text at all (nothing to use as a title).
 * The first block is the title: the first non-empty line (`lines`), the first
 * paragraph (`blocks`), or the first heading or paragraph (`markdown`).
 */
export function parseArticle(text: string, format: FormatChoice): ParsedArticle | undefined {
	const normalised = normaliseText(text);
	const chosen = format === 'auto' ? detectNormalisedFormat(normalised) : format;
	const [title, ...paragraphs] = blocksOf(normalised, chosen);
	return title === undefined ? undefined : {title, paragraphs};
}

/**
 * How to read a `.txt` file. If blank lines separate the text into several
 * blocks, some block has more than one line, and those lines are short
 * (at most {@link WRAPPED_LINE_MAX} characters, apart from each block's last),
 * the text is hard-wrapped: paragraphs are separated by blank lines (`blocks`).
 * Otherwise every non-empty line is a paragraph (`lines`, the seed format) —
 * this covers files without any blank line, files that put a blank line
 * between one-line paragraphs, and files with a blank line after the title
 * followed by one long paragraph per line.
 *
 * Caveat: short one-line paragraphs after a blank line are indistinguishable
 * from a hard-wrapped paragraph and read as `blocks`.
 */
export function detectTextFormat(text: string): 'lines' | 'blocks' {
	return detectNormalisedFormat(normaliseText(text));
}

/** Hard-wrapping tools and editors wrap at 72–80 columns; news paragraphs on one line run far longer. */
const WRAPPED_LINE_MAX = 100;

/**
 * Only the title parseArticle would give: the library reads 10,000 titles
 * before its first frame, and making every paragraph of each head was waste.
 */
export function parseTitle(text: string, format: FormatChoice): string | undefined {
	const normalised = normaliseText(text);
	if (format === 'markdown') return markdownBlocks(normalised)[0];
	const groups = paragraphsByBlankLines(normalised);
	const chosen = format === 'auto' ? formatOfGroups(groups) : format;
	// The first group's first line is the first non-empty line, trimmed.
	return chosen === 'lines' ? groups[0]?.[0] : groups[0]?.join(' ');
}

function detectNormalisedFormat(text: string): 'lines' | 'blocks' {
	return formatOfGroups(paragraphsByBlankLines(text));
}

function formatOfGroups(blocks: readonly string[][]): 'lines' | 'blocks' {
	const multiLine = blocks.filter(block => block.length > 1);
	if (blocks.length < 2 || multiLine.length === 0) {
		return 'lines';
	}

	const wrapped = multiLine.every(block => block.slice(0, -1).every(line => line.length <= WRAPPED_LINE_MAX));
	return wrapped ? 'blocks' : 'lines';
}

function blocksOf(text: string, format: ArticleFormat): string[] {
	switch (format) {
		case 'lines':
			return text
				.split('\n')
				.map(line => line.trim())
				.filter(line => line !== '');
		case 'blocks':
			return paragraphsByBlankLines(text).map(lines => lines.join(' '));
		case 'markdown':
			return markdownBlocks(text);
	}
}

/** Groups of consecutive non-blank lines, each line trimmed. */
function paragraphsByBlankLines(text: string): string[][] {
	const groups: string[][] = [];
	let current: string[] = [];
	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		if (trimmed !== '') {
			current.push(trimmed);
		} else if (current.length > 0) {
			groups.push(current);
			current = [];
		}
	}
	if (current.length > 0) groups.push(current);
	return groups;
}
