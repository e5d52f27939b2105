import {describe, expect, it} from 'vitest';
import {sanitizeText} from '../../../source/core/articles/index.js';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

/** True when `text` holds any C0 control, DEL, C1 control or ESC. */
const hasControl = (text: string) => /[\x00-\x1f\x7f-\x9f]/.test(text);

describe('sanitizeText', () => {
	it('removes CSI colour sequences whole, parameters included', () => {
		const result = sanitizeText(`plain ${ESC}[1;31mred${ESC}[0m ${ESC}[38;5;208morange${ESC}[m`);
		expect(result).toBe('plain red orange');
	});

	it('removes cursor movement and private-mode CSI sequences', () => {
		expect(sanitizeText(`a${ESC}[2J${ESC}[H${ESC}[?25lb${ESC}[10;20Hc`)).toBe('abc');
	});

	it('removes an OSC 8 hyperlink but keeps the link text', () => {
		const link = `${ESC}]8;;https://evil.example/${ST}click here${ESC}]8;;${ST}`;
		expect(sanitizeText(`see ${link}!`)).toBe('see click here!');
	});

	it('removes an OSC window title terminated by BEL', () => {
		expect(sanitizeText(`before${ESC}]0;pwned title${BEL}after`)).toBe('beforeafter');
	});

	it('removes an OSC window title terminated by ST', () => {
		expect(sanitizeText(`before${ESC}]2;pwned title${ST}after`)).toBe('beforeafter');
	});

	it('removes DCS and APC strings (e.g. terminal graphics)', () => {
		expect(sanitizeText(`x${ESC}P1$r0m${ST}y${ESC}_Gf=100;AAAA${ST}z`)).toBe('xyz');
	});

	it('ends an unterminated OSC at the next control character', () => {
		expect(sanitizeText(`a${ESC}]0;never ends`)).toBe('a');
		expect(sanitizeText(`a${ESC}]0;cut\nnext line`)).toBe('a next line');
	});

	it('removes other ESC sequences and a bare ESC', () => {
		expect(sanitizeText(`reset${ESC}c charset${ESC}(B save${ESC}7`)).toBe('reset charset save');
		expect(sanitizeText(`lonely ${ESC}`)).toBe('lonely ');
		expect(sanitizeText(`قبل${ESC}بعد`)).toBe('قبلبعد');
	});

	it('removes C1 controls, treating U+009B as CSI and U+009D as OSC', () => {
		expect(sanitizeText('a\u009b31mb')).toBe('ab');
		expect(sanitizeText('a\u009d0;title\u009cb')).toBe('ab');
		expect(sanitizeText('a\u0090payload\u009cb')).toBe('ab');
		expect(sanitizeText('a\u0080\u0081\u0099b')).toBe('ab');
	});

	it('removes DEL and the remaining C0 controls', () => {
		expect(sanitizeText('a\x7fb\x00c\x07d\x08e\x1bf')).toBe('abcde');
		expect(sanitizeText('bell\x07 null\x00 backspace\x08')).toBe('bell null backspace');
	});

	it('expands a tab to four spaces and turns line-breaking controls into spaces', () => {
		expect(sanitizeText('a\tb')).toBe('a    b');
		expect(sanitizeText('one\ntwo\r\nthree\fcour\u2028five')).toBe('one two  three cour five');
	});

	it('keeps bidi controls, ALM and ZWJ/ZWNJ', () => {
		const bidi = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
		const joiners = 'می\u200cخواهم \u200d';
		expect(sanitizeText(bidi + joiners)).toBe(bidi + joiners);
	});

	it('leaves ordinary text, including Arabic and runs of spaces, unchanged', () => {
		const text = '  مرحبا   بالعالم — Hello, world! 123  ';
		expect(sanitizeText(text)).toBe(text);
	});

	it('never lets a control character through, whatever the input', () => {
		// Every C0/C1 control and DEL, after ESC and CSI/OSC introducers, in every position.
		const controls = Array.from({length: 0xa0}, (_, code) => String.fromCharCode(code)).filter(c => hasControl(c));
		for (const control of controls) {
			for (const prefix of ['', ESC, `${ESC}[`, `${ESC}]`, '\u009b']) {
				expect(hasControl(sanitizeText(`x${prefix}${control}y${control}`))).toBe(false);
			}
		}
	});
});
