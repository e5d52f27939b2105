import {Box, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import type {BidiMode} from './core/layout/index.js';
import type {Library} from './core/library/index.js';
import {resolveBookmarks, type Store} from './core/store/index.js';
import {BookmarksScreen} from './ui/bookmarks/bookmarks-screen.js';
import {bookmarkEntries} from './ui/bookmarks/entries.js';
import {readingMarks} from './ui/bookmarks/reading-marks.js';
import {useStore} from './ui/bookmarks/use-store.js';
import {listGeometry, readerGeometry, usableTextWidth} from './ui/geometry.js';
import {helpView} from './ui/help/help-view.js';
import {useKeys} from './ui/hooks/use-keys.js';
import {useLibrary, useOpenArticle, useTitleFilter} from './ui/hooks/use-library.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {listHeader, progressLabel, searchedLabel} from './ui/list/library-status.js';
import {ListScreen} from './ui/list/list-screen.js';
import {createMeasure} from './ui/measure.js';
import {ReaderScreen} from './ui/reader/reader-screen.js';
import {articleMatches, noMatches} from './ui/search/article-matches.js';
import {QueryLine} from './ui/search/query-line.js';
import {SearchScreen} from './ui/search/search-screen.js';
import {useSearch} from './ui/search/use-search.js';
import {bookmarkedBlocks, DEFAULT_TEXT_WIDTH, initialStateAt, reduce} from './ui/state/index.js';
import type {TextSettings} from './ui/text/fit-line.js';
import {useUi} from './ui/ui-context.js';

export type AppProps = {
	/**
	 * The articles, followed as they load: the list shows every title at once,
	 * paragraphs and the search index fill in behind it. Load warnings: the
	 * list's status line shows the first one and how many there are.
	 */
	readonly library: Library;
	/** Passed to the layout engine. */
	readonly bidi: BidiMode;
	readonly shape: boolean;
	/** Bookmarks and reading positions; without one (tests, a store that failed) nothing is kept. */
	readonly store?: Store | undefined;
	/** The widest the reader lays text out at start, in columns (80 when not given); `+` and `-` change it. */
	readonly textWidth?: number | undefined;
	/** Told each new width `+` or `-` sets, to remember it for the next start. */
	readonly rememberTextWidth?: ((width: number) => void) | undefined;
};

/**
 * The interactive reader. State lives in a pure reducer (source/ui/state); keys
 * map to commands through the active key table (ui/hooks/use-keys.ts), each
 * handed a measure of the current layout; this component follows the library
 * and draws. Language, theme and key table come from the UiProvider around it.
 */
export default function App({library, bidi, shape, store, textWidth = DEFAULT_TEXT_WIDTH, rememberTextWidth}: AppProps) {
	const {exit} = useApp();
	const {translator, bindings} = useUi();
	// The line under the title of an article not read (yet), in the interface language.
	const placeholders = useMemo(
		() => ({loading: translator.t('status.loading'), couldNotBeRead: translator.t('reader.couldNotBeRead')}),
		[translator],
	);
	const size = useTerminalSize();
	const settings = useMemo<TextSettings>(() => ({bidi, shape}), [bidi, shape]);
	const {snapshot, source, idWidth} = useLibrary(library);
	const {articles, warnings, progress} = snapshot;
	// Start on the article read last, if it is in the library (order and ids are fixed at open).
	const [state, dispatch] = useReducer(reduce, undefined, () => {
		const last = store?.lastArticle();
		const index = last === undefined ? -1 : articles.findIndex(article => article.id === last);
		return initialStateAt(createMeasure(source, size, settings, articles.length, textWidth, placeholders), Math.max(0, index), textWidth);
	});
	// Kept while reading too: [ and ] go through the filtered rows, and the selection stays a row of them.
	const listRows = useTitleFilter(library, state.listFilter);
	const rowCount = listRows?.length ?? articles.length;
	// The measure outlives snapshots: it reads the library's latest and re-measures an article once it has loaded.
	// With the terminal's usable text width, which `+` does not go past (ui/state/text-width.ts).
	const measure = useMemo(
		() => ({...createMeasure(source, size, settings, rowCount, state.textWidth, placeholders), textArea: usableTextWidth(size)}),
		[source, size, settings, rowCount, state.textWidth, placeholders],
	);
	const storeActions = useStore(store, articles, state.reader, dispatch);
	const viewFilter = state.bookmarksView?.filter;
	// The bookmarks view draws exactly the reducer's list, anchored in the loaded articles (as store.resolve does).
	const entries = useMemo(
		() => (viewFilter === undefined ? [] : bookmarkEntries(resolveBookmarks(state.bookmarks, articles), articles, viewFilter)),
		[viewFilter, state.bookmarks, articles],
	);

	// A new measure means a new size, new layout options or a new filter: re-anchor the views.
	const measured = useRef(measure);
	useEffect(() => {
		if (measured.current !== measure) {
			measured.current = measure;
			dispatch({type: 'resize', measure});
		}
	}, [measure]);

	// + and - changed the width: remembered for the next start (the caller debounces the writes).
	const widthAtStart = useRef(state.textWidth);
	useEffect(() => {
		if (state.textWidth !== widthAtStart.current) {
			rememberTextWidth?.(state.textWidth);
		}
	}, [state.textWidth, rememberTextWidth]);

	useEffect(() => {
		if (state.quit) {
			exit();
		}
	}, [state.quit, exit]);

	const searched = useSearch(library, progress.indexed, state.search, dispatch);

	const {reader} = state;
	useOpenArticle(library, snapshot, reader?.article, measure, dispatch);
	const article = reader ? articles[reader.article] : undefined;
	const marked = useMemo(
		() => (article ? bookmarkedBlocks(state.bookmarks, article.id) : undefined),
		[article, state.bookmarks],
	);
	// Recomputed when the screen changes, so the list shows positions saved while reading.
	const listMarks = useMemo(
		() => (store ? readingMarks(articles, state.bookmarks, store) : undefined),
		[store, articles, state.bookmarks, state.screen],
	);
	// The last search's matches in the open article: highlighted, and where n and N go.
	const matches = useMemo(
		() => (article && state.lastQuery !== undefined ? articleMatches(article, state.lastQuery) : noMatches),
		[article, state.lastQuery],
	);

	const articleAt = useCallback((index: number) => library.getSnapshot().articles[index], [library]);
	// The overlay's size where it is drawn: the reader's body, or the list's rows.
	const helpHeight = state.screen === 'reader' ? readerGeometry(size, state.textWidth).bodyHeight : listGeometry(size).listHeight;
	const help = state.help ? helpView(bindings, translator, size.columns, helpHeight) : undefined;
	useKeys({state, measure, bindings, matchBlocks: matches.blocks, entries, listRows, articleAt, helpView: help}, dispatch, storeActions);

	const geometry = readerGeometry(size, state.textWidth);
	const jumping = state.jump !== undefined && geometry.statusBar;

	const coverage = searchedLabel(searched, progress) || (state.search?.status === 'indexing' ? progressLabel(progress) : '');
	return (
		<Box flexDirection="column" width={size.columns} height={size.rows} overflow="hidden">
			{state.bookmarksView ? (
				<BookmarksScreen
					view={state.bookmarksView}
					entries={entries}
					columns={size.columns}
					rows={size.rows}
					settings={settings}
					notice={state.notice}
				/>
			) : state.search ? (
				<SearchScreen search={state.search} coverage={coverage} columns={size.columns} rows={size.rows} settings={settings} />
			) : reader && article ? (
				<>
					<ReaderScreen
						article={article}
						reader={reader}
						view={measure.reader(reader.article)}
						// The `:` line takes the status bar's row while it is open.
						geometry={jumping ? {...geometry, statusBar: false} : geometry}
						columns={size.columns}
						help={state.help}
						helpTop={state.helpTop}
						settings={settings}
						highlights={matches.styles}
						notice={state.notice}
						bookmarked={marked}
					/>
					{jumping ? (
						<QueryLine
							query={state.jump ?? ''}
							width={size.columns}
							settings={settings}
							prompt={translator.t('jump.prompt')}
							placeholder={translator.t('jump.placeholder')}
						/>
					) : null}
				</>
			) : (
				<ListScreen
					articles={articles}
					rows={listRows}
					header={listHeader(progress, listRows?.length)}
					filter={state.listFilter}
					idWidth={idWidth}
					warnings={warnings}
					selection={state.selection}
					top={state.listTop}
					geometry={listGeometry(size)}
					columns={size.columns}
					help={state.help}
					helpTop={state.helpTop}
					settings={settings}
					marks={listMarks}
				/>
			)}
		</Box>
	);
}
