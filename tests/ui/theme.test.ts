import {describe, expect, it} from 'vitest';
import {createTheme, detectBackground, resolveColor, styleNames, themeStyle} from '../../source/ui/theme.js';

const attributesOnly = (style: object): boolean => !('color' in style) && !('backgroundColor' in style);

describe('resolveColor', () => {
	it('is on by default and with an empty NO_COLOR', () => {
		expect(resolveColor({env: {}})).toBe(true);
		expect(resolveColor({env: {NO_COLOR: ''}})).toBe(true);
	});

	it('is off for any non-empty NO_COLOR, including "0"', () => {
		expect(resolveColor({env: {NO_COLOR: '1'}})).toBe(false);
		expect(resolveColor({env: {NO_COLOR: '0'}})).toBe(false);
	});

	it('follows --no-color and --color over NO_COLOR', () => {
		expect(resolveColor({flag: false, env: {}})).toBe(false);
		expect(resolveColor({flag: true, env: {NO_COLOR: '1'}})).toBe(true);
	});
});

describe('auto theme', () => {
	it.each([
		[{COLORFGBG: '0;15'}, 'light'],
		[{COLORFGBG: '0;7'}, 'light'],
		[{COLORFGBG: '15;0'}, 'dark'],
		[{COLORFGBG: '7;8'}, 'dark'],
		[{COLORFGBG: '12;default;0'}, 'dark'],
		[{COLORFGBG: '0;default;15'}, 'light'],
		[{COLORFGBG: '15;default'}, 'dark'],
		[{COLORFGBG: 'garbage'}, 'dark'],
		[{}, 'dark'],
	])('%j → %s', (env, name) => {
		expect(detectBackground(env)).toBe(name);
		expect(createTheme({preference: 'auto', color: true, env}).name).toBe(name);
	});

	it('is not consulted for an explicit theme', () => {
		expect(createTheme({preference: 'dark', color: true, env: {COLORFGBG: '0;15'}}).name).toBe('dark');
		expect(createTheme({preference: 'light', color: true, env: {COLORFGBG: '15;0'}}).name).toBe('light');
	});
});

describe('themes', () => {
	it('dark is qari\'s original palette', () => {
		const dark = createTheme({preference: 'dark', color: true, env: {}});
		expect(themeStyle(dark, ['match'])).toEqual({backgroundColor: 'yellow', color: 'black'});
		expect(themeStyle(dark, ['current'])).toEqual({backgroundColor: 'magenta', color: 'white', bold: true});
		expect(themeStyle(dark, ['focus'])).toEqual({color: 'cyan'});
		expect(themeStyle(dark, ['status'])).toEqual({inverse: true});
	});

	it('light uses no cyan or yellow text, which vanish on white', () => {
		const light = createTheme({preference: 'light', color: true, env: {}});
		// Text on the terminal's own (white) background, i.e. without a background colour of its own.
		const foregrounds = styleNames.map(name => light.styles[name]).filter(style => style.backgroundColor === undefined).map(style => style.color);
		expect(foregrounds.filter(color => color !== undefined).length).toBeGreaterThan(0);
		for (const color of foregrounds) {
			expect(['cyan', 'yellow', 'white']).not.toContain(color);
		}
	});

	it('without colour uses attributes only, whatever the theme', () => {
		for (const preference of ['dark', 'light', 'auto'] as const) {
			const plain = createTheme({preference, color: false, env: {COLORFGBG: '0;15'}});
			expect(plain.name).toBe('plain');
			for (const name of styleNames) {
				expect(attributesOnly(plain.styles[name])).toBe(true);
			}
		}
	});

	it('keeps the focus, matches and the current match visible and distinct without colour', () => {
		const plain = createTheme({preference: 'auto', color: false, env: {}});
		const visible = (style: {bold?: boolean; underline?: boolean; inverse?: boolean}): boolean =>
			style.bold === true || style.underline === true || style.inverse === true;
		for (const name of ['focus', 'match', 'current', 'selected'] as const) {
			expect(visible(plain.styles[name])).toBe(true);
		}

		expect(plain.styles.match).not.toEqual(plain.styles.current);
		// A match inside the focused paragraph keeps both marks.
		expect(themeStyle(plain, ['focus', 'match'])).toEqual({underline: true, inverse: true});
	});

	it('merges names in order and ignores unknown ones', () => {
		const dark = createTheme({preference: 'dark', color: true, env: {}});
		expect(themeStyle(dark, ['focus', 'nonsense', 'current'])).toEqual({color: 'white', backgroundColor: 'magenta', bold: true});
		expect(themeStyle(dark, [])).toEqual({});
	});
});
