import {useInput} from 'ink';
import {type Dispatch, useCallback, useRef} from 'react';
import type {StoreActions} from '../bookmarks/use-store.js';
import type {BookmarkEntry} from '../bookmarks/entries.js';
import {commandsForInput, keyPieces, noKey, typingInput} from '../keys.js';
import {type Action, type Measure, reduce, type State} from '../state/index.js';

/** What the keys act on, as last drawn. */
export type KeyContext = {
	readonly state: State;
	readonly measure: Measure;
	/** Blocks of the open article that match the last search. */
	readonly matchBlocks: readonly number[];
	/** The bookmarks view's rows. */
	readonly entries: readonly BookmarkEntry[];
	/** The filtered list's article indexes (undefined: every article). */
	readonly listRows: readonly number[] | undefined;
};

/** Where typed text goes, if a line takes it: the search query, the bookmarks filter or note, the list's title filter. */
function typingTarget(state: State): 'search' | 'bookmarks' | 'list' | undefined {
	if (state.screen === 'search') {
		return 'search';
	}

	if (state.screen === 'bookmarks' && state.bookmarksView?.mode !== 'browse') {
		return 'bookmarks';
	}

	return state.screen === 'list' && state.listFilter !== undefined && !state.help ? 'list' : undefined;
}

const textAction = {search: 'searchText', bookmarks: 'bookmarksText', list: 'filterText'} as const;

/**
 * Keys to commands through the key table, each command dispatched with what it
 * acts on. The context is read through a ref so a key that arrives before the
 * next render still sees the current screen.
 */
export function useKeys(context: KeyContext, dispatch: Dispatch<Action>, store: StoreActions): void {
	const current = useRef(context);
	current.current = context;
	const {resume, toggleBookmark, deleteBookmark, restoreBookmark, saveNote} = store;
	useInput(
		useCallback(
			(input, key) => {
				const {state: now, measure, matchBlocks, entries: shown, listRows} = current.current;
				const view = now.screen === 'bookmarks' ? now.bookmarksView : undefined;
				const target = typingTarget(now);
				if (target) {
					const typed = typingInput(input, key);
					if (typed?.kind === 'text') {
						dispatch({type: textAction[target], text: typed.text});
					} else if (typed) {
						dispatch({type: 'command', command: typed.command, measure, entries: shown, listRows, resume});
						if (view?.mode === 'note' && typed.command === 'open' && view.noteFor !== undefined) {
							saveNote(view.noteFor, view.note);
						}
					}

					return;
				}

				// Keys typed faster than frames arrive together ("jjb"): each command must act on the
				// state the ones before it produced, so the pure reducer is run here too.
				let latest = now;
				const pieces = keyPieces(input, key);
				for (const [at, [text, flags]] of pieces.entries()) {
					const after = typingTarget(latest);
					if (after) {
						// f (say) opened a line: the rest of the chunk is typed into it.
						const rest = typingInput(pieces.slice(at).map(([character]) => character).join(''), noKey);
						if (rest?.kind === 'text') {
							const action = {type: textAction[after], text: rest.text} as const;
							latest = reduce(latest, action);
							dispatch(action);
						}

						break;
					}

					for (const command of commandsForInput(text, flags)) {
						const action = {type: 'command', command, measure, matchBlocks, resume, entries: shown, listRows} as const;
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
				}

				current.current = {...current.current, state: latest};
			},
			[dispatch, resume, toggleBookmark, deleteBookmark, restoreBookmark, saveNote],
		),
	);
}
