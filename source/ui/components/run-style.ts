/**
 * How a style name looks on screen: Ink's text attributes. The palettes that
 * map names to these live in ../theme.ts (dark, light, and plain for NO_COLOR).
 */
export type TextStyle = {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
};
