/**
 * How style names carried by layout runs (and a few the UI adds) look on screen.
 * Without colour (NO_COLOR) only attributes are used: bold, inverse, underline.
 */
export type TextStyle = {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
};

type StylePair = {readonly color: TextStyle; readonly plain: TextStyle};

const styles: Readonly<Record<string, StylePair>> = {
	title: {color: {bold: true}, plain: {bold: true}},
	/** A search match. */
	match: {color: {backgroundColor: 'yellow', color: 'black'}, plain: {inverse: true}},
	/** The match the search is currently on. */
	current: {color: {backgroundColor: 'magenta', color: 'white', bold: true}, plain: {inverse: true, bold: true}},
	focus: {color: {color: 'cyan'}, plain: {underline: true}},
	selected: {color: {color: 'cyan', bold: true}, plain: {inverse: true}},
	marker: {color: {color: 'cyan'}, plain: {bold: true}},
	muted: {color: {dimColor: true}, plain: {dimColor: true}},
	status: {color: {inverse: true}, plain: {inverse: true}},
	warning: {color: {color: 'yellow'}, plain: {bold: true}},
	heading: {color: {color: 'cyan', bold: true}, plain: {bold: true}},
};

/** Merged style for a set of names; unknown names are ignored. */
export function styleFor(names: readonly string[], color: boolean): TextStyle {
	let merged: TextStyle = {};
	for (const name of names) {
		const pair = styles[name];
		if (pair) {
			merged = {...merged, ...(color ? pair.color : pair.plain)};
		}
	}

	return merged;
}
