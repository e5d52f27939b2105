/**
 * Colour themes for the style names layout runs and screens use (the names of
 * components/run-style.ts). `dark` is qari's original palette; `light` swaps the
 * colours that vanish on a white background (cyan, yellow text); `auto` picks
 * one from COLORFGBG. Without colour every style is made of bold, underline,
 * inverse and dim only, so the focused paragraph and the search matches stay
 * visible on any terminal.
 */
import type {TextStyle} from './components/run-style.js';

export type StyleName = 'title' | 'match' | 'current' | 'focus' | 'selected' | 'marker' | 'muted' | 'status' | 'warning' | 'heading';
export type ThemeName = 'dark' | 'light';
export type ThemePreference = ThemeName | 'auto';

export const styleNames: readonly StyleName[] = ['title', 'match', 'current', 'focus', 'selected', 'marker', 'muted', 'status', 'warning', 'heading'];

type Palette = Readonly<Record<StyleName, TextStyle>>;

export type Theme = {
	/** `plain` when colour is off. */
	readonly name: ThemeName | 'plain';
	readonly styles: Palette;
};

const dark: Palette = {
	title: {bold: true},
	match: {backgroundColor: 'yellow', color: 'black'},
	current: {backgroundColor: 'magenta', color: 'white', bold: true},
	focus: {color: 'cyan'},
	selected: {color: 'cyan', bold: true},
	marker: {color: 'cyan'},
	muted: {dimColor: true},
	status: {inverse: true},
	warning: {color: 'yellow'},
	heading: {color: 'cyan', bold: true},
};

const light: Palette = {
	title: {bold: true},
	match: {backgroundColor: 'yellow', color: 'black'},
	current: {backgroundColor: 'magenta', color: 'white', bold: true},
	focus: {color: 'blue'},
	selected: {color: 'blue', bold: true},
	marker: {color: 'blue'},
	muted: {dimColor: true},
	status: {inverse: true},
	warning: {color: 'red'},
	heading: {color: 'blue', bold: true},
};

/** No colour: attributes only. Match and current differ (bold), focus is underlined. */
const plain: Palette = {
	title: {bold: true},
	match: {inverse: true},
	current: {inverse: true, bold: true},
	focus: {underline: true},
	selected: {inverse: true},
	marker: {bold: true},
	muted: {dimColor: true},
	status: {inverse: true},
	warning: {bold: true},
	heading: {bold: true},
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour is on unless `--no-color` (flag false) or NO_COLOR is set to a
 * non-empty value (https://no-color.org). `--color` (flag true) overrides NO_COLOR.
 */
export function resolveColor({flag, env}: {readonly flag?: boolean | undefined; readonly env: Env}): boolean {
	if (flag !== undefined) {
		return flag;
	}

	const noColor = env['NO_COLOR'];
	return noColor === undefined || noColor === '';
}

/**
 * COLORFGBG is `fg;bg` (rxvt, Konsole, some others; `fg;default;bg` in a few).
 * Background colours 0–6 and 8 are dark, 7 and 9–15 light, as in Vim's check.
 * Anything else, or no variable: dark, the common terminal default.
 */
export function detectBackground(env: Env): ThemeName {
	const value = env['COLORFGBG'];
	const background = value?.split(';').at(-1);
	if (background === undefined || !/^\d{1,2}$/u.test(background)) {
		return 'dark';
	}

	const code = Number(background);
	return code === 7 || (code >= 9 && code <= 15) ? 'light' : 'dark';
}

export function resolveThemeName(preference: ThemePreference, env: Env): ThemeName {
	return preference === 'auto' ? detectBackground(env) : preference;
}

export function createTheme({preference, color, env}: {readonly preference: ThemePreference; readonly color: boolean; readonly env: Env}): Theme {
	if (!color) {
		return {name: 'plain', styles: plain};
	}

	const name = resolveThemeName(preference, env);
	return {name, styles: name === 'light' ? light : dark};
}

function isStyleName(name: string): name is StyleName {
	return (styleNames as readonly string[]).includes(name);
}

/** Merged style for a set of names, later names winning; unknown names are ignored (as in styleFor). */
export function themeStyle(theme: Theme, names: readonly string[]): TextStyle {
	let merged: TextStyle = {};
	for (const name of names) {
		if (isStyleName(name)) {
			merged = {...merged, ...theme.styles[name]};
		}
	}

	return merged;
}
