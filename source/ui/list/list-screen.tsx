import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import type {Article} from '../../core/articles/index.js';
import {ChromeLine} from '../components/chrome-line.js';
import type {ListGeometry} from '../geometry.js';
import {HelpOverlay} from '../help/help-overlay.js';
import type {TextSettings} from '../text/fit-line.js';
import {firstKeyLabel} from '../text/key-labels.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import {ArticleRow, ListRowsContext, type ListRowsContextValue, RowIndicator} from './article-row.js';
import {FilterLine} from './filter-line.js';
import type {Label} from './library-status.js';
import {ListStatus} from './list-status.js';
import {articleRow, countWidths, indicatorWidth, listColumns, type ListMarks} from './row-model.js';

type Props = {
	readonly articles: readonly Article[];
	/** The article index of each row while the list is filtered; undefined: every article. */
	readonly rows?: readonly number[] | undefined;
	/** After the name in the header: `10,000 articles · indexing 43%`. */
	readonly header: Label;
	/** The filter line's text while it is open. */
	readonly filter?: string | undefined;
	/** The widest id (see idWidth), measured once per library. */
	readonly idWidth: number;
	readonly warnings: readonly string[];
	readonly selection: number;
	readonly top: number;
	readonly geometry: ListGeometry;
	readonly columns: number;
	readonly help: boolean;
	/** The first help entry shown while the overlay is scrolled (state.helpTop). */
	readonly helpTop?: number | undefined;
	readonly settings: TextSettings;
	/** Bookmark count and reading progress per article id, shown after the paragraph count. */
	readonly marks?: ListMarks | undefined;
};

function EmptyLibrary({width, settings}: {readonly width: number; readonly settings: TextSettings}) {
	const {translator, bindings} = useUi();
	const quitKey = firstKeyLabel(bindings, 'close', translator) || translator.t('key.ctrl', {key: 'C'});
	return (
		<Box flexDirection="column">
			<ChromeLine text={translator.t('list.empty')} width={width} settings={settings} styles={['title']} />
			<ChromeLine text={translator.t('list.pressToQuit', {key: quitKey})} width={width} settings={settings} />
		</Box>
	);
}

/** `qari  3 articles`; in Arabic `قارئ  ٣ مقالات` from the right edge. */
function Header({header, width, settings}: {readonly header: Label; readonly width: number; readonly settings: TextSettings}) {
	const {translator, theme} = useUi();
	const name = translator.t('app.name');
	if (translator.direction === 'rtl') {
		return <ChromeLine text={`${name}  ${header(translator)}`} width={width} settings={settings} ranges={[{start: 0, end: name.length, style: 'heading'}]} />;
	}

	return (
		<Text wrap="truncate-end">
			<Text {...themeStyle(theme, ['heading'])}>{name}</Text>
			{`  ${header(translator)}`}
		</Text>
	);
}

/**
 * The article list. Selection and scrolling live in the app's reducer (with bounds
 * and paging that ink-select-input does not have); ink-select-input draws the window
 * of rows on screen, with its own input turned off, remounted when the selection moves.
 */
export function ListScreen({articles, rows, header, filter, idWidth, warnings, selection, top, geometry, columns, help, helpTop, settings, marks}: Props) {
	const height = geometry.listHeight;
	const count = rows?.length ?? articles.length;
	const first = Math.max(0, Math.min(top, count - 1));
	// Only the rows on screen are laid out: a keystroke costs a screenful, whatever the library's size.
	const window = Array.from({length: Math.max(0, Math.min(height, count - first))}, (_, offset) => {
		const row = first + offset;
		return {row, index: rows ? rows[row] ?? 0 : row};
	});
	const counts = useMemo(() => countWidths(articles, marks), [articles, marks]);
	const widths = useMemo(() => listColumns(articles, columns, marks, {counts, id: idWidth}), [articles, columns, marks, counts, idWidth]);
	const context = useMemo<ListRowsContextValue>(
		() => ({
			rows: new Map(window.flatMap(({row, index}) => {
				const article = articles[index];
				return article ? [[String(row), articleRow(article, widths, settings, marks, counts)] as const] : [];
			})),
			columns: widths,
			indicator: indicatorWidth(columns),
		}),
		// The window's contents are fully determined by these.
		[articles, rows, first, height, widths, settings, columns, marks, counts],
	);
	const {translator} = useUi();
	const items = window.map(({row}) => ({key: String(row), label: String(row), value: row}));
	return (
		<Box flexDirection="column" width={columns}>
			{geometry.header ? (
				<Header header={header} width={columns} settings={settings} />
			) : null}
			<Box flexDirection="column" height={height} overflow="hidden">
				{help ? (
					<HelpOverlay height={height} top={helpTop} width={columns} settings={settings} />
				) : articles.length === 0 ? (
					<EmptyLibrary width={columns} settings={settings} />
				) : count === 0 ? (
					<ChromeLine text={translator.t('list.noMatch')} width={columns} settings={settings} styles={['muted']} />
				) : (
					<ListRowsContext.Provider value={context}>
						<SelectInput
							key={`${first}:${selection}`}
							items={items}
							initialIndex={Math.max(0, Math.min(selection - first, items.length - 1))}
							limit={height}
							isFocused={false}
							indicatorComponent={RowIndicator}
							itemComponent={ArticleRow}
						/>
					</ListRowsContext.Provider>
				)}
			</Box>
			{filter !== undefined && geometry.statusLine ? (
				<FilterLine text={filter} width={columns} settings={settings} />
			) : geometry.statusLine ? <ListStatus warnings={warnings} width={columns} settings={settings} /> : null}
		</Box>
	);
}
