import {Box, useApp, useInput} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import type {Article} from './core/articles/index.js';
import type {BidiMode} from './core/layout/index.js';
import {listGeometry, readerGeometry} from './ui/geometry.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {commandsForInput, typingInput} from './ui/keys.js';
import {ListScreen} from './ui/list/list-screen.js';
import {createMeasure} from './ui/measure.js';
import {ReaderScreen} from './ui/reader/reader-screen.js';
import {articleMatches, noMatches} from './ui/search/article-matches.js';
import {SearchScreen} from './ui/search/search-screen.js';
import {useSearch} from './ui/search/use-search.js';
import {initialState, reduce} from './ui/state/index.js';
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
};

/**
 * The interactive reader. State lives in a pure reducer (source/ui/state); this
 * component maps keys to commands through the key table, hands the reducer a
 * measure of the current layout with every action, and draws.
 */
export default function App({articles, warnings, bidi, shape, color}: AppProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const settings = useMemo<TextSettings>(() => ({bidi, shape}), [bidi, shape]);
	const measure = useMemo(() => createMeasure(articles, size, settings), [articles, size, settings]);
	const [state, dispatch] = useReducer(reduce, initialState);

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
	const matches = useMemo(
		() => (article && state.lastQuery !== undefined ? articleMatches(article, state.lastQuery) : noMatches),
		[article, state.lastQuery],
	);

	// Read through a ref so a key that arrives before the next render still sees the current screen.
	const current = useRef({typing: false, matchBlocks: noMatches.blocks});
	current.current = {typing: state.screen === 'search', matchBlocks: matches.blocks};
	useInput(
		useCallback(
			(input, key) => {
				const {typing, matchBlocks} = current.current;
				if (typing) {
					const typed = typingInput(input, key);
					if (typed?.kind === 'text') {
						dispatch({type: 'searchText', text: typed.text});
					} else if (typed) {
						dispatch({type: 'command', command: typed.command, measure});
					}

					return;
				}

				for (const command of commandsForInput(input, key)) {
					dispatch({type: 'command', command, measure, matchBlocks});
				}
			},
			[measure],
		),
	);

	return (
		<Box flexDirection="column" width={size.columns} height={size.rows} overflow="hidden">
			{state.search ? (
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
				/>
			)}
		</Box>
	);
}
