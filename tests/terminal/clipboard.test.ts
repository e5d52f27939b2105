import {describe, expect, it} from 'vitest';
import {
	clipboardSequence,
	clipboardSupport,
	copyToClipboard,
	detectMultiplexer,
	MAX_CLIPBOARD_BYTES,
} from '../../source/terminal/clipboard.js';

const ESC = '\u001B';
const BEL = '\u0007';
const plainEnv = {TERM: 'xterm-256color'};

function sequenceFor(text: string, env: Record<string, string> = plainEnv, maxBytes?: number): string {
	const result = clipboardSequence(text, {env, maxBytes});
	if (!result.ok) {
		throw new Error(`refused: ${result.reason}`);
	}

	return result.sequence;
}

/** The text inside one bare OSC 52 sequence. */
function decodeOsc52(sequence: string): string {
	const match = new RegExp(`^${ESC}\\]52;c;([A-Za-z0-9+/=]*)${BEL}$`, 'u').exec(sequence);
	if (!match?.[1]) {
		throw new Error(`not an OSC 52 sequence: ${JSON.stringify(sequence)}`);
	}

	return Buffer.from(match[1], 'base64').toString('utf8');
}

describe('clipboardSequence', () => {
	it('is OSC 52 with the UTF-8 text in base64, in logical order', () => {
		const text = 'قال المسؤول إن 25 شخصاً (Reuters) وصلوا.';
		const sequence = sequenceFor(text);
		expect(sequence.startsWith(`${ESC}]52;c;`)).toBe(true);
		expect(decodeOsc52(sequence)).toBe(text);
		expect(sequence).toBe(`${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`);
	});

	it('keeps harakat, ZWJ and bidi marks but strips escape sequences and controls', () => {
		expect(decodeOsc52(sequenceFor('بِسْمِ\u200D \u200Fok'))).toBe('بِسْمِ\u200D \u200Fok');
		expect(decodeOsc52(sequenceFor(`safe${ESC}]52;c;ZXZpbA==${BEL} text${ESC}[31m red\u009B2J`))).toBe('safe text red');
		expect(decodeOsc52(sequenceFor('a\tb\nc'))).toBe('a    b c');
	});

	it('refuses text over the cap, counted in UTF-8 bytes', () => {
		const arabic = 'ب'.repeat(MAX_CLIPBOARD_BYTES / 2);
		expect(clipboardSequence(arabic, {env: plainEnv}).ok).toBe(true);
		expect(clipboardSequence(`${arabic}ب`, {env: plainEnv})).toEqual({ok: false, reason: 'too-large', bytes: MAX_CLIPBOARD_BYTES + 2});
		expect(clipboardSequence('abcdef', {env: plainEnv, maxBytes: 5})).toEqual({ok: false, reason: 'too-large', bytes: 6});
	});

	it('refuses empty text (it would clear the clipboard)', () => {
		expect(clipboardSequence(' \u0007 ', {env: plainEnv})).toMatchObject({ok: false, reason: 'empty'});
	});

	it('inside tmux sends the bare sequence and a DCS passthrough with every ESC doubled', () => {
		const text = 'مرحبا tmux';
		const bare = sequenceFor(text);
		const sequence = sequenceFor(text, {TERM: 'tmux-256color', TMUX: '/tmp/tmux-0/default,1,0'});
		expect(sequence.startsWith(bare)).toBe(true);
		const passthrough = sequence.slice(bare.length);
		expect(passthrough.startsWith(`${ESC}Ptmux;`)).toBe(true);
		expect(passthrough.endsWith(`${ESC}\\`)).toBe(true);
		const inner = passthrough.slice(`${ESC}Ptmux;`.length, -2);
		expect(inner).toBe(bare.replaceAll(ESC, ESC + ESC));
		expect(decodeOsc52(inner.replaceAll(ESC + ESC, ESC))).toBe(text);
	});

	it('inside screen splits the payload into DCS strings screen passes through', () => {
		const text = 'ن'.repeat(200);
		const sequence = sequenceFor(text, {TERM: 'screen', STY: '123.pts-0.host'});
		const pieces = sequence.split(`${ESC}\\`).filter(piece => piece !== '');
		expect(pieces.length).toBeGreaterThan(1);
		for (const piece of pieces) {
			expect(piece.startsWith(`${ESC}P`)).toBe(true);
			expect(piece.length).toBeLessThanOrEqual(2 + 7 + 76 + 1);
		}

		const joined = pieces.map(piece => piece.slice(2)).join('');
		expect(decodeOsc52(joined)).toBe(text);
	});
});

describe('detectMultiplexer', () => {
	it('tells tmux, screen and neither apart', () => {
		expect(detectMultiplexer({TMUX: '/tmp/x,1,0', TERM: 'screen-256color'})).toBe('tmux');
		expect(detectMultiplexer({STY: '1.pts', TERM: 'screen'})).toBe('screen');
		expect(detectMultiplexer({TERM: 'screen.xterm-256color'})).toBe('screen');
		expect(detectMultiplexer({TERM: 'xterm-kitty', TMUX: ''})).toBe('none');
	});
});

describe('clipboardSupport', () => {
	it('needs a terminal', () => {
		expect(clipboardSupport(plainEnv, {isTTY: false})).toBe(false);
		expect(clipboardSupport(plainEnv, {isTTY: true})).toBe(true);
	});

	it.each([
		[{TERM: 'dumb'}, false],
		[{TERM: 'linux'}, false],
		[{}, false],
		[{WT_SESSION: 'abc'}, true],
		[{TERM: 'xterm-256color', VTE_VERSION: '7600'}, false],
		[{TERM: 'xterm-256color', TERM_PROGRAM: 'Apple_Terminal'}, false],
		[{TERM: 'tmux-256color', TMUX: '/tmp/t,1,0', VTE_VERSION: '7600'}, true],
		[{TERM: 'xterm-kitty'}, true],
		[{TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app'}, true],
	])('%j → %s', (env, supported) => {
		expect(clipboardSupport(env, {isTTY: true})).toBe(supported);
	});
});

describe('copyToClipboard', () => {
	it('writes the sequence and says copied', () => {
		const written: string[] = [];
		expect(copyToClipboard('نص', {env: plainEnv, isTTY: true, write: data => written.push(data)})).toBe('copied');
		expect(written.map(data => decodeOsc52(data))).toEqual(['نص']);
	});

	it('writes nothing where it cannot work, or when the text is refused', () => {
		const written: string[] = [];
		const write = (data: string): void => {
			written.push(data);
		};

		expect(copyToClipboard('نص', {env: {TERM: 'dumb'}, isTTY: true, write})).toBe('unavailable');
		expect(copyToClipboard('نص', {env: plainEnv, isTTY: false, write})).toBe('unavailable');
		expect(copyToClipboard('x'.repeat(11), {env: plainEnv, isTTY: true, write, maxBytes: 10})).toBe('too-large');
		expect(copyToClipboard('', {env: plainEnv, isTTY: true, write})).toBe('empty');
		expect(written).toEqual([]);
	});
});
