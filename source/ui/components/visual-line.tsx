import {Text} from 'ink';
import type {VisualLine} from '../../core/layout/index.js';
import {styleFor} from './run-style.js';

type Props = {
	readonly line: VisualLine;
	readonly color: boolean;
	/** Style names applied to every run (e.g. `title`). */
	readonly base?: readonly string[];
};

/**
 * One laid-out line, run by run. The text is already cut to the width, so no
 * wrapping happens here; `truncate-end` is only a safety net.
 */
export function VisualLineView({line, color, base = []}: Props) {
	return (
		<Text wrap="truncate-end" {...styleFor(base, color)}>
			{line.runs.map((run, index) => (
				// Runs never reorder within a line, so their position is a stable key.
				<Text key={index} {...styleFor(run.styles, color)}>
					{run.text}
				</Text>
			))}
		</Text>
	);
}
