import {Text} from 'ink';
import {createContext, useContext} from 'react';
import {VisualLineView} from '../components/visual-line.js';
import {styleFor} from '../components/run-style.js';
import {padding} from '../text/fit-line.js';
import {type ArticleRowModel, type ListColumns, listColumnGap} from './row-model.js';

/**
 * ink-select-input hands its item component only `label` and `isSelected`, so the
 * laid-out rows travel by context, keyed by label (the article's index).
 */
export type ListRowsContextValue = {
	readonly rows: ReadonlyMap<string, ArticleRowModel>;
	readonly columns: ListColumns;
	readonly indicator: number;
	readonly color: boolean;
};

export const ListRowsContext = createContext<ListRowsContextValue>({
	rows: new Map(),
	columns: {title: 0, count: 0, id: 0},
	indicator: 0,
	color: false,
});

type IndicatorProps = {readonly isSelected?: boolean};

export function RowIndicator({isSelected = false}: IndicatorProps) {
	const {indicator, color} = useContext(ListRowsContext);
	if (indicator === 0) {
		return null;
	}

	return (
		<Text wrap="truncate-end" {...styleFor(['marker'], color)}>
			{(isSelected ? '❯' : ' ').padEnd(indicator)}
		</Text>
	);
}

type ItemProps = {readonly isSelected?: boolean; readonly label: string};

export function ArticleRow({isSelected = false, label}: ItemProps) {
	const {rows, columns, indicator, color} = useContext(ListRowsContext);
	const row = rows.get(label);
	if (!row) {
		return null;
	}

	// Without an indicator column the selected row is shown in reverse video.
	const selected = isSelected ? styleFor(indicator === 0 ? ['status'] : ['selected'], color) : {};
	const gap = ' '.repeat(listColumnGap);
	return (
		<Text wrap="truncate-end">
			<Text {...selected}>
				<VisualLineView line={row.title} color={color} />
				{padding(row.title, columns.title)}
			</Text>
			{row.count === '' ? '' : `${gap}${row.count}`}
			{row.id ? (
				<Text {...styleFor(['muted'], color)}>
					{gap}
					<VisualLineView line={row.id} color={color} />
				</Text>
			) : (
				''
			)}
		</Text>
	);
}
