/**
 * Decides who puts right-to-left text into visual order: qari (`app`) or the
 * terminal emulator (`terminal`).
 */
import type {BidiMode} from '../core/layout/types.js';

/** What the user asked for: `auto` means "detect from the environment". */
export type BidiPreference = 'auto' | BidiMode;

export const bidiPreferences: readonly BidiPreference[] = ['auto', 'app', 'terminal'];

export function isBidiPreference(value: string): value is BidiPreference {
	return (bidiPreferences as readonly string[]).includes(value);
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Konsole, mlterm and Apple Terminal always reorder (and shape) RTL text
 * themselves, and none of them can be told to stop, so qari must hand them
 * logical text or every line would be reversed twice. VTE, mintty and
 * WezTerm also reorder by default but honour ESC[8l (explicit mode), which
 * the session sends in `app` mode; xterm, kitty, Alacritty, Windows Terminal
 * and tmux never reorder. All of those get `app`.
 */
export function detectBidiMode(env: Environment): BidiMode {
	if (isSet(env['KONSOLE_VERSION']) || isSet(env['MLTERM'])) {
		return 'terminal';
	}

	if (env['TERM_PROGRAM'] === 'Apple_Terminal') {
		return 'terminal';
	}

	return 'app';
}

/** Turns a preference into a mode, detecting only when the preference is `auto`. */
export function resolveBidiMode(preference: BidiPreference, env: Environment): BidiMode {
	return preference === 'auto' ? detectBidiMode(env) : preference;
}

function isSet(value: string | undefined): boolean {
	return value !== undefined && value !== '';
}
