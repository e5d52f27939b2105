import {Text} from 'ink';
import stringWidth from 'string-width';
import {VisualLineView} from '../components/visual-line.js';
import type {Translator} from '../i18n/index.js';
import type {ActiveBinding} from '../keymap.js';
import {commandHint, hintLine} from '../text/key-labels.js';
import {emptyLine, fitLine, type TextSettings} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';

type Props = {
	readonly warnings: readonly string[];
	readonly width: number;
	readonly settings: TextSettings;
};

export function listHints(bindings: readonly ActiveBinding[], translator: Translator): string {
	return hintLine((['open', 'filter', 'help', 'close'] as const).map(command => commandHint(bindings, command, translator)));
}

/** `⚠ first (+2 more)`: the warnings themselves come from core, in English. */
export function warningSummary(warnings: readonly string[], {t}: Translator): string {
	const [first] = warnings;
	if (first === undefined) {
		return '';
	}

	return warnings.length > 1 ? t('warning.more', {warning: first, count: warnings.length - 1}) : t('warning.one', {warning: first});
}

/**
 * Bottom line of the list: the first load warning (and how many more), then
 * key hints; mirrored in the Arabic interface (hints at the left).
 */
export function ListStatus({warnings, width, settings}: Props) {
	const {translator, theme, bindings} = useUi();
	const rtl = translator.direction === 'rtl';
	const hintsText = listHints(bindings, translator);
	const summary = warningSummary(warnings, translator);
	const hintsWidth = stringWidth(hintsText);
	// A warning keeps up to 30 cells before the hints give way to it.
	const showHints = hintsWidth + (summary === '' ? 0 : 2 + Math.min(30, stringWidth(summary))) <= width;
	const warningWidth = width - (showHints ? hintsWidth + 2 : 0);
	// Warnings name files, which may be in any script: through the layout engine, cut to fit.
	const warning = summary === '' ? emptyLine : fitLine(summary, warningWidth, settings, translator.direction);
	const hints = showHints ? fitLine(hintsText, hintsWidth, settings, translator.direction) : emptyLine;
	const gap = ' '.repeat(Math.max(0, width - warning.width - hints.width));
	const warningView = (
		<Text {...themeStyle(theme, ['warning'])}>
			<VisualLineView line={warning} />
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
