/**
 * The full-screen session around the interactive reader: the alternate
 * screen, a hidden cursor and, in `app` mode, ECMA-48 BDSM explicit mode
 * (ESC[8l) so terminals that would otherwise reorder RTL text (VTE, mintty,
 * WezTerm) draw qari's visual-order cells as they are. Whatever ends the
 * process, the terminal is handed back as it was found.
 */
import type {BidiMode} from '../core/layout/types.js';

export const terminalSequences = {
	enterAlternateScreen: '\u001B[?1049h',
	leaveAlternateScreen: '\u001B[?1049l',
	hideCursor: '\u001B[?25l',
	showCursor: '\u001B[?25h',
	/** BDSM reset: explicit mode, the terminal must not reorder. */
	explicitBidi: '\u001B[8l',
	/** BDSM set: implicit mode, the terminal's default. */
	implicitBidi: '\u001B[8h',
} as const;

export type TerminalOutput = {
	write(data: string): unknown;
};

export type TerminalSession = {
	readonly bidi: BidiMode;
	readonly isActive: boolean;
	/** Restores the terminal; safe to call any number of times. */
	leave(): void;
};

/** Enters the alternate screen right away and returns the handle that leaves it. */
export function openTerminalSession(output: TerminalOutput, bidi: BidiMode): TerminalSession {
	const sentExplicitBidi = bidi === 'app';
	let active = true;
	output.write(
		terminalSequences.enterAlternateScreen
		+ terminalSequences.hideCursor
		+ (sentExplicitBidi ? terminalSequences.explicitBidi : ''),
	);

	return {
		bidi,
		get isActive() {
			return active;
		},
		leave() {
			if (!active) {
				return;
			}

			active = false;
			output.write(
				(sentExplicitBidi ? terminalSequences.implicitBidi : '')
				+ terminalSequences.showCursor
				+ terminalSequences.leaveAlternateScreen,
			);
		},
	};
}
