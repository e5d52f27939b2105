/**
 * Import and export of bookmarks, for the CLI: JSON (the store's own format,
 * so an export can be imported anywhere) and a readable Markdown list.
 */
import {sanitizeText} from '../articles/index.js';
import {StoreFormatError, StoreImportError, StoreVersionError} from './errors.js';
import {cleanNote} from './excerpt.js';
import {migrateStoreFile} from './migrate.js';
import {type Bookmark, serializeStoreFile, STORE_VERSION} from './schema.js';

export type ExportFormat = 'json' | 'md';

export type ImportResult = {
	/** Bookmarks added to the store. */
	readonly added: number;
	/** Bookmarks left out as duplicates (of the store or of each other). */
	readonly skipped: number;
};

/**
 * Parses an import: any bookmarks format this qari can read (current or
 * older). Throws a one-line StoreImportError for anything else. Notes and
 * excerpts are sanitised: imported text is untrusted.
 */
export function importedBookmarks(text: string): Bookmark[] {
	let raw: unknown;
	try {
		raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		throw new StoreImportError('import failed: not valid JSON; nothing was imported');
	}

	try {
		return migrateStoreFile(raw).data.bookmarks.map(bookmark => ({
			...bookmark,
			excerpt: sanitizeText(bookmark.excerpt),
			note: cleanNote(bookmark.note),
		}));
	} catch (error) {
		if (error instanceof StoreFormatError || error instanceof StoreVersionError) {
			throw new StoreImportError(`import failed: ${error.message}; nothing was imported`);
		}

		throw error;
	}
}

/**
 * Two bookmarks are the same when they share an id, or mark the same text of
 * the same article with the same note. Without a fingerprint (migrated from
 * version 0) the paragraph index and excerpt stand in for it.
 */
function contentKey(bookmark: Bookmark): string {
	const text = bookmark.fingerprint === '' ? `#${bookmark.paragraph}\u0000${bookmark.excerpt}` : bookmark.fingerprint;
	return JSON.stringify([bookmark.articleId, text, bookmark.note]);
}

export function mergeImported(existing: readonly Bookmark[], incoming: readonly Bookmark[]): {bookmarks: Bookmark[]} & ImportResult {
	const ids = new Set(existing.map(bookmark => bookmark.id));
	const keys = new Set(existing.map(bookmark => contentKey(bookmark)));
	const bookmarks = [...existing];
	let skipped = 0;
	for (const bookmark of incoming) {
		const key = contentKey(bookmark);
		if (ids.has(bookmark.id) || keys.has(key)) {
			skipped++;
			continue;
		}

		ids.add(bookmark.id);
		keys.add(key);
		bookmarks.push(bookmark);
	}

	return {bookmarks, added: bookmarks.length - existing.length, skipped};
}

function byArticle(bookmarks: readonly Bookmark[]): Map<string, Bookmark[]> {
	const groups = new Map<string, Bookmark[]>();
	const sorted = [...bookmarks].sort(
		(left, right) =>
			left.articleId.localeCompare(right.articleId) || left.paragraph - right.paragraph || left.createdAt.localeCompare(right.createdAt),
	);
	for (const bookmark of sorted) {
		const group = groups.get(bookmark.articleId) ?? [];
		group.push(bookmark);
		groups.set(bookmark.articleId, group);
	}

	return groups;
}

/** A readable list grouped by article; every piece of stored text is sanitised, paragraphs are numbered from 1. */
export function formatBookmarksMarkdown(bookmarks: readonly Bookmark[]): string {
	const lines = ['# qari bookmarks', ''];
	if (bookmarks.length === 0) {
		lines.push('No bookmarks.', '');
	}

	for (const [articleId, group] of byArticle(bookmarks)) {
		lines.push(`## ${sanitizeText(articleId)}`, '');
		const articlePath = group[0]?.articlePath ?? '';
		if (articlePath !== '') {
			lines.push(`File: ${sanitizeText(articlePath)}`, '');
		}

		for (const bookmark of group) {
			const day = bookmark.createdAt.slice(0, 10);
			lines.push(`- Paragraph ${bookmark.paragraph + 1} (${sanitizeText(day)}): ${sanitizeText(bookmark.excerpt)}`);
			if (bookmark.note !== '') {
				lines.push(`  Note: ${sanitizeText(bookmark.note)}`);
			}
		}

		lines.push('');
	}

	return lines.join('\n');
}

export function exportBookmarks(bookmarks: readonly Bookmark[], format: ExportFormat): string {
	return format === 'json' ? serializeStoreFile({version: STORE_VERSION, bookmarks}) : formatBookmarksMarkdown(bookmarks);
}
