/**
 * The on-disk formats (version 1) and hand-written shape checks. A file that
 * fails them is treated as corrupt (moved aside), never half-used.
 */
import {StoreFormatError} from './errors.js';

/** The format version this qari writes, for both bookmarks.json and positions.json. */
export const STORE_VERSION = 1;

export type Bookmark = {
	/** Stable id, unique in the store (8 URL-safe characters for new bookmarks). */
	readonly id: string;
	/** The article's id: its path relative to the library root. */
	readonly articleId: string;
	/** The article's absolute path when bookmarked (used when the id no longer matches). */
	readonly articlePath: string;
	/** Index of the paragraph when bookmarked, from 0. */
	readonly paragraph: number;
	/** See fingerprint.ts; empty when unknown (bookmarks migrated from version 0). */
	readonly fingerprint: string;
	/** The start of the paragraph (see excerpt.ts). */
	readonly excerpt: string;
	readonly note: string;
	/** ISO 8601. */
	readonly createdAt: string;
};

export type StoreFileV1 = {
	readonly version: 1;
	readonly bookmarks: readonly Bookmark[];
};

export type PositionEntry = {
	readonly paragraph: number;
	/** ISO 8601: when it was last set (used to keep only the most recent entries). */
	readonly updatedAt: string;
};

export type PositionsFileV1 = {
	readonly version: 1;
	/** Id of the article read last, if any. */
	readonly lastArticle: string | null;
	readonly positions: ReadonlyMap<string, PositionEntry>;
};

type Fields = Record<string, unknown>;

export function isRecord(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIndex(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isIsoTime(value: unknown): value is string {
	return typeof value === 'string' && value !== '' && !Number.isNaN(Date.parse(value));
}

/** Why `value` is not a bookmark, or undefined when it is one. */
export function bookmarkProblem(value: unknown): string | undefined {
	if (!isRecord(value)) {
		return 'is not an object';
	}

	const checks: Array<[string, (field: unknown) => boolean, string]> = [
		['id', field => typeof field === 'string' && field !== '', 'a non-empty string'],
		['articleId', field => typeof field === 'string' && field !== '', 'a non-empty string'],
		['articlePath', field => typeof field === 'string', 'a string'],
		['paragraph', isIndex, 'a non-negative integer'],
		['fingerprint', field => typeof field === 'string', 'a string'],
		['excerpt', field => typeof field === 'string', 'a string'],
		['note', field => typeof field === 'string', 'a string'],
		['createdAt', isIsoTime, 'a date'],
	];
	for (const [name, check, expected] of checks) {
		if (!check(value[name])) {
			return `field "${name}" is not ${expected}`;
		}
	}

	return undefined;
}

export function isBookmark(value: unknown): value is Bookmark {
	return bookmarkProblem(value) === undefined;
}

/**
 * Checks a version-1 bookmarks document. Entries are kept as parsed, so fields
 * a person or a tool added are written back unchanged.
 */
export function validateStoreFile(raw: unknown): StoreFileV1 {
	if (!isRecord(raw) || raw['version'] !== STORE_VERSION) {
		throw new StoreFormatError('not a version 1 bookmarks file');
	}

	const bookmarks = raw['bookmarks'];
	if (!Array.isArray(bookmarks)) {
		throw new StoreFormatError('"bookmarks" is not a list');
	}

	const ids = new Set<string>();
	bookmarks.forEach((entry: unknown, index) => {
		const problem = bookmarkProblem(entry);
		if (problem !== undefined) {
			throw new StoreFormatError(`bookmark ${index + 1}: ${problem}`);
		}

		const {id} = entry as Bookmark;
		if (ids.has(id)) {
			throw new StoreFormatError(`bookmark ${index + 1}: id "${id}" is used twice`);
		}

		ids.add(id);
	});
	return {version: STORE_VERSION, bookmarks: bookmarks as Bookmark[]};
}

/** Checks a version-1 positions document. */
export function validatePositionsFile(raw: unknown): PositionsFileV1 {
	if (!isRecord(raw) || raw['version'] !== STORE_VERSION) {
		throw new StoreFormatError('not a version 1 positions file');
	}

	const lastArticle = raw['lastArticle'] ?? null;
	if (lastArticle !== null && (typeof lastArticle !== 'string' || lastArticle === '')) {
		throw new StoreFormatError('"lastArticle" is not an article id');
	}

	const positions = raw['positions'];
	if (!isRecord(positions)) {
		throw new StoreFormatError('"positions" is not an object');
	}

	// A Map, not an object: article ids such as "__proto__" must stay plain keys.
	const entries = new Map<string, PositionEntry>();
	for (const [articleId, entry] of Object.entries(positions)) {
		if (!isRecord(entry) || !isIndex(entry['paragraph']) || !isIsoTime(entry['updatedAt'])) {
			throw new StoreFormatError(`position of "${articleId}" is not {paragraph, updatedAt}`);
		}

		entries.set(articleId, {paragraph: entry['paragraph'], updatedAt: entry['updatedAt']});
	}

	return {version: STORE_VERSION, lastArticle, positions: entries};
}

/** Human-readable JSON (two-space indent, final newline). */
export function serializeStoreFile(file: StoreFileV1): string {
	return `${JSON.stringify({version: file.version, bookmarks: file.bookmarks}, null, 2)}\n`;
}

export function serializePositionsFile(file: PositionsFileV1): string {
	// Object.fromEntries defines own properties, so "__proto__" is written as a key.
	const positions = Object.fromEntries(file.positions);
	return `${JSON.stringify({version: file.version, lastArticle: file.lastArticle, positions}, null, 2)}\n`;
}
