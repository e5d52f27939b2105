import {Text} from 'ink';
import stringWidth from 'string-width';
import {layoutParagraph, type VisualLine} from '../../core/layout/index.js';
import {ChromeLine} from '../components/chrome-line.js';
import {VisualLineView} from '../components/visual-line.js';
import {emptyLine, type TextSettings} from '../text/fit-line.js';
import {isolateLtr} from '../text/isolate.js';
import {commandKeysLabel} from '../text/key-labels.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';

type Props = {
	readonly query: string;
	readonly width: number;
	readonly settings: TextSettings;
	/** Before the text; the search key by default. */
	readonly prompt?: string;
	/** Shown dimmed while the text is empty. */
	readonly placeholder?: string;
};

/** An RTL line without the spaces it was padded with on the left. */
function withoutLeftPadding(line: VisualLine): VisualLine {
	const [first, ...rest] = line.runs;
	if (!first || first.styles.length > 0) {
		return line;
	}

	const text = first.text.trimStart();
	const runs = text === '' ? rest : [{...first, text, width: stringWidth(text)}, ...rest];
	return {...line, runs, width: runs.reduce((sum, run) => sum + run.width, 0)};
}

/** The last line of the query, laid out like any paragraph in `room` cells; `rtl` when drawn right to left by qari. */
function queryLine(query: string, room: number, settings: TextSettings): {readonly line: VisualLine; readonly rtl: boolean} {
	const layout = layoutParagraph(query, {width: room, bidi: settings.bidi, shape: settings.shape, direction: 'auto'});
	const last = layout.lines.at(-1) ?? emptyLine;
	// In `terminal` mode the terminal reorders the row itself: text stays in logical order, cursor after it.
	const rtl = layout.direction === 'rtl' && settings.bidi === 'app';
	return {line: rtl ? withoutLeftPadding(last) : last, rtl};
}

/**
 * The Arabic interface's line: mirrored, the prompt key at the right edge.
 * Empty, it is the prompt and the hint as one line of chrome through the
 * layout engine (shaped, right to left, the key isolated so `/` or `:` stay
 * put); with text, the text sits left of the prompt, right-aligned against it.
 */
function RtlQueryLine({query, width, settings, prompt, hint}: {
	readonly query: string;
	readonly width: number;
	readonly settings: TextSettings;
	readonly prompt: string;
	readonly hint: string;
}) {
	const {theme} = useUi();
	if (query === '') {
		const key = isolateLtr(prompt, 'rtl');
		// Logical order: key, the cursor cell, a space, the hint.
		const text = `${key}  ${hint}`;
		const ranges = [
			{start: 0, end: key.length, style: 'heading'},
			{start: key.length, end: key.length + 1, style: 'status'},
			{start: key.length + 2, end: text.length, style: 'muted'},
		];
		return <ChromeLine text={text} width={width} settings={settings} ranges={ranges} />;
	}

	const promptWidth = stringWidth(prompt);
	const room = Math.max(1, width - promptWidth - 2);
	const {line, rtl} = queryLine(query, room, settings);
	const cursor = <Text {...themeStyle(theme, ['status'])}> </Text>;
	const pad = ' '.repeat(Math.max(0, width - promptWidth - 2 - line.width));
	const promptView = <Text {...themeStyle(theme, ['heading'])}>{prompt}</Text>;
	if (settings.bidi !== 'app') {
		// The terminal lays the row out: logical order (prompt first), right-aligned.
		return (
			<Text wrap="truncate-end">
				{pad}
				{promptView}
				{' '}
				<VisualLineView line={line} />
				{cursor}
			</Text>
		);
	}

	return (
		<Text wrap="truncate-end">
			{pad}
			{rtl ? cursor : ''}
			<VisualLineView line={line} />
			{rtl ? '' : cursor}
			{' '}
			{promptView}
		</Text>
	);
}

/**
 * The query as typed, laid out like any paragraph (so Arabic reads right to
 * left, shaped), its last line when it is too long. The cursor sits where the
 * next letter goes: left of RTL text (right-aligned), right of LTR text. The
 * Arabic interface mirrors the line (RtlQueryLine).
 */
export function QueryLine({query, width, settings, prompt: givenPrompt, placeholder}: Props) {
	const {translator, theme, bindings} = useUi();
	const prompt = givenPrompt ?? `${commandKeysLabel(bindings, 'search', translator)} `;
	const hint = placeholder ?? translator.t('search.placeholder');
	if (translator.direction === 'rtl') {
		return <RtlQueryLine query={query} width={width} settings={settings} prompt={prompt.trimEnd()} hint={hint} />;
	}

	const room = Math.max(1, width - stringWidth(prompt) - 1);
	const {line, rtl} = queryLine(query, room, settings);
	const cursor = <Text {...themeStyle(theme, ['status'])}> </Text>;
	const placeholderView = query === '' ? <Text {...themeStyle(theme, ['muted'])}>{` ${hint}`}</Text> : '';
	return (
		<Text wrap="truncate-end">
			<Text {...themeStyle(theme, ['heading'])}>{prompt}</Text>
			{rtl ? ' '.repeat(Math.max(0, room - line.width)) : ''}
			{rtl ? cursor : ''}
			<VisualLineView line={line} />
			{rtl ? '' : cursor}
			{placeholderView}
		</Text>
	);
}
