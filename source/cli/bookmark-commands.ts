/**
 * Carries out the bookmark commands against the store in the data directory.
 * Arguments that name something that does not exist (a paragraph, an id, an
 * import file) are UsageErrors raised before anything is written; a save that
 * fails is the store's StoreWriteError (exit status 1: the command line was
 * right, the disk or a lock was not). Store warnings go to stderr, one line
 * each, and pending saves are flushed before returning.
 */
import {readFile} from 'node:fs/promises';
import {openStore, resolveDataDir, StoreImportError, type Store} from '../core/store/index.js';
import {resolveBidiMode} from '../terminal/bidi-mode.js';
import {terminalSequences} from '../terminal/session.js';
import type {BookmarkRequest} from './bookmark-args.js';
import {bookmarksAsJson, bookmarksForPipe, bookmarksForTerminal} from './bookmark-list.js';
import type {CommandContext} from './commands.js';
import {loadArticles, reportWarnings} from './library.js';
import {UsageError} from './usage-error.js';

export type BookmarkContext = CommandContext & {
	readonly stderr: {write(data: string): unknown};
	readonly seedsDirectory: string;
};

export async function runBookmarkCommand(request: BookmarkRequest, context: BookmarkContext): Promise<void> {
	// The article is loaded (and checked) first, so a bad FILE or PARAGRAPH never opens the store.
	const library = request.kind === 'bookmarks' || request.kind === 'bookmark-add'
		? await loadArticles(request.kind === 'bookmarks' ? request.paths : [request.file], context.seedsDirectory)
		: undefined;
	if (library !== undefined) {
		reportWarnings(library.warnings, context.stderr);
	}

	const importText = request.kind === 'bookmarks-import' ? await readImportFile(request.file) : undefined;
	const store = await openStore(resolveDataDir({flag: request.dataDirFlag, env: {...context.env}}));
	let reported = 0;
	const reportStoreWarnings = () => {
		reportWarnings(store.warnings.slice(reported), context.stderr);
		reported = store.warnings.length;
	};

	reportStoreWarnings();
	let succeeded = false;
	try {
		switch (request.kind) {
			case 'bookmarks': {
				listBookmarks(store, library?.articles ?? [], request, context);
				break;
			}

			case 'bookmark-add': {
				await addBookmark(store, library?.articles ?? [], request, context);
				break;
			}

			case 'bookmark-remove': {
				await removeBookmark(store, request.id, context);
				break;
			}

			case 'bookmarks-export': {
				const text = store.exportBookmarks(request.format);
				context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
				break;
			}

			case 'bookmarks-import': {
				await importBookmarks(store, importText ?? '', context);
				break;
			}
		}

		succeeded = true;
	} finally {
		const problem = await store.flush();
		reportStoreWarnings();
		// A failed flush only matters when the command itself succeeded; otherwise its error wins.
		if (problem !== undefined && succeeded) {
			throw problem; // eslint-disable-line no-unsafe-finally
		}
	}
}

type Articles = Parameters<Store['resolve']>[0];

function listBookmarks(
	store: Store,
	articles: Articles,
	request: Extract<BookmarkRequest, {kind: 'bookmarks'}>,
	{stdout, env}: BookmarkContext,
): void {
	const resolved = store.resolve(articles);
	if (request.json) {
		stdout.write(`${bookmarksAsJson(resolved)}\n`);
		return;
	}

	if (stdout.isTTY !== true) {
		writeLines(stdout, bookmarksForPipe(resolved));
		return;
	}

	const bidi = resolveBidiMode(request.bidi, env);
	const lines = bookmarksForTerminal(resolved, {bidi, shape: request.shape});
	// As for `qari read`: explicit mode stops VTE reordering the visual order a second time.
	const explicit = bidi === 'app' && lines.length > 0;
	if (explicit) {
		stdout.write(terminalSequences.explicitBidi);
	}

	writeLines(stdout, lines);
	if (explicit) {
		stdout.write(terminalSequences.implicitBidi);
	}
}

async function addBookmark(
	store: Store,
	articles: Articles,
	request: Extract<BookmarkRequest, {kind: 'bookmark-add'}>,
	{stdout}: BookmarkContext,
): Promise<void> {
	const [article, ...others] = articles;
	if (article === undefined) {
		throw new UsageError(`no article in ${request.file}`);
	}

	if (others.length > 0) {
		throw new UsageError(`bookmark add takes one article file, but ${request.file} holds ${articles.length} articles`);
	}

	const count = article.paragraphs.length;
	if (request.paragraph >= count) {
		throw new UsageError(`${article.id} has ${count} paragraph${count === 1 ? '' : 's'}; there is no paragraph ${request.paragraph + 1}`);
	}

	const bookmark = await store.add({article, paragraph: request.paragraph, note: request.note});
	stdout.write(`${bookmark.id}\n`);
}

async function removeBookmark(store: Store, id: string, {stdout}: BookmarkContext): Promise<void> {
	const unknown = new UsageError(`no bookmark with id ${JSON.stringify(id)} (see qari bookmarks)`);
	if (!store.bookmarks().some(bookmark => bookmark.id === id)) {
		throw unknown;
	}

	const removed = await store.remove(id);
	// Another qari may have removed it since the store was read.
	if (removed === undefined) {
		throw unknown;
	}

	stdout.write(`removed ${removed.id}\n`);
}

async function readImportFile(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error: unknown) {
		const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unreadable';
		throw new UsageError(`cannot read ${file} (${code}); nothing was imported`);
	}
}

async function importBookmarks(store: Store, text: string, {stdout}: BookmarkContext): Promise<void> {
	try {
		const {added, skipped} = await store.importBookmarks(text);
		stdout.write(`added ${added}, skipped ${skipped} already present\n`);
	} catch (error: unknown) {
		if (error instanceof StoreImportError) {
			throw new UsageError(error.message);
		}

		throw error;
	}
}

function writeLines(stdout: BookmarkContext['stdout'], lines: readonly string[]): void {
	if (lines.length > 0) {
		stdout.write(`${lines.join('\n')}\n`);
	}
}
