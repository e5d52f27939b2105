import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {arabicLayoutKeys, latinKeyFor, latinKeysFor} from '../../source/ui/keyboard-layout.js';
import {commandsForInput, noKey} from '../../source/ui/keys.js';

type FixtureKey = {readonly key: string; readonly arabic: ReadonlyArray<string | null>; readonly latin: ReadonlyArray<string | null>};
type Fixture = {readonly basic: readonly FixtureKey[]; readonly digits: readonly FixtureKey[]};

// The layout as xkeyboard-config defines it (see tests/fixtures/keyboard/NOTICE.md).
const xkb = JSON.parse(readFileSync(new URL('../fixtures/keyboard/xkb-ara.json', import.meta.url), 'utf8')) as Fixture;

/** What Windows' Arabic (101) types where xkb differs: lam-alef as two code points, and ‘ on Shift+U. */
const windowsOnly: ReadonlyArray<readonly [string, string]> = [
	['لا', 'b'],
	['لآ', 'B'],
	['لأ', 'G'],
	['لإ', 'T'],
	['\u2018', 'U'],
];

const isAscii = (text: string) => /^[\u0020-\u007E]+$/u.test(text);

function xkbPairs(): Array<[arabic: string, latin: string, where: string]> {
	return [...xkb.basic, ...xkb.digits].flatMap(({key, arabic, latin}) =>
		[0, 1].flatMap(level => {
			const typed = arabic[level];
			const position = latin[level];
			return typed && position ? [[typed, position, `${key} level ${level + 1}`] as [string, string, string]] : [];
		}));
}

describe('Arabic keyboard layout', () => {
	it('reads every non-ASCII character of the xkb Arabic layout as the Latin key at its position', () => {
		const pairs = xkbPairs().filter(([arabic]) => !isAscii(arabic));
		expect(pairs.length).toBeGreaterThan(60);
		for (const [arabic, latin, where] of pairs) {
			expect(latinKeyFor(arabic), `${where}: ${arabic}`).toBe(latin);
		}
	});

	it('maps nothing that the layouts do not type there', () => {
		const known = new Map([...xkbPairs().filter(([arabic]) => !isAscii(arabic)).map(([arabic, latin]) => [arabic, latin] as const), ...windowsOnly]);
		expect(new Map(arabicLayoutKeys)).toEqual(known);
	});

	it('leaves ASCII alone: what the Arabic layout types as ASCII is what the user typed', () => {
		for (const [arabic] of xkbPairs().filter(([typed]) => isAscii(typed))) {
			expect(latinKeyFor(arabic), arabic).toBeUndefined();
		}

		expect(latinKeyFor('j')).toBeUndefined();
	});

	it('reads the keys of the reader commands', () => {
		expect(latinKeyFor('ت')).toBe('j');
		expect(latinKeyFor('ن')).toBe('k');
		expect(latinKeyFor('ض')).toBe('q');
		expect(latinKeyFor('ى')).toBe('n');
		expect(latinKeyFor('آ')).toBe('N');
		expect(latinKeyFor('ل')).toBe('g');
		expect(latinKeyFor('ظ')).toBe('/');
		expect(latinKeyFor('؟')).toBe('?');
		expect(latinKeyFor('ج')).toBe('[');
		expect(latinKeyFor('د')).toBe(']');
	});

	it('reads lam-alef, one ligature (xkb) or two code points (Windows), as b, and its shifted forms as G, B, T', () => {
		expect(latinKeyFor('\uFEFB')).toBe('b');
		expect(latinKeyFor('\u0644\u0627')).toBe('b');
		expect(latinKeyFor('\uFEF7')).toBe('G');
		expect(latinKeyFor('\u0644\u0623')).toBe('G');
		expect(latinKeyFor('\uFEF5')).toBe('B');
		expect(latinKeyFor('\u0644\u0622')).toBe('B');
		expect(latinKeyFor('\uFEF9')).toBe('T');
		expect(latinKeyFor('\u0644\u0625')).toBe('T');
	});

	it('is undefined for anything but exactly one key', () => {
		expect(latinKeyFor('')).toBeUndefined();
		expect(latinKeyFor('تت')).toBeUndefined();
		expect(latinKeyFor('لال')).toBeUndefined();
		expect(latinKeyFor('א')).toBeUndefined();
	});
});

describe('latinKeysFor (a chunk of keys typed together)', () => {
	it('translates each key, lam-alef pairs as one key', () => {
		expect(latinKeysFor('تتلا')).toBe('jjb');
		expect(latinKeysFor('لاتن')).toBe('bjk');
		expect(latinKeysFor('للا')).toBe('gb');
		expect(latinKeysFor('لأن')).toBe('Gk');
		expect(latinKeysFor('ﻻﻻ')).toBe('bb');
		expect(latinKeysFor('ل')).toBe('g');
	});

	it('keeps characters that are not Arabic layout keys', () => {
		expect(latinKeysFor('jتk')).toBe('jjk');
		expect(latinKeysFor('\r')).toBe('\r');
		expect(latinKeysFor('ت😀')).toBe('j😀');
		expect(latinKeysFor('')).toBe('');
	});

	it('turns Arabic key presses into the key table\'s commands', () => {
		expect(commandsForInput(latinKeysFor('تتلا'), noKey)).toEqual(['next', 'next', 'bookmark']);
		expect(commandsForInput(latinKeysFor('آى'), noKey)).toEqual(['previousMatch', 'nextMatch']);
		expect(commandsForInput(latinKeyFor('؟') ?? '', noKey)).toEqual(['help']);
		expect(commandsForInput(latinKeyFor('ض') ?? '', noKey)).toEqual(['close']);
	});
});
