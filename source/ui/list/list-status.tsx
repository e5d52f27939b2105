import {Text} from 'ink';
import stringWidth from 'string-width';
import {VisualLineView} from '../components/visual-line.js';
import {type StartupNotice, startupNoticeText, useStartupNotices} from '../hooks/startup-notices.js';
import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import {commandHint, hintLine} from '../text/key-labels.js';
import {emptyLine, fitLine, type TextSettings} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';

type Props = {
	readonly warnings: readonly string[];
	readonly width: number;
	readonly settings: TextSettings;
};

export function listHints(bindings: readonly Binding[], translator: Translator): string {
	return hintLine((['open', 'filter', 'help', 'close'] as const).map(command => commandHint(bindings, command, translator)));
}

/** The load warning, or how many there are when several (each is printed on stderr when qari quits). */
export function warningSummary(warnings: readonly string[], {t}: Translator): string {
	const [first] = warnings;
	if (first === undefined) {
		return '';
	}

	return warnings.length > 1 ? t('warning.fileCount', {count: warnings.length}) : t('warning.one', {warning: first});
}

/**
 * The list's notices, first to last: problems from before the first frame (the
 * config file, key remaps), then the load warnings' summary. The details come
 * from core and the config, in English, inside the interface language's frame.
 */
export function noticePieces(warnings: readonly string[], translator: Translator, startup: readonly StartupNotice[]): string[] {
	const files = warningSummary(warnings, translator);
	return [...startup.map(notice => startupNoticeText(notice, translator)), ...(files === '' ? [] : [files])];
}

const pieceGap = 2;

/** Cells for each piece in `width`: the last (the short file count) whole when it fits, the others in order from what is left. */
export function pieceWidths(widths: readonly number[], width: number): number[] {
	const last = Math.min(widths.at(-1) ?? 0, width);
	let left = width - last - (pieceGap * (widths.length - 1));
	const earlier = widths.slice(0, -1).map(wanted => {
		const given = Math.max(0, Math.min(wanted, left));
		left -= given;
		return given;
	});
	return [...earlier, last];
}

/**
 * Bottom line of the list: its notices (see warningSummary), then key hints; mirrored in the Arabic interface (hints at the left).
 */
export function ListStatus({warnings, width, settings}: Props) {
	const {translator, theme, bindings} = useUi();
	const rtl = translator.direction === 'rtl';
	const hintsText = listHints(bindings, translator);
	const startup = useStartupNotices();
	const pieces = noticePieces(warnings, translator, startup);
	const summaryWidth = pieces.reduce((total, piece) => total + stringWidth(piece), pieceGap * Math.max(0, pieces.length - 1));
	const hintsWidth = stringWidth(hintsText);
	// A warning keeps up to 30 cells before the hints give way to it; a problem with the config file takes the whole line (? still shows the keys).
	const showHints = startup.length === 0 && hintsWidth + (pieces.length === 0 ? 0 : pieceGap + Math.min(30, summaryWidth)) <= width;
	const warningWidth = width - (showHints ? hintsWidth + pieceGap : 0);
	// Each notice is laid out on its own (an English detail must not run into the next one), cut to fit:
	// they name files and settings, which may be in any script.
	const widths = pieceWidths(pieces.map(piece => stringWidth(piece)), warningWidth);
	const lines = pieces
		.map((piece, index) => fitLine(piece, widths[index] ?? 0, settings, translator.direction))
		.filter(line => line.width > 0);
	const inOrder = rtl ? [...lines].reverse() : lines;
	const warningsShown = lines.reduce((total, line) => total + line.width, pieceGap * Math.max(0, lines.length - 1));
	const hints = showHints ? fitLine(hintsText, hintsWidth, settings, translator.direction) : emptyLine;
	const gap = ' '.repeat(Math.max(0, width - warningsShown - hints.width));
	const warningView = (
		<Text {...themeStyle(theme, ['warning'])}>
			{inOrder.map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index}>
					{index > 0 ? ' '.repeat(pieceGap) : ''}
					<VisualLineView line={line} />
				</Text>
			))}
		</Text>
	);
	const hintsView = (
		<Text {...themeStyle(theme, ['muted'])}>
			<VisualLineView line={hints} />
		</Text>
	);
	return rtl ? (
		<Text wrap="truncate-end">
			{hintsView}
			{gap}
			{warningView}
		</Text>
	) : (
		<Text wrap="truncate-end">
			{warningView}
			{showHints ? <Text {...themeStyle(theme, ['muted'])}>{gap}</Text> : ''}
			{hintsView}
		</Text>
	);
}
