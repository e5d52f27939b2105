/**
 * `qari bookmarks`: every bookmark, newest first, re-anchored in the loaded
 * articles. A pipe gets tab-separated fields in logical order; a terminal
 * gets the same fields with right-to-left text in the order the bidi mode
 * wants; `--json` gets an array of {@link BookmarkSummary}.
 */
import type {ResolvedBookmark} from '../core/store/index.js';
import {layoutParagraph, lineToString, type BidiMode} from '../core/layout/index.js';
import {sanitizeText} from '../core/articles/index.js';
import {plainText} from './plain-text.js';

export type BookmarkStatus = 'ok' | 'moved' | 'missing';

export type BookmarkSummary = {
	readonly id: string;
	readonly articleId: string;
	readonly path: string;
	/** Null when the article is not among the loaded ones. */
	readonly title: string | null;
	/** From 1: where the paragraph is now, or (missing) where it was when bookmarked. */
	readonly paragraph: number;
	readonly excerpt: string;
	readonly note: string;
	readonly createdAt: string;
	/** The store's `moved` is `ok` here: `paragraph` already follows the move. */
	readonly status: 'ok' | 'missing';
};

/** Newest first; of two made in the same millisecond, the one added later first. */
export function newestFirst(resolved: readonly ResolvedBookmark[]): ResolvedBookmark[] {
	return [...resolved].reverse().sort((left, right) => Date.parse(right.bookmark.createdAt) - Date.parse(left.bookmark.createdAt));
}

export function bookmarkSummary({bookmark, article, anchor}: ResolvedBookmark): BookmarkSummary {
	return {
		id: bookmark.id,
		articleId: bookmark.articleId,
		path: article?.path ?? bookmark.articlePath,
		title: article?.title ?? null,
		paragraph: (anchor.paragraph ?? bookmark.paragraph) + 1,
		excerpt: sanitizeText(bookmark.excerpt),
		note: sanitizeText(bookmark.note),
		createdAt: bookmark.createdAt,
		status: anchor.status === 'missing' ? 'missing' : 'ok',
	};
}

export function bookmarksAsJson(resolved: readonly ResolvedBookmark[]): string {
	return JSON.stringify(newestFirst(resolved).map(entry => bookmarkSummary(entry)), undefined, '\t');
}

type Fields = {
	readonly id: string;
	readonly status: BookmarkStatus;
	readonly title: string;
	readonly paragraph: string;
	readonly excerpt: string;
	readonly note: string;
};

function fields(entry: ResolvedBookmark): Fields {
	const summary = bookmarkSummary(entry);
	return {
		id: summary.id,
		status: entry.anchor.status,
		// Without its article, the id (its file name) is the best title there is.
		title: summary.title ?? summary.articleId,
		paragraph: `¶${summary.paragraph}`,
		excerpt: summary.excerpt,
		note: summary.note,
	};
}

/** `id<TAB>status<TAB>title<TAB>¶N<TAB>excerpt<TAB>note` per bookmark, text in logical order. */
export function bookmarksForPipe(resolved: readonly ResolvedBookmark[]): string[] {
	return newestFirst(resolved).map(entry => {
		const row = fields(entry);
		return [row.id, row.status, row.title, row.paragraph, row.excerpt, row.note].map(text => oneLine(text)).join('\t');
	});
}

export type TerminalBookmarkOptions = {
	readonly bidi: BidiMode;
	readonly shape: boolean;
};

/** The same fields separated by two spaces; titles, excerpts and notes each in the bidi mode's order. */
export function bookmarksForTerminal(resolved: readonly ResolvedBookmark[], options: TerminalBookmarkOptions): string[] {
	return newestFirst(resolved).map(entry => {
		const row = fields(entry);
		const texts = [row.title, row.excerpt, row.note].map(text => displayField(text, options));
		return [oneLine(row.id), row.status.padEnd(7), texts[0], row.paragraph, texts[1], texts[2]]
			.filter(text => text !== '')
			.join('  ');
	});
}

// A very long note still comes out as one row; the terminal wraps it.
const fieldWidth = 4000;

/** One field on one row: visual order (and shaped) for `app`, logical for `terminal`. */
function displayField(text: string, {bidi, shape}: TerminalBookmarkOptions): string {
	const clean = oneLine(text);
	if (clean === '') {
		return '';
	}

	const layout = layoutParagraph(clean, {width: fieldWidth, bidi, shape, direction: 'auto'});
	const lines = layout.lines.map(line => lineToString(line).trim());
	// Right to left, the logically first line is the rightmost part of the row.
	return (layout.direction === 'rtl' && bidi === 'app' ? lines.reverse() : lines).join(' ');
}

function oneLine(text: string): string {
	return plainText(text).replace(/\s+/gu, ' ').trim();
}
