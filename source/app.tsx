import {Box, useApp} from 'ink';
import {useEffect, useMemo, useReducer, useRef} from 'react';
import type {BidiMode} from './core/layout/index.js';
import type {Library} from './core/library/index.js';
import {resolveBookmarks, type Store} from './core/store/index.js';
import {BookmarksScreen} from './ui/bookmarks/bookmarks-screen.js';
import {bookmarkEntries} from './ui/bookmarks/entries.js';
import {readingMarks} from './ui/bookmarks/reading-marks.js';
import {useStore} from './ui/bookmarks/use-store.js';
import {listGeometry, readerGeometry} from './ui/geometry.js';
import {useKeys} from './ui/hooks/use-keys.js';
import {useLibrary, useOpenArticle, useTitleFilter} from './ui/hooks/use-library.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {listHeader, progressLabel, searchedLabel} from './ui/list/library-status.js';
import {ListScreen} from './ui/list/list-screen.js';
import {createMeasure} from './ui/measure.js';
import {ReaderScreen} from './ui/reader/reader-screen.js';
import {articleMatches, noMatches} from './ui/search/article-matches.js';
import {SearchScreen} from './ui/search/search-screen.js';
import {useSearch} from './ui/search/use-search.js';
import {bookmarkedBlocks, initialStateAt, reduce} from './ui/state/index.js';
import type {TextSettings} from './ui/text/fit-line.js';

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
	/** False under NO_COLOR: only bold, inverse, underline and dim are used. */
	readonly color: boolean;
	/** Bookmarks and reading positions; without one (tests, a store that failed) nothing is kept. */
	readonly store?: Store | undefined;
};

/**
 * The interactive reader. State lives in a pure reducer (source/ui/state); keys
 * map to commands through the key table (ui/hooks/use-keys.ts), each handed a
 * measure of the current layout; this component follows the library and draws.
 */
export default function App({library, bidi, shape, color, store}: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const settings = useMemo<TextSettings>(() => ({bidi, shape}), [bidi, shape]);
	const {snapshot, source, idWidth} = useLibrary(library);
	const {articles, warnings, progress} = snapshot;
	// Start on the article read last, if it is in the library (order and ids are fixed at open).
	const [state, dispatch] = useReducer(reduce, undefined, () => {
		const last = store?.lastArticle();
		const index = last === undefined ? -1 : articles.findIndex(article => article.id === last);
		return initialStateAt(createMeasure(source, size, settings, articles.length), Math.max(0, index));
	});
	const listRows = useTitleFilter(library, state.screen === 'list' ? state.listFilter : undefined);
	const rowCount = listRows?.length ?? articles.length;
	// The measure outlives snapshots: it reads the library's latest and re-measures an article once it has loaded.
	const measure = useMemo(() => createMeasure(source, size, settings, rowCount), [source, size, settings, rowCount]);
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

	useKeys({state, measure, matchBlocks: matches.blocks, entries, listRows}, dispatch, storeActions);

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
					color={color}
					notice={state.notice}
				/>
			) : state.search ? (
				<SearchScreen search={state.search} coverage={coverage} columns={size.columns} rows={size.rows} settings={settings} color={color} />
			) : reader && article ? (
				<ReaderScreen
					article={article}
					reader={reader}
					view={measure.reader(reader.article)}
					geometry={readerGeometry(size)}
					columns={size.columns}
					help={state.help}
					settings={settings}
					color={color}
					highlights={matches.styles}
					notice={state.notice}
					bookmarked={marked}
				/>
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
					settings={settings}
					color={color}
					marks={listMarks}
				/>
			)}
		</Box>
	);
}
