import {Text} from 'ink';
import type {VisualLine} from '../../core/layout/index.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';

type Props = {
	readonly line: VisualLine;
	/** Style names applied to every run (e.g. `title`). */
	readonly base?: readonly string[];
};

/**
 * One laid-out line, run by run, styled by the active theme. The text is
 * already cut to the width, so no wrapping happens here; `truncate-end` is
 * only a safety net.
 */
export function VisualLineView({line, base = []}: Props) {
	const {theme} = useUi();
	return (
		<Text wrap="truncate-end" {...themeStyle(theme, base)}>
			{line.runs.map((run, index) => (
				// Runs never reorder within a line, so their position is a stable key.
				<Text key={index} {...themeStyle(theme, run.styles)}>
					{run.text}
				</Text>
			))}
		</Text>
	);
}
