import {describe, expect, it} from 'vitest';
import {parseKeyName, sameKey} from '../../../source/core/config/index.js';

describe('parseKeyName', () => {
	it.each([
		['j', {input: 'j'}],
		['G', {input: 'G'}],
		['?', {input: '?'}],
		['[', {input: '['}],
		['ت', {input: 'ت'}],
		['space', {input: ' '}],
		['enter', {special: 'return'}],
		['Return', {special: 'return'}],
		['esc', {special: 'escape'}],
		['ESCAPE', {special: 'escape'}],
		['up', {special: 'upArrow'}],
		['down', {special: 'downArrow'}],
		['left', {special: 'leftArrow'}],
		['right', {special: 'rightArrow'}],
		['pageup', {special: 'pageUp'}],
		['PgDn', {special: 'pageDown'}],
		['home', {special: 'home'}],
		['end', {special: 'end'}],
		['backspace', {special: 'backspace'}],
		['tab', {special: 'tab'}],
		['ctrl+x', {input: 'x', ctrl: true}],
		['CTRL+N', {input: 'n', ctrl: true}],
	])('%s', (name, key) => {
		expect(parseKeyName(name)).toEqual({ok: true, key});
	});

	it.each([
		['dwn', 'unknown key name "dwn" (did you mean "down"?)'],
		['shift+j', 'unknown key name "shift+j"'],
		['jj', 'unknown key name "jj"'],
		[' ', 'unknown key name " "'],
		['\u0007', 'unknown key name ""'],
		['ctrl+', 'ctrl+ takes a letter a-z, got "ctrl+"'],
		['ctrl+ت', 'ctrl+ takes a letter a-z, got "ctrl+ت"'],
		['', 'empty key name'],
	])('rejects %j', (name, reason) => {
		expect(parseKeyName(name)).toEqual({ok: false, reason});
	});

	it('keeps case for single characters (g and G are different keys)', () => {
		const lower = parseKeyName('g');
		const upper = parseKeyName('G');
		expect(lower.ok && upper.ok && sameKey(lower.key, upper.key)).toBe(false);
	});

	it('compares strokes by kind, text and ctrl', () => {
		expect(sameKey({input: 'n', ctrl: true}, {input: 'n', ctrl: true})).toBe(true);
		expect(sameKey({input: 'n', ctrl: true}, {input: 'n'})).toBe(false);
		expect(sameKey({special: 'tab'}, {special: 'tab'})).toBe(true);
		expect(sameKey({special: 'tab'}, {input: '\t'})).toBe(false);
	});
});
