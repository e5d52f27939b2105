import {Text} from 'ink';
import {createContext, useContext} from 'react';
import {VisualLineView} from '../components/visual-line.js';
import {padding} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import {type ArticleRowModel, type ListColumns, listColumnGap} from './row-model.js';

/**
 * ink-select-input hands its item component only `label` and `isSelected`, so the
 * laid-out rows travel by context, keyed by label (the article's index).
 */
export type ListRowsContextValue = {
	readonly rows: ReadonlyMap<string, ArticleRowModel>;
	readonly columns: ListColumns;
	readonly indicator: number;
};

export const ListRowsContext = createContext<ListRowsContextValue>({
	rows: new Map(),
	columns: {title: 0, count: 0, id: 0},
	indicator: 0,
});

const SELECTED = '❯';
/** The Arabic interface points from the right edge, toward the row it reads. */
const SELECTED_RTL = '❮';

type IndicatorProps = {readonly isSelected?: boolean};

/** ink-select-input's indicator column, at the left; in the Arabic interface ArticleRow draws it at the right instead. */
export function RowIndicator({isSelected = false}: IndicatorProps) {
	const {indicator} = useContext(ListRowsContext);
	const {translator, theme} = useUi();
	if (indicator === 0 || translator.direction === 'rtl') {
		return null;
	}

	return (
		<Text wrap="truncate-end" {...themeStyle(theme, ['marker'])}>
			{(isSelected ? SELECTED : ' ').padEnd(indicator)}
		</Text>
	);
}

type ItemProps = {readonly isSelected?: boolean; readonly label: string};

/**
 * A row: title (padded to its column), paragraph count and marks, id. The
 * Arabic interface mirrors it: id at the left, then count, the title against
 * the right edge and the selection indicator there.
 */
export function ArticleRow({isSelected = false, label}: ItemProps) {
	const {rows, columns, indicator} = useContext(ListRowsContext);
	const {translator, theme} = useUi();
	const row = rows.get(label);
	if (!row) {
		return null;
	}

	const rtl = translator.direction === 'rtl';
	// Without an indicator column the selected row is shown in reverse video.
	const selected = isSelected ? themeStyle(theme, indicator === 0 ? ['status'] : ['selected']) : {};
	const gap = ' '.repeat(listColumnGap);
	const title = (
		<Text {...selected}>
			{rtl ? padding(row.title, columns.title) : ''}
			<VisualLineView line={row.title} />
			{rtl ? '' : padding(row.title, columns.title)}
		</Text>
	);
	const count = row.count === '' ? '' : (rtl ? `${row.count}${gap}` : `${gap}${row.count}`);
	const id = row.id ? (
		<Text {...themeStyle(theme, ['muted'])}>
			{rtl ? '' : gap}
			<VisualLineView line={row.id} />
			{rtl ? gap : ''}
		</Text>
	) : '';
	if (!rtl) {
		return (
			<Text wrap="truncate-end">
				{title}
				{count}
				{id}
			</Text>
		);
	}

	return (
		<Text wrap="truncate-end">
			{id}
			{count}
			{title}
			{indicator === 0 ? '' : <Text {...themeStyle(theme, ['marker'])}>{(isSelected ? SELECTED_RTL : ' ').padStart(indicator)}</Text>}
		</Text>
	);
}
