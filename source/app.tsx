import {Box, useApp, useInput} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import type {Article} from './core/articles/index.js';
import type {BidiMode} from './core/layout/index.js';
import {resolveBookmarks, type Store} from './core/store/index.js';
import {BookmarksScreen} from './ui/bookmarks/bookmarks-screen.js';
import {bookmarkEntries} from './ui/bookmarks/entries.js';
import {readingMarks} from './ui/bookmarks/reading-marks.js';
import {useStore} from './ui/bookmarks/use-store.js';
import {listGeometry, readerGeometry} from './ui/geometry.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {commandsForInput, typingInput} from './ui/keys.js';
import {ListScreen} from './ui/list/list-screen.js';
import {createMeasure} from './ui/measure.js';
import {ReaderScreen} from './ui/reader/reader-screen.js';
import {articleMatches, noMatches} from './ui/search/article-matches.js';
import {SearchScreen} from './ui/search/search-screen.js';
import {useSearch} from './ui/search/use-search.js';
import {bookmarkedBlocks, initialStateAt, reduce} from './ui/state/index.js';
import type {TextSettings} from './ui/text/fit-line.js';

export type AppProps = {
	readonly articles: readonly Article[];
	/** Load warnings; the list's status line shows the first one and how many there are. */
	readonly warnings: readonly string[];
	/** Passed to the layout engine. */
	readonly bidi: BidiMode;
	readonly shape: boolean;
	/** False under NO_COLOR: only bold, inverse, underline and dim are used. */
	readonly color: boolean;
	/** Bookmarks and reading positions; without one (tests, a store that failed) nothing is kept. */
	readonly store?: Store | undefined;
};

/**
 * The interactive reader. State lives in a pure reducer (source/ui/state); this
 * component maps keys to commands through the key table, hands the reducer a
 * measure of the current layout with every action, and draws.
 */
export default function App({articles, warnings, bidi, shape, color, store}: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const settings = useMemo<TextSettings>(() => ({bidi, shape}), [bidi, shape]);
	const measure = useMemo(() => createMeasure(articles, size, settings), [articles, size, settings]);
	// Start on the article read last, if it is still in the library.
	const [state, dispatch] = useReducer(reduce, undefined, () => {
		const last = store?.lastArticle();
		const index = last === undefined ? -1 : articles.findIndex(article => article.id === last);
		return initialStateAt(measure, Math.max(0, index));
	});
	const {toggleBookmark, resume, deleteBookmark, restoreBookmark, saveNote} = useStore(store, articles, state.reader, dispatch);
	const viewFilter = state.bookmarksView?.filter;
	// The bookmarks view draws exactly the reducer's list, anchored in the loaded articles (as store.resolve does).
	const entries = useMemo(
		() => (viewFilter === undefined ? [] : bookmarkEntries(resolveBookmarks(state.bookmarks, articles), articles, viewFilter)),
		[viewFilter, state.bookmarks, articles],
	);

	// A new measure means a new size or new layout options: re-anchor the views.
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

	useSearch(articles, state.search, dispatch);

	const {reader} = state;
	const article = reader ? articles[reader.article] : undefined;
	// The last search's matches in the open article: highlighted, and where n and N go.
	const marked = useMemo(
		() => (article ? bookmarkedBlocks(state.bookmarks, article.id) : undefined),
		[article, state.bookmarks],
	);
	// Recomputed when the screen changes, so the list shows positions saved while reading.
	const listMarks = useMemo(
		() => (store ? readingMarks(articles, state.bookmarks, store) : undefined),
		[store, articles, state.bookmarks, state.screen],
	);
	const matches = useMemo(
		() => (article && state.lastQuery !== undefined ? articleMatches(article, state.lastQuery) : noMatches),
		[article, state.lastQuery],
	);

	// Read through a ref so a key that arrives before the next render still sees the current screen.
	const current = useRef({typing: false, matchBlocks: noMatches.blocks, state, entries});
	const bookmarksTyping = state.screen === 'bookmarks' && state.bookmarksView?.mode !== 'browse';
	current.current = {typing: state.screen === 'search' || bookmarksTyping, matchBlocks: matches.blocks, state, entries};
	useInput(
		useCallback(
			(input, key) => {
				const {typing, matchBlocks, state: now, entries: shown} = current.current;
				const view = now.screen === 'bookmarks' ? now.bookmarksView : undefined;
				if (typing) {
					const typed = typingInput(input, key);
					if (typed?.kind === 'text') {
						dispatch(view ? {type: 'bookmarksText', text: typed.text} : {type: 'searchText', text: typed.text});
					} else if (typed) {
						dispatch({type: 'command', command: typed.command, measure, entries: shown});
						if (view?.mode === 'note' && typed.command === 'open' && view.noteFor !== undefined) {
							saveNote(view.noteFor, view.note);
						}
					}

					return;
				}

				// Keys typed faster than frames arrive together ("jjb"): each command must act on the
				// state the ones before it produced, so the pure reducer is run here too.
				let latest = now;
				for (const command of commandsForInput(input, key)) {
					const action = {type: 'command', command, measure, matchBlocks, resume, entries: shown} as const;
					const before = latest;
					latest = reduce(latest, action);
					dispatch(action);
					if (command === 'bookmark' && before.screen === 'reader' && before.reader && !before.help) {
						toggleBookmark(before.reader, before.bookmarks);
					}

					const entry = view ? shown[Math.max(0, Math.min(view.selected, shown.length - 1))] : undefined;
					if (command === 'deleteBookmark' && entry) {
						deleteBookmark(entry.bookmark);
					}

					if (command === 'undoDelete' && view?.lastDeleted) {
						restoreBookmark(view.lastDeleted);
					}
				}

				current.current = {...current.current, state: latest};
			},
			[measure, resume, toggleBookmark, deleteBookmark, restoreBookmark, saveNote],
		),
	);

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
				<SearchScreen search={state.search} columns={size.columns} rows={size.rows} settings={settings} color={color} />
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
