import type {Article} from '../../core/articles/index.js';
import {normalizeForSearch} from '../../core/search/index.js';
import type {Bookmark, ResolvedBookmark} from '../../core/store/index.js';
import type {BookmarkEntryRef} from '../state/index.js';

/** One row of the bookmarks view, ready to draw. */
export type BookmarkEntry = BookmarkEntryRef & {
	readonly bookmark: Bookmark;
	/** The article's title, or its saved id when it is not loaded. */
	readonly title: string;
	/** The paragraph as it is now, or the saved excerpt when it was not found. */
	readonly text: string;
	readonly found: boolean;
	/** Its article's paragraphs are still being read: not missing, not yet anchored (the saved paragraph and excerpt show). */
	readonly pending: boolean;
};

/** A library article's state (core/library); plain articles are loaded. */
const isPending = (article: Article | undefined): boolean =>
	article !== undefined && (article as {readonly status?: string}).status === 'pending';

function matchesFilter(entry: BookmarkEntry, key: string): boolean {
	return [entry.title, entry.text, entry.bookmark.note].some(field => normalizeForSearch(field).key.includes(key));
}

/**
 * Every bookmark, newest first, anchored in the loaded articles; with a filter,
 * those whose title, paragraph or note contain it (both sides normalised for search,
 * so harakat, letter variants and case do not matter).
 */
export function bookmarkEntries(resolved: readonly ResolvedBookmark[], articles: readonly Article[], filter: string): BookmarkEntry[] {
	const indexOf = new Map(articles.map((article, index) => [article, index]));
	const entries = resolved.map(({bookmark, article, anchor}): BookmarkEntry => {
		const pending = isPending(article);
		// Anchored against no paragraphs yet: where it was saved, until the article has loaded.
		const paragraph = pending ? bookmark.paragraph : anchor.status === 'missing' ? undefined : anchor.paragraph;
		const text = paragraph === undefined || pending ? bookmark.excerpt : article?.paragraphs[paragraph] ?? bookmark.excerpt;
		return {
			id: bookmark.id,
			article: article ? indexOf.get(article) : undefined,
			paragraph,
			note: bookmark.note,
			bookmark,
			title: article?.title ?? bookmark.articleId,
			text,
			found: paragraph !== undefined,
			pending,
		};
	});
	// Newest first; among equal times, the one added later (later in the store) first.
	const order = new Map(entries.map((entry, index) => [entry, index]));
	entries.sort((a, b) => Date.parse(b.bookmark.createdAt) - Date.parse(a.bookmark.createdAt) || (order.get(b) ?? 0) - (order.get(a) ?? 0));
	const key = normalizeForSearch(filter).key;
	return key === '' ? entries : entries.filter(entry => matchesFilter(entry, key));
}
