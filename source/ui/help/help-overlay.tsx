import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {ChromeLine} from '../components/chrome-line.js';
import type {TextSettings} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import type {Translator} from '../i18n/index.js';
import {type HelpWindow, helpWindow} from '../state/index.js';
import {type HelpRow, helpRows, keyColumnWidth} from './help-rows.js';
import {helpView} from './help-view.js';

type Props = {
	readonly height: number;
	/** The first entry shown (state.helpTop); clamped here to what fits. */
	readonly top?: number;
	readonly width: number;
	/** How the Arabic interface's rows are laid out (bidi mode, shaping). */
	readonly settings: TextSettings;
};

type RowProps = {
	readonly row: HelpRow;
	readonly keyWidth: number;
	readonly width: number;
	readonly stacked: boolean;
	readonly settings: TextSettings;
};

/** English: keys, then the description, as plain text. */
function LtrRow({row, keyWidth, stacked}: RowProps) {
	const {theme} = useUi();
	const keys = <Text {...themeStyle(theme, ['title'])}>{row.keys}</Text>;
	return stacked ? (
		<>
			<Text wrap="truncate-end">{keys}</Text>
			<Text wrap="truncate-end">{`  ${row.description}`}</Text>
		</>
	) : (
		<Text wrap="truncate-end">
			{keys}
			{' '.repeat(keyWidth - stringWidth(row.keys))}
			{row.description}
		</Text>
	);
}

/**
 * Arabic: the row read right to left through the layout engine, the keys at the
 * right edge (bold) and the description to their left, right-aligned.
 */
function RtlRow({row, keyWidth, width, stacked, settings}: RowProps) {
	const keysRange = [{start: 0, end: row.keys.length, style: 'title'}];
	if (stacked) {
		return (
			<>
				<ChromeLine text={row.keys} width={width} settings={settings} ranges={keysRange} />
				<ChromeLine text={row.description} width={width} settings={settings} />
			</>
		);
	}

	const text = `${row.keys}${' '.repeat(keyWidth - stringWidth(row.keys))}${row.description}`;
	return <ChromeLine text={text} width={width} settings={settings} ranges={keysRange} />;
}

/** `↓ more` when entries are hidden below, `↑ more` above, `↑↓ more` both ways; '' when all show. */
function moreText(window: HelpWindow, translator: Translator): string {
	if (window.above && window.below) {
		return translator.t('help.moreBoth');
	}

	if (window.below) {
		return translator.t('help.moreBelow');
	}

	return window.above ? translator.t('help.moreAbove') : '';
}

/**
 * The `?` overlay: the active key table, drawn in place of the screen's body,
 * from entry `top` (the moving keys scroll it: state/help-scroll.ts).
 */
export function HelpOverlay({height, top = 0, width, settings}: Props) {
	const {translator, theme, bindings} = useUi();
	const rows = helpRows(bindings, translator);
	const view = helpView(bindings, translator, width, Math.max(1, height));
	const window = helpWindow(view, top);
	// On narrow terminals the description goes under its keys rather than being cut to nothing.
	const stacked = view.rowsPerEntry > 1;
	const keyWidth = keyColumnWidth(rows);
	const more = moreText(window, translator);
	const Row = translator.direction === 'rtl' ? RtlRow : LtrRow;
	return (
		<Box flexDirection="column" height={Math.max(1, height)} width={width} overflow="hidden">
			<Box flexShrink={0}>
				{translator.direction === 'rtl' ? (
					<ChromeLine text={translator.t('help.heading')} width={width} settings={settings} styles={['heading']} />
				) : (
					<Text wrap="truncate-end" {...themeStyle(theme, ['heading'])}>
						{translator.t('help.heading')}
					</Text>
				)}
			</Box>
			{rows.slice(window.top, window.top + window.count).map(row => (
				// Rows must not shrink: the overlay is cut at the bottom, never squeezed.
				<Box key={row.keys} flexShrink={0} flexDirection="column">
					<Row row={row} keyWidth={keyWidth} width={width} stacked={stacked} settings={settings} />
				</Box>
			))}
			{more === '' ? null : (
				<Box flexShrink={0}>
					<ChromeLine text={more} width={width} settings={settings} styles={['muted']} />
				</Box>
			)}
		</Box>
	);
}
