/**
 * The bookmark commands' part of argument parsing: `qari bookmarks …` and
 * `qari bookmark add|remove …`. parse-args.ts tokenises and hands the words
 * after the command name here; every mistake is a one-line UsageError, found
 * before the store is opened, so a bad command line never touches it.
 */
import type {BidiPreference} from '../terminal/bidi-mode.js';
import {UsageError} from './usage-error.js';

export const bookmarkCommandNames = ['bookmarks', 'bookmark'] as const;

export type BookmarkCommandName = typeof bookmarkCommandNames[number];

export type ExportFormatName = 'json' | 'md';

/** `dataDirFlag` is `--data-dir` as given; the store resolves it with QARI_DATA_DIR and the XDG defaults. */
export type BookmarkRequest =
	| {
		readonly kind: 'bookmarks';
		readonly paths: readonly string[];
		readonly json: boolean;
		readonly bidi: BidiPreference;
		readonly shape: boolean;
		readonly dataDirFlag: string | undefined;
	}
	| {
		readonly kind: 'bookmark-add';
		readonly file: string;
		/** From 0, as the store counts (the command line counts from 1). */
		readonly paragraph: number;
		readonly note: string;
		readonly dataDirFlag: string | undefined;
	}
	| {readonly kind: 'bookmark-remove'; readonly id: string; readonly dataDirFlag: string | undefined}
	| {readonly kind: 'bookmarks-export'; readonly format: ExportFormatName; readonly dataDirFlag: string | undefined}
	| {readonly kind: 'bookmarks-import'; readonly file: string; readonly dataDirFlag: string | undefined};

export type BookmarkFlags = {
	readonly json: boolean;
	readonly width: string | undefined;
	readonly note: string | undefined;
	readonly format: string | undefined;
	readonly dataDir: string | undefined;
	readonly bidi: BidiPreference;
	readonly shape: boolean;
};

export function isBookmarkCommand(word: string | undefined): word is BookmarkCommandName {
	return word === 'bookmarks' || word === 'bookmark';
}

/** `--note` and `--format` belong to bookmark commands only; `--data-dir` is global. */
export function rejectBookmarkOnlyFlags(flags: Pick<BookmarkFlags, 'note' | 'format' | 'dataDir'>): void {
	if (flags.note !== undefined) {
		throw new UsageError('--note only applies to `qari bookmark add`');
	}

	if (flags.format !== undefined) {
		throw new UsageError('--format only applies to `qari bookmarks export`');
	}

	checkDataDir(flags.dataDir);
}

export function parseBookmarkRequest(command: BookmarkCommandName, words: readonly string[], flags: BookmarkFlags): BookmarkRequest {
	checkDataDir(flags.dataDir);
	if (flags.width !== undefined) {
		throw new UsageError('--width only applies to `qari read FILE`');
	}

	const [action, ...rest] = words;
	const dataDirFlag = flags.dataDir;
	if (command === 'bookmark') {
		if (action === 'add') {
			only(flags, ['note']);
			return {kind: 'bookmark-add', ...addArguments(rest), note: flags.note ?? '', dataDirFlag};
		}

		if (action === 'remove') {
			only(flags, []);
			const [id, ...extra] = rest;
			if (id === undefined || id === '' || extra.length > 0) {
				throw new UsageError('remove needs one bookmark ID: qari bookmark remove ID');
			}

			return {kind: 'bookmark-remove', id, dataDirFlag};
		}

		throw new UsageError(action === undefined
			? 'bookmark needs add or remove: qari bookmark add FILE PARAGRAPH, qari bookmark remove ID'
			: `unknown bookmark action ${JSON.stringify(action)} (add or remove; to list them: qari bookmarks)`);
	}

	if (action === 'export') {
		only(flags, ['format']);
		noExtra('export', rest);
		return {kind: 'bookmarks-export', format: exportFormat(flags.format), dataDirFlag};
	}

	if (action === 'import') {
		only(flags, []);
		const [file, ...extra] = rest;
		if (file === undefined || extra.length > 0) {
			throw new UsageError('import needs one FILE: qari bookmarks import FILE');
		}

		return {kind: 'bookmarks-import', file, dataDirFlag};
	}

	only(flags, ['json']);
	return {kind: 'bookmarks', paths: words, json: flags.json, bidi: flags.bidi, shape: flags.shape, dataDirFlag};
}

function checkDataDir(dataDir: string | undefined): void {
	if (dataDir === '') {
		throw new UsageError('--data-dir needs a directory: --data-dir DIR');
	}
}

const commandOfFlag = {
	json: '`qari list` and `qari bookmarks`',
	note: '`qari bookmark add`',
	format: '`qari bookmarks export`',
} as const;

/** Rejects the bookmark-related flags this action does not take. */
function only(flags: BookmarkFlags, allowed: ReadonlyArray<keyof typeof commandOfFlag>): void {
	const given = {json: flags.json, note: flags.note !== undefined, format: flags.format !== undefined};
	for (const name of ['json', 'note', 'format'] as const) {
		if (given[name] && !allowed.includes(name)) {
			throw new UsageError(`--${name} only applies to ${commandOfFlag[name]}`);
		}
	}
}

function noExtra(action: string, rest: readonly string[]): void {
	if (rest.length > 0) {
		throw new UsageError(`${action} takes no arguments, got ${JSON.stringify(rest[0])}`);
	}
}

function addArguments(rest: readonly string[]): {file: string; paragraph: number} {
	const [file, paragraphText, ...extra] = rest;
	if (file === undefined || paragraphText === undefined || extra.length > 0) {
		throw new UsageError('add needs FILE and PARAGRAPH: qari bookmark add FILE PARAGRAPH [--note TEXT]');
	}

	return {file, paragraph: parseParagraph(paragraphText) - 1};
}

/** PARAGRAPH counts from 1 as the reader shows it; whether the article has it is checked once it is loaded. */
export function parseParagraph(text: string): number {
	const paragraph = /^\d{1,9}$/u.test(text) ? Number(text) : Number.NaN;
	if (!(paragraph >= 1)) {
		throw new UsageError(`PARAGRAPH must be a whole number from 1, not ${JSON.stringify(text)}`);
	}

	return paragraph;
}

function exportFormat(format: string | undefined): ExportFormatName {
	if (format === undefined || format === 'json' || format === 'md') {
		return format ?? 'json';
	}

	throw new UsageError(`--format must be json or md, not ${JSON.stringify(format)}`);
}
