import {sanitizeText} from './sanitize.js';

/**
 * Warnings name files, and file names are untrusted text too: a name holding an
 * escape sequence must not reach the terminal through a warning.
 */
export function warning(message: string): string {
	return sanitizeText(`warning: ${message}`);
}

/** Short, lower-case reason for a failed file system call (`permission denied`). */
export function describeError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ENOENT':
			return 'no such file or directory';
		case 'ELOOP':
			return 'too many levels of symbolic links';
		case 'EISDIR':
			return 'is a directory';
		default:
			return code ?? (error instanceof Error ? error.message : String(error));
	}
}

export function errorCode(error: unknown): string | undefined {
	return (error as NodeJS.ErrnoException | undefined)?.code;
}
