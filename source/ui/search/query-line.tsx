import {Text} from 'ink';
import stringWidth from 'string-width';
import {layoutParagraph, type VisualLine} from '../../core/layout/index.js';
import {VisualLineView} from '../components/visual-line.js';
import {emptyLine, type TextSettings} from '../text/fit-line.js';
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

/**
 * The query as typed, laid out like any paragraph (so Arabic reads right to
 * left, shaped), its last line when it is too long. The cursor sits where the
 * next letter goes: left of RTL text (right-aligned), right of LTR text.
 */
export function QueryLine({query, width, settings, prompt: givenPrompt, placeholder}: Props) {
	const {translator, theme, bindings} = useUi();
	const prompt = givenPrompt ?? `${commandKeysLabel(bindings, 'search', translator)} `;
	const hint = placeholder ?? translator.t('search.placeholder');
	const room = Math.max(1, width - stringWidth(prompt) - 1);
	const layout = layoutParagraph(query, {width: room, bidi: settings.bidi, shape: settings.shape, direction: 'auto'});
	const last = layout.lines.at(-1) ?? emptyLine;
	// In `terminal` mode the terminal reorders the row itself: text stays in logical order, cursor after it.
	const rtl = layout.direction === 'rtl' && settings.bidi === 'app';
	const line = rtl ? withoutLeftPadding(last) : last;
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
