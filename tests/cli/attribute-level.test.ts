import {describe, expect, it} from 'vitest';
import {attributeLevel, levelWithoutFlags} from '../../source/cli/attribute-level.js';

const tty = {isTTY: true, platform: 'linux' as const};

describe('the attribute level after --no-color (chalk read the flag as "nothing at all")', () => {
	it('is what the terminal supports without the flag, as under NO_COLOR', () => {
		expect(attributeLevel(0, false, {TERM: 'xterm-256color'}, tty)).toBe(2);
		expect(attributeLevel(0, false, {TERM: 'screen'}, tty)).toBe(1);
		expect(attributeLevel(0, false, {TERM: 'vt100', COLORTERM: 'truecolor'}, tty)).toBe(3);
		expect(attributeLevel(0, false, {TERM: 'unknown', COLORTERM: 'yes'}, tty)).toBe(1);
		expect(attributeLevel(0, false, {TERM: 'unknown'}, tty)).toBe(0);
		expect(attributeLevel(0, false, {TERM: 'dumb'}, tty)).toBe(0);
		expect(attributeLevel(0, false, {TERM: 'xterm'}, {isTTY: false, platform: 'linux'})).toBe(0);
	});

	it('follows FORCE_COLOR as chalk does', () => {
		expect(levelWithoutFlags({TERM: 'xterm', FORCE_COLOR: '0'}, tty)).toBe(0);
		expect(levelWithoutFlags({TERM: 'dumb', FORCE_COLOR: '1'}, tty)).toBe(1);
		expect(levelWithoutFlags({TERM: 'dumb', FORCE_COLOR: ''}, tty)).toBe(1);
	});

	it('leaves the level alone without --no-color', () => {
		expect(attributeLevel(3, undefined, {TERM: 'dumb'}, tty)).toBe(3);
		expect(attributeLevel(1, true, {TERM: 'dumb'}, tty)).toBe(1);
	});
});
