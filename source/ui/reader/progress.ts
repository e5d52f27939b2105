import type {Article} from '../../core/articles/index.js';

/**
 * How far through the article the focused paragraph ends, in percent of the
 * paragraphs' characters (the title does not count). An article without
 * paragraphs is read as soon as it is opened.
 */
export function readingProgress(article: Article, focus: number): number {
	let total = 0;
	let through = 0;
	for (const [index, paragraph] of article.paragraphs.entries()) {
		total += paragraph.length;
		if (index < focus) {
			through += paragraph.length;
		}
	}

	if (total === 0) {
		// Only empty paragraphs (or none): count paragraphs instead of characters.
		const count = article.paragraphs.length;
		return count === 0 ? 100 : Math.round((100 * Math.min(focus, count)) / count);
	}

	return Math.round((100 * through) / total);
}
