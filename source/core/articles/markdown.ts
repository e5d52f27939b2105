import {stripInlineMarkdown} from './markdown-inline.js';

/**
 * Simple Markdown → plain-text blocks, in reading order. Headings, paragraphs,
 * list items, block quotes and fenced code are recognised, loosely following
 * CommonMark; anything else is text. Every heading and every list item becomes
 * a block of its own; a paragraph's lines are joined with a space; horizontal
 * rules are dropped.
 */

const QUOTE_MARKER = /^ {0,3}> ?/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HORIZONTAL_RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const SETEXT_UNDERLINE = /^ {0,3}=+ *$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?=\s|$)/;
/** `# Heading #`: the closing hashes are optional and need a space before them. */
const ATX_CLOSING = /(?:^|\s)#+$/;
const LIST_ITEM = /^\s*(?:[-*+]|(\d{1,9})[.)])(?:\s+(.*))?$/;

type OpenBlock = {kind: 'paragraph' | 'item'; lines: string[]};

/** `text` must be normalised (see `normaliseText`): `\n` line breaks, no tabs, no controls. */
export function markdownBlocks(text: string): string[] {
	const blocks: string[] = [];
	let open: OpenBlock | undefined;
	let fence: string | undefined;
	let previousQuoted = false;

	const close = () => {
		if (open) pushBlock(blocks, stripInlineMarkdown(open.lines.map(line => line.trim()).join(' ')));
		open = undefined;
	};

	for (const rawLine of text.split('\n')) {
		if (fence !== undefined) {
			// Code is shown as written: one block per line, no inline stripping.
			if (isClosingFence(rawLine, fence)) fence = undefined;
			else pushBlock(blocks, rawLine);
			continue;
		}

		const {line, quoted} = stripQuoteMarkers(rawLine);
		// A quote starting right after a paragraph interrupts it; lines that
		// follow a quote without a `>` continue it lazily, as in CommonMark.
		if (quoted && !previousQuoted) close();
		previousQuoted = quoted;

		const fenceMatch = FENCE.exec(line);
		const heading = headingText(line);
		const item = LIST_ITEM.exec(line);
		if (line.trim() === '' || HORIZONTAL_RULE.test(line)) {
			close();
		} else if (fenceMatch?.[1]) {
			close();
			fence = fenceMatch[1];
		} else if (SETEXT_UNDERLINE.test(line) && open?.kind === 'paragraph') {
			// The open paragraph was a heading; it stays a block of its own.
			close();
		} else if (heading !== undefined) {
			close();
			pushBlock(blocks, stripInlineMarkdown(heading));
		} else if (item && startsListItem(item[1], open)) {
			close();
			open = {kind: 'item', lines: [item[2] ?? '']};
		} else if (open) {
			open.lines.push(line);
		} else {
			open = {kind: 'paragraph', lines: [line]};
		}
	}
	close();
	return blocks;
}

/**
 * Within a list any marker starts the next item, but an ordered marker other
 * than `1.` cannot interrupt a paragraph: a wrapped line that happens to begin
 * with `2019. ` is text.
 */
function startsListItem(number: string | undefined, open: OpenBlock | undefined): boolean {
	return number === undefined || open?.kind !== 'paragraph' || Number(number) === 1;
}

/** The text of an ATX heading line (`## Text ##` → `Text`), or `undefined` for other lines. */
function headingText(line: string): string | undefined {
	const opening = ATX_HEADING.exec(line);
	if (!opening) return undefined;
	const text = line.slice(opening[0].length).trim();
	const closing = ATX_CLOSING.exec(text);
	return closing ? text.slice(0, closing.index) : text;
}

function stripQuoteMarkers(line: string): {line: string; quoted: boolean} {
	let rest = line;
	let quoted = false;
	for (let match = QUOTE_MARKER.exec(rest); match; match = QUOTE_MARKER.exec(rest)) {
		rest = rest.slice(match[0].length);
		quoted = true;
	}
	return {line: rest, quoted};
}

function isClosingFence(line: string, fence: string): boolean {
	const trimmed = line.trim();
	const marker = fence[0] ?? '`';
	return trimmed.length >= fence.length && [...trimmed].every(character => character === marker);
}

function pushBlock(blocks: string[], text: string): void {
	const trimmed = text.trim();
	if (trimmed !== '') blocks.push(trimmed);
}
