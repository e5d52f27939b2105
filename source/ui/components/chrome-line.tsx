import {Text} from 'ink';
import type {StyleRange} from '../../core/layout/index.js';
import {fitLine, padding, type TextSettings} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import {VisualLineView} from './visual-line.js';

type Props = {
	/** Interface text (logical order); in the Arabic interface it reads right to left. */
	readonly text: string;
	readonly width: number;
	readonly settings: TextSettings;
	/** Style names for the whole line. */
	readonly styles?: readonly string[];
	readonly ranges?: readonly StyleRange[];
	/** Pad an LTR line to `width` too (RTL lines always come padded). */
	readonly fill?: boolean;
};

/**
 * A line of the interface's own text (hints, counts, messages) through the
 * layout engine in the interface direction: Arabic chrome is shaped, reordered
 * and right-aligned even when it starts with a Latin key letter, which `auto`
 * would lay out left to right.
 */
export function ChromeLine({text, width, settings, styles = [], ranges = [], fill = false}: Props) {
	const {translator, theme} = useUi();
	const line = fitLine(text, width, settings, translator.direction, ranges);
	return (
		<Text wrap="truncate-end" {...themeStyle(theme, styles)}>
			<VisualLineView line={line} />
			{fill && translator.direction === 'ltr' ? padding(line, width) : ''}
		</Text>
	);
}
