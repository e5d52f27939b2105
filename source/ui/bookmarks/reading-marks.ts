import type {Article} from '../../core/articles/index.js';
import type {Bookmark, Store} from '../../core/store/index.js';
import {articleMarks, type ListMarks} from '../list/row-model.js';
import {readingProgress} from '../reader/progress.js';

/** The list's marks: per article, its bookmark count and how far its saved position is (as the reader's status bar shows it). */
export function readingMarks(
	articles: readonly Article[],
	bookmarks: readonly Bookmark[],
	positions: Pick<Store, 'getPosition'>,
): ListMarks {
	const counts = new Map<string, number>();
	for (const bookmark of bookmarks) {
		counts.set(bookmark.articleId, (counts.get(bookmark.articleId) ?? 0) + 1);
	}

	const marks = new Map<string, string>();
	for (const article of articles) {
		// How far is not known before the paragraphs are read (a library article still pending).
		const loaded = (article as {readonly status?: string}).status === undefined || (article as {readonly status?: string}).status === 'loaded';
		const paragraph = loaded ? positions.getPosition(article.id) : undefined;
		// Block = paragraph + 1, as the reader's focus.
		const bookmarked = counts.get(article.id) ?? 0;
		// Most articles have neither: no text to make (10,000 of them are walked before the first frame).
		if (paragraph === undefined && bookmarked === 0) continue;
		const progress = paragraph === undefined ? undefined : readingProgress(article, Math.min(paragraph + 1, article.paragraphs.length));
		const text = articleMarks(bookmarked, progress);
		if (text !== '') {
			marks.set(article.id, text);
		}
	}

	return marks;
}
