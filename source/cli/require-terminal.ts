/**
 * The interactive reader draws a full screen and reads single keys in raw
 * mode, which needs a terminal on both stdin and stdout. Checked before any
 * article is loaded, so piping qari fails at once with one line.
 */
import {UsageError} from './usage-error.js';

type Stream = {readonly isTTY?: boolean};

export function requireTerminal(stdin: Stream, stdout: Stream): void {
	const hint = 'for piped use try `qari list` or `qari read FILE`';
	if (stdin.isTTY !== true) {
		throw new UsageError(`the reader needs a terminal on stdin (${hint})`);
	}

	if (stdout.isTTY !== true) {
		throw new UsageError(`the reader needs a terminal on stdout (${hint})`);
	}
}
