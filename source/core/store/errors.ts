/**
 * Typed errors of the bookmark store. Every message is one line of plain text
 * (paths and reasons are sanitised) so the UI and CLI can show it as is.
 */
import {sanitizeText} from '../articles/index.js';

/** One line, no control characters: safe to print. */
export function oneLine(text: string): string {
	return sanitizeText(text).replace(/\s+/gu, ' ').trim();
}

/** A change could not be saved (read-only or full disk, lock held, newer file, …). Reads still work. */
export class StoreWriteError extends Error {
	override readonly name = 'StoreWriteError';
	/** The file system error code behind it, when there is one (`EROFS`, `ENOSPC`, `ELOCKED`, …). */
	readonly code: string | undefined;

	constructor(message: string, options: {code?: string; cause?: unknown} = {}) {
		super(oneLine(message), {cause: options.cause});
		this.code = options.code;
	}
}

/** A store file (or import) is not JSON or does not have the expected shape. */
export class StoreFormatError extends Error {
	override readonly name = 'StoreFormatError';

	constructor(message: string) {
		super(oneLine(message));
	}
}

/** A store file was written by a newer qari whose format this one does not know. */
export class StoreVersionError extends Error {
	override readonly name = 'StoreVersionError';

	constructor(readonly version: number, readonly known: number) {
		super(`format version ${version} is newer than this qari understands (${known})`);
	}
}

/** `importBookmarks` refused its input; the store was left untouched. */
export class StoreImportError extends Error {
	override readonly name = 'StoreImportError';

	constructor(message: string) {
		super(oneLine(message));
	}
}

/** The `code` of a Node.js system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
		return error.code;
	}

	return undefined;
}
