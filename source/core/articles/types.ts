/**
 * Public types of article loading: files on disk go in, sanitised articles
 * (a title and paragraphs of plain text) come out.
 */

/** One article, ready for the layout engine: every string is sanitised plain text. */
export type Article = {
	/**
	 * Stable identifier: the file's path relative to its library root, with `/`
	 * separators (made unique when two files would share it). Sanitised, safe to show.
	 */
	readonly id: string;
	/** Absolute path of the file as found (not the real path). Raw: never print it unsanitised. */
	readonly path: string;
	readonly title: string;
	/** May be empty: a file with only a title is still an article. */
	readonly paragraphs: string[];
};

/** What a file's text parses to, before it gets an id and a path. */
export type ParsedArticle = {
	readonly title: string;
	readonly paragraphs: string[];
};

/**
 * `lines`: the seed format, one paragraph per non-empty line.
 * `blocks`: paragraphs separated by blank lines; the lines of a paragraph are joined with a space.
 * `markdown`: simple Markdown, reduced to plain text.
 */
export type ArticleFormat = 'lines' | 'blocks' | 'markdown';

export type LoadOptions = {
	/** Files larger than this many bytes are skipped with a warning. Default: 20 MiB. */
	readonly maxFileBytes?: number;
	/** How many files are read at the same time. Default: 8. */
	readonly concurrency?: number;
};

export type LoadResult = {
	/** In argument order; a directory's files sorted by relative path. */
	readonly articles: Article[];
	/** One-line messages (`warning: …`) naming the file concerned, for the caller to print. */
	readonly warnings: string[];
};
