/**
 * Copying text to the system clipboard through the terminal: OSC 52
 * (`ESC ] 52 ; c ; <base64> BEL`), which works over ssh and needs no helper
 * program. The text is sanitised first so a paragraph cannot carry escape
 * sequences into whatever it is pasted into, and capped in size because
 * terminals truncate or drop long sequences.
 */
import {sanitizeText} from '../core/articles/index.js';

/** UTF-8 bytes of text; its base64 is a third longer. Terminals cap OSC strings (xterm, tmux) near here. */
export const MAX_CLIPBOARD_BYTES = 100_000;

/** GNU screen passes at most this much of one DCS string through; the payload goes in pieces. */
const SCREEN_CHUNK = 76;

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

type Env = Readonly<Record<string, string | undefined>>;

export type Multiplexer = 'tmux' | 'screen' | 'none';

export type ClipboardSequence =
	| {readonly ok: true; readonly sequence: string; readonly bytes: number}
	| {readonly ok: false; readonly reason: 'empty' | 'too-large'; readonly bytes: number};

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/** tmux sets TMUX in its panes; screen sets STY (and a TERM starting with `screen`). */
export function detectMultiplexer(env: Env): Multiplexer {
	if (isSet(env['TMUX'])) {
		return 'tmux';
	}

	return isSet(env['STY']) || (env['TERM'] ?? '').startsWith('screen') ? 'screen' : 'none';
}

/** The bare OSC 52 sequence for already-encoded base64 (`c`: the clipboard selection). */
export function osc52(base64: string): string {
	return `${ESC}]52;c;${base64}${BEL}`;
}

/**
 * tmux's DCS passthrough: `ESC P tmux; …inner with every ESC doubled… ESC \`.
 * It needs `allow-passthrough on` (tmux 3.3+); with `set-clipboard on` tmux
 * takes the bare sequence itself instead. Both are sent: either setting then
 * works, and with both the clipboard is simply set twice to the same text.
 */
function forTmux(base64: string): string {
	const inner = osc52(base64).replaceAll(ESC, `${ESC}${ESC}`);
	return `${osc52(base64)}${ESC}Ptmux;${inner}${ST}`;
}

/** screen: the sequence in DCS strings of at most {@link SCREEN_CHUNK} bytes of payload each. */
function forScreen(base64: string): string {
	const chunks: string[] = [];
	for (let start = 0; start < base64.length; start += SCREEN_CHUNK) {
		chunks.push(base64.slice(start, start + SCREEN_CHUNK));
	}

	return `${ESC}P${ESC}]52;c;${chunks.join(`${ST}${ESC}P`)}${BEL}${ST}`;
}

/**
 * The bytes to write for copying `text` (a paragraph in logical order):
 * sanitised, UTF-8, base64, wrapped for the multiplexer in `env`. Refuses
 * empty text and text over `maxBytes` UTF-8 bytes instead of sending a
 * sequence the terminal would cut.
 */
export function clipboardSequence(text: string, {env, maxBytes = MAX_CLIPBOARD_BYTES}: {readonly env: Env; readonly maxBytes?: number}): ClipboardSequence {
	const clean = sanitizeText(text);
	const bytes = Buffer.byteLength(clean, 'utf8');
	if (clean.trim() === '') {
		return {ok: false, reason: 'empty', bytes};
	}

	if (bytes > maxBytes) {
		return {ok: false, reason: 'too-large', bytes};
	}

	const base64 = Buffer.from(clean, 'utf8').toString('base64');
	switch (detectMultiplexer(env)) {
		case 'tmux': {
			return {ok: true, sequence: forTmux(base64), bytes};
		}

		case 'screen': {
			return {ok: true, sequence: forScreen(base64), bytes};
		}

		case 'none': {
			return {ok: true, sequence: osc52(base64), bytes};
		}
	}
}

/**
 * False where OSC 52 cannot reach a clipboard, so the app can say so instead
 * of pretending: no terminal on stdout, TERM=dumb, the Linux console (no
 * clipboard), no TERM at all (outside Windows Terminal), and terminals known
 * to ignore OSC 52 when not inside tmux or screen (VTE-based ones such as GNOME
 * Terminal, and Apple Terminal). Elsewhere it may still be switched off in the
 * terminal's settings; there is no portable way to ask.
 */
export function clipboardSupport(env: Env, {isTTY}: {readonly isTTY: boolean}): boolean {
	if (!isTTY) {
		return false;
	}

	const term = env['TERM'];
	if (term === undefined || term === '') {
		return isSet(env['WT_SESSION']);
	}

	if (term === 'dumb' || term === 'linux') {
		return false;
	}

	if (detectMultiplexer(env) !== 'none') {
		// tmux and screen keep their own paste buffer and may forward to the outer terminal.
		return true;
	}

	return !isSet(env['VTE_VERSION']) && env['TERM_PROGRAM'] !== 'Apple_Terminal';
}

export type CopyOutcome = 'copied' | 'unavailable' | 'empty' | 'too-large';

/**
 * Copies through `write` (stdout; the sequence draws nothing, so it can go
 * straight out beside Ink's frames). The outcome chooses the status message.
 * 'copied' means sent: OSC 52 has no acknowledgement.
 */
export function copyToClipboard(text: string, {env, isTTY, write, maxBytes}: {
	readonly env: Env;
	readonly isTTY: boolean;
	readonly write: (data: string) => void;
	readonly maxBytes?: number;
}): CopyOutcome {
	if (!clipboardSupport(env, {isTTY})) {
		return 'unavailable';
	}

	const result = clipboardSequence(text, {env, maxBytes});
	if (!result.ok) {
		return result.reason;
	}

	write(result.sequence);
	return 'copied';
}
