/**
 * An article's normalisation as plain JSON data, so a library cache can store
 * it and a warm start skips the folding (the larger part of building the index).
 */
import {normalizeCompact} from './normalize.js';
import type {SearchableArticle} from './types.js';

/**
 * Bump whenever normalisation output changes (fold tables, whitespace rules,
 * the data's form): caches keyed on it are then rebuilt. normalized-article.test.ts
 * fails until it is bumped with the new fingerprint.
 */
export const NORMALIZER_VERSION = 3;

/**
 * Plain JSON data: unit 0 is the title, unit p the paragraph p. Only the keys:
 * offset maps are folded again from the text for the few results shown (see
 * highlight.ts), so a cache need not store them.
 */
export type NormalizedArticle = {
	/** Search key of the title, then of each paragraph, packed (see packed.ts): not for display. */
	readonly keys: readonly string[];
};

const ignoredRuns = {push: (_value: number) => 0};

export function normalizeArticle(article: SearchableArticle): NormalizedArticle {
	return {keys: [article.title, ...article.paragraphs].map(text => normalizeCompact(text, ignoredRuns))};
}

/**
 * Whether cached data has the shape of this article's normalisation: one key
 * (a string) per unit. It cannot tell a stale cache from a fresh one (key the
 * cache on the file and NORMALIZER_VERSION for that); a wrong key can only
 * make search miss or find that unit, never put a highlight outside its text
 * (highlights are found in the key folded again from the text).
 */
export function isNormalizedArticle(value: unknown, article: SearchableArticle): value is NormalizedArticle {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {keys} = value as {keys?: unknown};
	return Array.isArray(keys) && keys.length === 1 + article.paragraphs.length && keys.every(key => typeof key === 'string');
}
