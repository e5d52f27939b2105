import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {styleFor} from '../components/run-style.js';
import {VisualLineView} from '../components/visual-line.js';
import {hintFor, keyLabel, bindingFor} from '../keys.js';
import {QueryLine} from '../search/query-line.js';
import type {BookmarksViewState} from '../state/index.js';
import {fitLine, padding, type TextSettings} from '../text/fit-line.js';
import type {BookmarkEntry} from './entries.js';

/** Rows per bookmark: title and date, paragraph, note. */
export const ENTRY_ROWS = 3;
const INDENT = 2;

type Props = {
	readonly view: BookmarksViewState;
	readonly entries: readonly BookmarkEntry[];
	readonly columns: number;
	readonly rows: number;
	readonly settings: TextSettings;
	readonly color: boolean;
	readonly notice: string | undefined;
};

function firstKey(command: Parameters<typeof bindingFor>[0]): string {
	const stroke = bindingFor(command).keys[0];
	return stroke ? keyLabel(stroke) : '';
}

/** ` / filter  Enter open  d delete  u undo  e note  Esc back`, from the key table. */
function hints(): string {
	return [
		`${firstKey('search')} filter`,
		hintFor('open'),
		`${firstKey('deleteBookmark')} delete`,
		`${firstKey('undoDelete')} undo`,
		`${firstKey('editNote')} note`,
		`${firstKey('back')} back`,
	].join('  ');
}

/** One line of text through the layout engine, RTL right-aligned in its `width` cells. */
function Line({text, width, settings, color, styles = []}: {
	readonly text: string;
	readonly width: number;
	readonly settings: TextSettings;
	readonly color: boolean;
	readonly styles?: readonly string[];
}) {
	const line = fitLine(text, width, settings);
	return (
		<Text {...styleFor(styles, color)}>
			<VisualLineView line={line} color={color} />
			{padding(line, width)}
		</Text>
	);
}

function Entry({entry, selected, editing, note, columns, settings, color}: {
	readonly entry: BookmarkEntry;
	readonly selected: boolean;
	readonly editing: boolean;
	readonly note: string;
	readonly columns: number;
	readonly settings: TextSettings;
	readonly color: boolean;
}) {
	const date = entry.bookmark.createdAt.slice(0, 10);
	const width = Math.max(1, columns - INDENT);
	const titleWidth = Math.max(1, width - stringWidth(date) - 2);
	const indent = ' '.repeat(INDENT);
	return (
		<Box flexDirection="column" height={ENTRY_ROWS}>
			<Text wrap="truncate-end">
				<Text {...styleFor(['marker'], color)}>{selected ? '❯ ' : indent}</Text>
				<Line text={entry.title} width={titleWidth} settings={settings} color={color} styles={selected ? ['selected'] : ['title']} />
				<Text {...styleFor(['muted'], color)}>{`  ${date}`}</Text>
			</Text>
			<Text wrap="truncate-end">
				{indent}
				{entry.pending ? (
					<Line text={`¶ ${(entry.paragraph ?? 0) + 1}  loading…  ${entry.text}`} width={width} settings={settings} color={color} styles={['muted']} />
				) : entry.found ? (
					<Line text={`¶ ${(entry.paragraph ?? 0) + 1}  ${entry.text}`} width={width} settings={settings} color={color} />
				) : (
					<Line text={`paragraph not found: ${entry.text}`} width={width} settings={settings} color={color} styles={['warning']} />
				)}
			</Text>
			<Text wrap="truncate-end">
				{indent}
				{editing ? (
					<QueryLine query={note} width={width} settings={settings} color={color} />
				) : entry.note === '' ? (
					''
				) : (
					<Line text={entry.note} width={width} settings={settings} color={color} styles={['muted']} />
				)}
			</Text>
		</Box>
	);
}

/** Every bookmark, newest first; the filter line on top while filtering. */
export function BookmarksScreen({view, entries, columns, rows, settings, color, notice}: Props) {
	const showFilter = view.mode === 'filter' || view.filter !== '';
	const listRows = Math.max(0, rows - 2 - (showFilter ? 1 : 0));
	const fits = Math.max(1, Math.floor(listRows / ENTRY_ROWS));
	const selected = Math.max(0, Math.min(view.selected, entries.length - 1));
	const top = Math.max(0, selected - fits + 1);
	const count = `${entries.length} bookmark${entries.length === 1 ? '' : 's'}`;
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<Text wrap="truncate-end">
				<Text {...styleFor(['heading'], color)}>Bookmarks</Text>
				{`  ${count}`}
			</Text>
			{showFilter ? <QueryLine query={view.filter} width={columns} settings={settings} color={color} /> : null}
			<Box flexDirection="column" height={listRows} overflow="hidden">
				{entries.length === 0 ? (
					<Text wrap="truncate-end">{view.filter === '' ? 'No bookmarks yet: b in the reader adds one.' : 'No bookmark matches.'}</Text>
				) : (
					entries.slice(top, top + fits).map((entry, offset) => (
						<Entry
							key={entry.id}
							entry={entry}
							selected={top + offset === selected}
							editing={view.mode === 'note' && view.noteFor === entry.id}
							note={view.note}
							columns={columns}
							settings={settings}
							color={color}
						/>
					))
				)}
			</Box>
			<Text wrap="truncate-end" {...styleFor(['status'], color)}>
				{` ${notice ?? hints()}`.padEnd(columns)}
			</Text>
		</Box>
	);
}
