import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import type {Article} from '../../core/articles/index.js';
import {styleFor} from '../components/run-style.js';
import type {ListGeometry} from '../geometry.js';
import {HelpOverlay} from '../help/help-overlay.js';
import {bindingFor, keyLabel} from '../keys.js';
import type {TextSettings} from '../text/fit-line.js';
import {ArticleRow, ListRowsContext, type ListRowsContextValue, RowIndicator} from './article-row.js';
import {ListStatus} from './list-status.js';
import {articleRow, countWidths, indicatorWidth, listColumns, type ListMarks} from './row-model.js';

type Props = {
	readonly articles: readonly Article[];
	readonly warnings: readonly string[];
	readonly selection: number;
	readonly top: number;
	readonly geometry: ListGeometry;
	readonly columns: number;
	readonly help: boolean;
	readonly settings: TextSettings;
	readonly color: boolean;
	/** Bookmark count and reading progress per article id, shown after the paragraph count. */
	readonly marks?: ListMarks | undefined;
};

function EmptyLibrary({color}: {readonly color: boolean}) {
	const quitKey = bindingFor('close').keys[0];
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end" {...styleFor(['title'], color)}>
				No articles to read.
			</Text>
			<Text wrap="truncate-end">{`Press ${quitKey ? keyLabel(quitKey) : 'Ctrl+C'} to quit.`}</Text>
		</Box>
	);
}

/**
 * The article list. Selection and scrolling live in the app's reducer (with bounds
 * and paging that ink-select-input does not have); ink-select-input draws the window
 * of rows on screen, with its own input turned off, remounted when the selection moves.
 */
export function ListScreen({articles, warnings, selection, top, geometry, columns, help, settings, color, marks}: Props) {
	const height = geometry.listHeight;
	const first = Math.max(0, Math.min(top, articles.length - 1));
	const window = articles.slice(first, first + height);
	const widths = useMemo(() => listColumns(articles, columns, marks), [articles, columns, marks]);
	const counts = useMemo(() => countWidths(articles, marks), [articles, marks]);
	const context = useMemo<ListRowsContextValue>(
		() => ({
			rows: new Map(window.map((article, offset) => [String(first + offset), articleRow(article, widths, settings, marks, counts)])),
			columns: widths,
			indicator: indicatorWidth(columns),
			color,
		}),
		// The window's contents are fully determined by these.
		[articles, first, height, widths, settings, columns, color, marks, counts],
	);
	const items = window.map((article, offset) => ({key: String(first + offset), label: String(first + offset), value: first + offset}));
	const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
	return (
		<Box flexDirection="column" width={columns}>
			{geometry.header ? (
				<Text wrap="truncate-end">
					<Text {...styleFor(['heading'], color)}>qari</Text>
					{`  ${count}`}
				</Text>
			) : null}
			<Box flexDirection="column" height={height} overflow="hidden">
				{help ? (
					<HelpOverlay height={height} width={columns} color={color} />
				) : articles.length === 0 ? (
					<EmptyLibrary color={color} />
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
			{geometry.statusLine ? <ListStatus warnings={warnings} width={columns} settings={settings} color={color} /> : null}
		</Box>
	);
}
