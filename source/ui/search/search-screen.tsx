import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {paragraphDirection} from '../../core/layout/index.js';
import type {SearchResult} from '../../core/search/index.js';
import {ChromeLine} from '../components/chrome-line.js';
import {VisualLineView} from '../components/visual-line.js';
import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import type {Label} from '../list/library-status.js';
import type {SearchState} from '../state/index.js';
import {fitLine, padding, type TextSettings} from '../text/fit-line.js';
import {isolateLtr} from '../text/isolate.js';
import {commandHint, firstKeyLabel, hintLine} from '../text/key-labels.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import {matchStyles} from './article-matches.js';
import {QueryLine} from './query-line.js';
import {snippetAround} from './snippet.js';

type Props = {
	readonly search: SearchState;
	/** While the library is still indexing: how much the results cover (`searched 4,210 of 10,000 articles — indexing 43%`). */
	readonly coverage?: Label | '' | undefined;
	readonly columns: number;
	readonly rows: number;
	readonly settings: TextSettings;
};

/** Rows each result takes: its title line and its snippet line. */
const RESULT_ROWS = 2;
const INDENT = 2;

export function resultCount(search: SearchState, {t}: Translator): string {
	switch (search.status) {
		case 'indexing': {
			return t('search.indexing');
		}

		case 'searching': {
			return t('search.searching');
		}

		default: {
			if (search.query.trim() === '') {
				return '';
			}

			const count = search.results.length;
			return count === 0 ? t('search.noResults') : t('search.results', {count});
		}
	}
}

function searchHints(bindings: readonly Binding[], translator: Translator): string {
	const keys = firstKeyLabel(bindings, 'previous', translator) + firstKeyLabel(bindings, 'next', translator);
	const move = isolateLtr(keys, translator.direction);
	return hintLine([
		move === '' ? '' : translator.t('hint.format', {key: move, action: translator.t('hint.select')}),
		commandHint(bindings, 'open', translator),
		commandHint(bindings, 'back', translator),
	]);
}

type ResultProps = {
	readonly result: SearchResult;
	readonly selected: boolean;
	readonly width: number;
	readonly settings: TextSettings;
};

/**
 * A result: `❯ title  ¶ N`, then the snippet around its best match with the
 * match highlighted. The Arabic interface mirrors the row: the marker at the
 * right edge, `¶ N` (laid out right to left) at the left of the title.
 */
function ResultRows({result, selected, width, settings}: ResultProps) {
	const {translator, theme} = useUi();
	const rtl = translator.direction === 'rtl';
	// `¶ N` isolated like the reader's `¶ N/M`, so it reads the same way in both.
	const whereText = result.paragraph === 0
		? translator.t('search.inTitle')
		: isolateLtr(translator.t('search.paragraph', {number: result.paragraph}), translator.direction);
	const where = fitLine(whereText, stringWidth(whereText), settings, translator.direction);
	const textWidth = Math.max(1, width - INDENT);
	const titleWidth = Math.max(1, textWidth - where.width - 1);
	const titleStyles = result.paragraph === 0 ? matchStyles(result.matches) : [];
	const title = fitLine(result.title, titleWidth, settings, 'auto', titleStyles);
	const snippet = snippetAround(result.text, result.matches, textWidth * 2);
	const body = fitLine(snippet.text, textWidth, settings, paragraphDirection(result.text), snippet.styles);
	const marker = <Text {...themeStyle(theme, ['marker'])}>{selected ? (rtl ? ' ❮' : '❯ ') : '  '}</Text>;
	const whereView = (
		<Text {...themeStyle(theme, ['muted'])}>
			<VisualLineView line={where} />
		</Text>
	);
	const titleView = <VisualLineView line={title} base={selected ? ['selected'] : ['title']} />;
	return (
		<Box flexDirection="column">
			{rtl ? (
				<Text wrap="truncate-end">
					{whereView}
					{' '}
					{padding(title, titleWidth)}
					{titleView}
					{marker}
				</Text>
			) : (
				<Text wrap="truncate-end">
					{marker}
					{titleView}
					{' '}
					{whereView}
				</Text>
			)}
			<Text wrap="truncate-end">
				{rtl ? '' : ' '.repeat(INDENT)}
				{rtl ? padding(body, textWidth) : ''}
				<VisualLineView line={body} />
			</Text>
		</Box>
	);
}

/** The search screen: query line, result count, results (the selected one kept in view), key hints. */
export function SearchScreen({search, columns, rows, settings, coverage}: Props) {
	const {translator, bindings} = useUi();
	const chrome = rows >= 4 ? 3 : 1;
	const visible = Math.max(1, Math.floor((rows - chrome) / RESULT_ROWS));
	const first = Math.max(0, Math.min(search.selected - visible + 1, search.results.length - visible));
	const shown = search.results.slice(first, first + visible);
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<QueryLine query={search.query} width={columns} settings={settings} />
			{chrome > 1 ? (
				<ChromeLine
					text={[resultCount(search, translator), coverage ? coverage(translator) : ''].filter(Boolean).join(' · ')}
					width={columns}
					settings={settings}
					styles={['muted']}
				/>
			) : null}
			<Box flexDirection="column" height={Math.max(1, rows - chrome)} overflow="hidden">
				{shown.map((result, offset) => (
					<ResultRows
						key={`${result.articleIndex}:${result.paragraph}`}
						result={result}
						selected={first + offset === search.selected}
						width={columns}
						settings={settings}
					/>
				))}
			</Box>
			{chrome > 1 ? <ChromeLine text={searchHints(bindings, translator)} width={columns} settings={settings} styles={['muted']} /> : null}
		</Box>
	);
}
