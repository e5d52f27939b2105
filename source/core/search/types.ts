/** Public types of the search core. */
import type {WordIndex} from './word-index.js';

/** What search needs of an article (structurally compatible with core/articles' Article). */
export type SearchableArticle = {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	readonly paragraphs: readonly string[];
};

export type SearchResult = {
	readonly articleIndex: number;
	readonly articleId: string;
	readonly path: string;
	readonly title: string;
	/** 1-based paragraph number; 0 is the title. */
	readonly paragraph: number;
	/** 0 best … 1 worst. */
	readonly score: number;
	/** The original text of the title or paragraph. */
	readonly text: string;
	/**
	 * Highlights: `[start, end)` UTF-16 ranges in `text`, sorted, disjoint, each
	 * made of whole grapheme clusters (a letter keeps its harakat).
	 */
	readonly matches: ReadonlyArray<readonly [number, number]>;
};

export type SearchOptions = {
	/** Most results returned. Default 50. */
	readonly limit?: number;
	/**
	 * How many candidates, best by the cheap score first, Fuse scores at most.
	 * Default 200; raised to `limit` when smaller. Infinity scores them all.
	 */
	readonly candidateLimit?: number;
};

/**
 * A "unit" is a title or a paragraph. Units are numbered in the order their
 * articles were added to the index (see createIndexBuilder), each article's
 * together, title first; ties in ranking go by (article, paragraph).
 */
export type SearchIndex = {
	readonly articles: readonly SearchableArticle[];
	readonly unitArticle: Int32Array;
	/** 0 for a title, else the 1-based paragraph number. */
	readonly unitParagraph: Int32Array;
	/** The unit of each article's title, -1 for an article not indexed (yet). */
	readonly titleUnits: Int32Array;
	/** Search key of each unit (see normalizeForSearch), in the packed alphabet (packed.ts). */
	readonly keys: readonly string[];
	readonly words: WordIndex;
	/** Every unit by (article, paragraph); undefined when unit numbers are already in that order. */
	readonly unitOrder: Int32Array | undefined;
};

/**
 * The original text of a unit, read from its article: the index keeps no copy
 * of the texts (a library may keep them in a compact form, see packed-text.ts).
 */
export function unitText(index: SearchIndex, unit: number): string {
	const article = index.articles[index.unitArticle[unit]!]!;
	const paragraph = index.unitParagraph[unit]!;
	return (paragraph === 0 ? article.title : article.paragraphs[paragraph - 1]) ?? '';
}
