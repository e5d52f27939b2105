/**
 * Re-anchoring: finding a bookmark's paragraph again after its article file
 * changed. Pure; the stored bookmark is never rewritten by it, so a later
 * version of the file can still be matched against the original text.
 *
 * 1. Fingerprint: a paragraph with the same normalised text. When several
 *    have it (a repeated line), the one nearest the saved index wins.
 * 2. Excerpt: the best Dice similarity (see similarity.ts) between the saved
 *    excerpt and each paragraph, if at least {@link EXCERPT_MATCH_THRESHOLD};
 *    ties go to the nearest index. An excerpt cut with `…` is compared with
 *    the same length of the paragraph's start; a whole one with the whole
 *    paragraph (and, for migrated bookmarks, which cannot tell, with both).
 * 3. Otherwise `missing`: the bookmark is kept and shown with its excerpt.
 */
import type {Article} from '../articles/index.js';
import {isTruncatedExcerpt, ELLIPSIS} from './excerpt.js';
import {fingerprintParagraph, normalizeForFingerprint} from './fingerprint.js';
import type {Bookmark} from './schema.js';
import {diceSimilarity} from './similarity.js';

/**
 * Minimum Dice similarity for an excerpt match. Measured on the bundled Arabic
 * news seeds: unrelated paragraphs score at most 0.60 (median 0.39) against
 * each other's excerpts, while one replaced, inserted or deleted word in a
 * paragraph of 30 characters or more still scores 0.76 or higher.
 */
export const EXCERPT_MATCH_THRESHOLD = 0.7;

export type Anchor =
	| {
		/** `ok`: at the saved index; `moved`: found at another index. */
		readonly status: 'ok' | 'moved';
		readonly paragraph: number;
		/** `fingerprint`: same text; `excerpt`: the text changed and was matched fuzzily. */
		readonly match: 'fingerprint' | 'excerpt';
		/** Similarity of the match, 1 for a fingerprint match. */
		readonly score: number;
	}
	| {readonly status: 'missing'; readonly paragraph?: undefined};

export type AnchorTarget = Pick<Bookmark, 'paragraph' | 'fingerprint' | 'excerpt'>;

type PreparedParagraphs = {
	readonly fingerprints: readonly string[];
	readonly normalised: readonly string[];
};

function prepare(paragraphs: readonly string[]): PreparedParagraphs {
	return {
		fingerprints: paragraphs.map(text => fingerprintParagraph(text)),
		normalised: paragraphs.map(text => normalizeForFingerprint(text)),
	};
}

function nearest(candidates: readonly number[], saved: number): number | undefined {
	let best: number | undefined;
	for (const index of candidates) {
		if (best === undefined || Math.abs(index - saved) < Math.abs(best - saved)) {
			best = index;
		}
	}

	return best;
}

function found(paragraph: number, saved: number, match: 'fingerprint' | 'excerpt', score: number): Anchor {
	return {status: paragraph === saved ? 'ok' : 'moved', paragraph, match, score};
}

function byFingerprint(target: AnchorTarget, paragraphs: PreparedParagraphs): Anchor | undefined {
	// Migrated bookmarks may have no fingerprint: only the excerpt can find them.
	if (target.fingerprint === '') {
		return undefined;
	}

	const matches: number[] = [];
	paragraphs.fingerprints.forEach((fingerprint, index) => {
		if (fingerprint === target.fingerprint) {
			matches.push(index);
		}
	});
	const paragraph = nearest(matches, target.paragraph);
	return paragraph === undefined ? undefined : found(paragraph, target.paragraph, 'fingerprint', 1);
}

function byExcerpt(target: AnchorTarget, paragraphs: PreparedParagraphs): Anchor | undefined {
	const truncated = isTruncatedExcerpt(target.excerpt);
	const excerpt = normalizeForFingerprint(truncated ? target.excerpt.slice(0, -ELLIPSIS.length) : target.excerpt);
	if (excerpt === '') {
		return undefined;
	}

	const excerptLength = Array.from(excerpt).length;
	let bestScore = 0;
	let best: number[] = [];
	// Without a fingerprint (migrated), whether the excerpt was the whole paragraph is unknown.
	const mayBePrefix = truncated || target.fingerprint === '';
	paragraphs.normalised.forEach((text, index) => {
		// A cut excerpt is compared with the same length of the paragraph's start.
		const start = mayBePrefix ? diceSimilarity(excerpt, Array.from(text).slice(0, excerptLength).join('')) : 0;
		const score = truncated ? start : Math.max(start, diceSimilarity(excerpt, text));
		if (score > bestScore) {
			bestScore = score;
			best = [index];
		} else if (score === bestScore && score > 0) {
			best.push(index);
		}
	});
	const paragraph = nearest(best, target.paragraph);
	if (paragraph === undefined || bestScore < EXCERPT_MATCH_THRESHOLD) {
		return undefined;
	}

	return found(paragraph, target.paragraph, 'excerpt', bestScore);
}

/** Where `bookmark`'s paragraph is in `article` now; `missing` when the article is gone or nothing matches. */
export function anchorBookmark(bookmark: AnchorTarget, article: Pick<Article, 'paragraphs'> | undefined): Anchor {
	if (article === undefined) {
		return {status: 'missing'};
	}

	return anchorPrepared(bookmark, prepare(article.paragraphs));
}

function anchorPrepared(bookmark: AnchorTarget, paragraphs: PreparedParagraphs): Anchor {
	return byFingerprint(bookmark, paragraphs) ?? byExcerpt(bookmark, paragraphs) ?? {status: 'missing'};
}

export type ResolvedBookmark = {
	readonly bookmark: Bookmark;
	/** The article it belongs to, if loaded: matched by id, then by absolute path. */
	readonly article: Article | undefined;
	readonly anchor: Anchor;
};

/** Anchors every bookmark in the loaded articles; bookmarks whose article is not loaded come back `missing`, never dropped. */
export function resolveBookmarks(bookmarks: readonly Bookmark[], articles: readonly Article[]): ResolvedBookmark[] {
	const byId = new Map<string, Article>();
	const byPath = new Map<string, Article>();
	for (const article of articles) {
		if (!byId.has(article.id)) {
			byId.set(article.id, article);
		}

		if (!byPath.has(article.path)) {
			byPath.set(article.path, article);
		}
	}

	// Each article's paragraphs are prepared once per call, not once per bookmark.
	const prepared = new Map<Article, PreparedParagraphs>();
	return bookmarks.map(bookmark => {
		const article = byId.get(bookmark.articleId) ?? (bookmark.articlePath === '' ? undefined : byPath.get(bookmark.articlePath));
		if (article === undefined) {
			return {bookmark, article, anchor: {status: 'missing'}};
		}

		let paragraphs = prepared.get(article);
		if (paragraphs === undefined) {
			paragraphs = prepare(article.paragraphs);
			prepared.set(article, paragraphs);
		}

		return {bookmark, article, anchor: anchorPrepared(bookmark, paragraphs)};
	});
}
