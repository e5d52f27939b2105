import {type CopyOutcome, copyToClipboard} from '../../terminal/clipboard.js';
import {type Notice, notice} from '../state/index.js';

/** Copies text to the system clipboard (OSC 52 on stdout) and says how it went. */
export type Clipboard = (text: string) => CopyOutcome;

/**
 * The terminal qari draws on. OSC 52 draws nothing and moves no cursor, so it
 * goes straight to stdout beside Ink's frames. Read at call time: tests swap
 * the stream's isTTY and the environment.
 */
export const terminalClipboard: Clipboard = text =>
	copyToClipboard(text, {
		env: process.env,
		isTTY: process.stdout.isTTY === true,
		write(data) {
			process.stdout.write(data);
		},
	});

const outcomeNotices: Readonly<Record<CopyOutcome, Notice>> = {
	copied: notice('notice.copied'),
	unavailable: notice('notice.clipboardUnavailable'),
	empty: notice('notice.nothingToCopy'),
	'too-large': notice('notice.clipboardTooLarge'),
};

export function copyNotice(outcome: CopyOutcome): Notice {
	return outcomeNotices[outcome];
}
