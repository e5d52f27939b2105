import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {ChromeLine} from '../components/chrome-line.js';
import {VisualLineView} from '../components/visual-line.js';
import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import {QueryLine} from '../search/query-line.js';
import type {BookmarksViewState} from '../state/index.js';
import {type Notice, noticeText} from '../state/notice.js';
import {fitLine, padding, type TextSettings} from '../text/fit-line.js';
import {commandHint, hintLine, keyInText} from '../text/key-labels.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
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
	readonly notice: Notice | undefined;
};

/** ` / filter  Enter open  d delete  u undo  e note  Esc back`, from the active key table. */
function hints(bindings: readonly Binding[], translator: Translator): string {
	return hintLine([
		commandHint(bindings, 'search', translator, 'hint.filter'),
		commandHint(bindings, 'open', translator),
		commandHint(bindings, 'deleteBookmark', translator),
		commandHint(bindings, 'undoDelete', translator),
		commandHint(bindings, 'editNote', translator),
		commandHint(bindings, 'back', translator),
	]);
}

/**
 * One line of text through the layout engine in its own direction, in
 * `width` cells: RTL text right-aligned, LTR text left-aligned, or right-aligned
 * too in the Arabic interface (its rows hang from the right edge).
 */
function Line({text, width, settings, styles = []}: {
	readonly text: string;
	readonly width: number;
	readonly settings: TextSettings;
	readonly styles?: readonly string[];
}) {
	const {theme, translator} = useUi();
	const line = fitLine(text, width, settings);
	const rtl = translator.direction === 'rtl';
	return (
		<Text {...themeStyle(theme, styles)}>
			{rtl ? padding(line, width) : ''}
			<VisualLineView line={line} />
			{rtl ? '' : padding(line, width)}
		</Text>
	);
}

/** The focus marker: at the left pointing right, or in the Arabic interface at the right edge pointing left (as in the list). */
function marker(selected: boolean, rtl: boolean): string {
	if (!selected) {
		return ' '.repeat(INDENT);
	}

	return rtl ? ' ❮' : '❯ ';
}

function Entry({entry, selected, editing, note, columns, settings}: {
	readonly entry: BookmarkEntry;
	readonly selected: boolean;
	readonly editing: boolean;
	readonly note: string;
	readonly columns: number;
	readonly settings: TextSettings;
}) {
	const {translator: {t, direction}, theme} = useUi();
	const rtl = direction === 'rtl';
	const number = (entry.paragraph ?? 0) + 1;
	const date = entry.bookmark.createdAt.slice(0, 10);
	const width = Math.max(1, columns - INDENT);
	const titleWidth = Math.max(1, width - stringWidth(date) - 2);
	const indent = ' '.repeat(INDENT);
	const markerView = <Text {...themeStyle(theme, ['marker'])}>{marker(selected, rtl)}</Text>;
	const title = <Line text={entry.title} width={titleWidth} settings={settings} styles={selected ? ['selected'] : ['title']} />;
	// The Arabic interface mirrors the rows: marker and indent at the right edge, the date at the left.
	return (
		<Box flexDirection="column" height={ENTRY_ROWS}>
			{rtl ? (
				<Text wrap="truncate-end">
					<Text {...themeStyle(theme, ['muted'])}>{`${date}  `}</Text>
					{title}
					{markerView}
				</Text>
			) : (
				<Text wrap="truncate-end">
					{markerView}
					{title}
					<Text {...themeStyle(theme, ['muted'])}>{`  ${date}`}</Text>
				</Text>
			)}
			<Text wrap="truncate-end">
				{rtl ? '' : indent}
				{entry.pending ? (
					<Line text={t('bookmarks.paragraphLoading', {number, text: entry.text})} width={width} settings={settings} styles={['muted']} />
				) : entry.found ? (
					<Line text={t('bookmarks.paragraph', {number, text: entry.text})} width={width} settings={settings} />
				) : (
					<Line text={t('bookmarks.notFound', {text: entry.text})} width={width} settings={settings} styles={['warning']} />
				)}
				{rtl ? indent : ''}
			</Text>
			<Text wrap="truncate-end">
				{rtl ? '' : indent}
				{editing ? (
					<QueryLine query={note} width={width} settings={settings} />
				) : entry.note === '' ? (
					''
				) : (
					<Line text={entry.note} width={width} settings={settings} styles={['muted']} />
				)}
				{rtl && (editing || entry.note !== '') ? indent : ''}
			</Text>
		</Box>
	);
}

/** Every bookmark, newest first; the filter line on top while filtering. */
export function BookmarksScreen({view, entries, columns, rows, settings, notice}: Props) {
	const {translator, theme, bindings} = useUi();
	const {t} = translator;
	const showFilter = view.mode === 'filter' || view.filter !== '';
	const listRows = Math.max(0, rows - 2 - (showFilter ? 1 : 0));
	const fits = Math.max(1, Math.floor(listRows / ENTRY_ROWS));
	const selected = Math.max(0, Math.min(view.selected, entries.length - 1));
	const top = Math.max(0, selected - fits + 1);
	const count = t('bookmarks.count', {count: entries.length});
	const heading = t('bookmarks.heading');
	const status = notice === undefined ? hints(bindings, translator) : noticeText(notice, translator, bindings);
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<ChromeLine
				text={`${heading}  ${count}`}
				width={columns}
				settings={settings}
				ranges={[{start: 0, end: heading.length, style: 'heading'}]}
			/>
			{showFilter ? <QueryLine query={view.filter} width={columns} settings={settings} /> : null}
			<Box flexDirection="column" height={listRows} overflow="hidden">
				{entries.length === 0 ? (
					<ChromeLine
						text={view.filter === '' ? t('bookmarks.empty', {key: keyInText(bindings, 'bookmark', translator)}) : t('bookmarks.noMatch')}
						width={columns}
						settings={settings}
					/>
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
						/>
					))
				)}
			</Box>
			<Text {...themeStyle(theme, ['status'])}>
				{' '}
				<ChromeLine text={status} width={Math.max(0, columns - 2)} settings={settings} fill />
				{' '}
			</Text>
		</Box>
	);
}
