import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {styleFor} from '../components/run-style.js';
import {helpRows, keyColumnWidth} from './help-rows.js';

type Props = {
	readonly height: number;
	readonly width: number;
	readonly color: boolean;
};

/** The `?` overlay: the key table, drawn in place of the screen's body. */
export function HelpOverlay({height, width, color}: Props) {
	const rows = helpRows();
	const keyWidth = keyColumnWidth(rows);
	// On narrow terminals the description goes under its keys rather than being cut to nothing.
	const stacked = width < keyWidth + 20;
	return (
		<Box flexDirection="column" height={Math.max(1, height)} width={width} overflow="hidden">
			<Box flexShrink={0}>
				<Text wrap="truncate-end" {...styleFor(['heading'], color)}>
					Keys
				</Text>
			</Box>
			{rows.map(row => (
				// Rows must not shrink: the overlay is cut at the bottom, never squeezed.
				<Box key={row.keys} flexShrink={0} flexDirection="column">
					{stacked ? (
						<>
							<Text wrap="truncate-end" {...styleFor(['title'], color)}>
								{row.keys}
							</Text>
							<Text wrap="truncate-end">{`  ${row.description}`}</Text>
						</>
					) : (
						<Text wrap="truncate-end">
							<Text {...styleFor(['title'], color)}>{row.keys}</Text>
							{' '.repeat(keyWidth - stringWidth(row.keys))}
							{row.description}
						</Text>
					)}
				</Box>
			))}
		</Box>
	);
}
