import {Text} from 'ink';
import stringWidth from 'string-width';
import {VisualLineView} from '../components/visual-line.js';
import {styleFor} from '../components/run-style.js';
import {hintFor} from '../keys.js';
import {emptyLine, fitLine, type TextSettings} from '../text/fit-line.js';

type Props = {
	readonly warnings: readonly string[];
	readonly width: number;
	readonly settings: TextSettings;
	readonly color: boolean;
};

export function listHints(): string {
	return [hintFor('open'), hintFor('filter'), hintFor('help'), hintFor('close')].join('  ');
}

export function warningSummary(warnings: readonly string[]): string {
	const [first] = warnings;
	if (first === undefined) {
		return '';
	}

	return warnings.length > 1 ? `⚠ ${first} (+${warnings.length - 1} more)` : `⚠ ${first}`;
}

/** Bottom line of the list: the first load warning (and how many more), then key hints. */
export function ListStatus({warnings, width, settings, color}: Props) {
	const hints = listHints();
	const summary = warningSummary(warnings);
	const hintsWidth = stringWidth(hints);
	// A warning keeps up to 30 cells before the hints give way to it.
	const showHints = hintsWidth + (summary === '' ? 0 : 2 + Math.min(30, stringWidth(summary))) <= width;
	const warningWidth = width - (showHints ? hintsWidth + 2 : 0);
	// Warnings name files, which may be in any script: through the layout engine, cut to fit.
	const warning = summary === '' ? emptyLine : fitLine(summary, warningWidth, settings, 'ltr');
	const gap = ' '.repeat(Math.max(0, width - warning.width - (showHints ? hintsWidth : 0)));
	return (
		<Text wrap="truncate-end">
			<Text {...styleFor(['warning'], color)}>
				<VisualLineView line={warning} color={color} />
			</Text>
			{showHints ? <Text {...styleFor(['muted'], color)}>{`${gap}${hints}`}</Text> : ''}
		</Text>
	);
}
