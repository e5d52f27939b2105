import {type Key, useInput} from 'ink';
import {type Dispatch, useCallback, useRef} from 'react';
import type {Article} from '../../core/articles/index.js';
import type {BookmarkEntry} from '../bookmarks/entries.js';
import type {StoreActions} from '../bookmarks/use-store.js';
import {keyForCharacter, splitAtInterrupt} from '../key-input.js';
import {type Bindings, type Command, commandsForInput, keyPieces, noKey, typingInput} from '../keys.js';
import {type Action, type HelpView, type Measure, reduce, type ReaderState, type State} from '../state/index.js';
import {type Clipboard, copyNotice, terminalClipboard} from './clipboard.js';
import {arabicLayoutKeys} from './layout-keys.js';

/** What the keys act on, as last drawn. */
export type KeyContext = {
	readonly state: State;
	readonly measure: Measure;
	/** The active key table (useUi().bindings): remaps change what keys do. */
	readonly bindings: Bindings;
	/** Blocks of the open article that match the last search. */
	readonly matchBlocks: readonly number[];
	/** The bookmarks view's rows. */
	readonly entries: readonly BookmarkEntry[];
	/** The filtered list's article indexes (undefined: every article). */
	readonly listRows: readonly number[] | undefined;
	/** The library's article i as loaded so far (y copies from it). */
	readonly articleAt: (index: number) => Article | undefined;
	/** The help overlay's size, so the moving keys scroll it while it is open. */
	readonly helpView?: HelpView | undefined;
};

/** Where typed text goes, if a line takes it: the search query, the bookmarks filter or note, the list's title filter, the reader's `:` line. */
function typingTarget(state: State): 'search' | 'bookmarks' | 'list' | 'jump' | undefined {
	if (state.screen === 'search') {
		return 'search';
	}

	if (state.screen === 'bookmarks' && state.bookmarksView?.mode !== 'browse') {
		return 'bookmarks';
	}

	if (state.screen === 'reader' && state.jump !== undefined && !state.help) {
		return 'jump';
	}

	return state.screen === 'list' && state.listFilter !== undefined && !state.help ? 'list' : undefined;
}

const textAction = {search: 'searchText', bookmarks: 'bookmarksText', list: 'filterText', jump: 'jumpText'} as const;

/** A key press of a chunk: what it is read as, and what was typed (for a line it goes on to type into). */
type Piece = {readonly text: string; readonly flags: Key; readonly typed: string};

/**
 * The key presses of one input event. A chunk that means nothing is read again
 * as typed on the Arabic PC layout (ت is j, لا is b): never with Ctrl or Meta,
 * and never while a line takes text (the caller does not ask then).
 */
function piecesOf(input: string, key: Key, bindings: Bindings): Piece[] {
	// Split into characters, or kept whole: either way `typed` is what arrived (a Return stays \r).
	const split = keyPieces(input, key, bindings);
	const characters = split.length > 1 ? [...input] : [input];
	const plain = split.map(([text, flags], index) => ({text, flags, typed: characters[index] ?? text}));
	if (key.ctrl || key.meta || commandsForInput(input, key, bindings).length > 0) {
		return plain;
	}

	const layout = arabicLayoutKeys(input);
	return layout.some(({latin, typed}) => latin !== typed)
		? layout.map(({latin, typed}) => ({text: latin, flags: layout.length === 1 ? key : noKey, typed}))
		: plain;
}

// eslint-disable-next-line no-control-regex
const controlKey = /([\u0001-\u001A])/u;

/**
 * A chunk typed into a line, taken apart at each Return and Ctrl+letter (typed
 * fast, "12⏎" or "ab^U" arrives as one chunk): those keep their meaning.
 */
function typedSegments(input: string, key: Key): Array<[string, Key]> {
	if (input.length <= 1 || key.ctrl || key.meta || !controlKey.test(input)) {
		return [[input, key]];
	}

	return input.split(controlKey).filter(part => part !== '').map((part): [string, Key] => (controlKey.test(part) ? keyForCharacter(part) : [part, noKey]));
}

/** The focused block's text in logical order: a paragraph, or the title of an article without any. */
function focusedText(article: Article | undefined, reader: ReaderState): string {
	return (reader.focus === 0 ? article?.title : article?.paragraphs[reader.focus - 1]) ?? '';
}

/**
 * Keys to commands through the active key table, each command dispatched with
 * what it acts on. The context is read through a ref so a key that arrives
 * before the next render still sees the current screen. Side effects (the store,
 * the clipboard) happen here, never in the reducer.
 */
export function useKeys(context: KeyContext, dispatch: Dispatch<Action>, store: StoreActions, clipboard: Clipboard = terminalClipboard): void {
	const current = useRef(context);
	current.current = context;
	const {resume, toggleBookmark, deleteBookmark, restoreBookmark, saveNote} = store;
	useInput(
		useCallback(
			(input, key) => {
				const {measure, bindings, matchBlocks, entries: shown, listRows, articleAt, helpView} = current.current;
				// Keys typed faster than frames arrive together ("jjb", "12⏎"): each must act on the
				// state the ones before it produced, so the pure reducer is run here too.
				let latest = current.current.state;
				const send = (action: Action) => {
					latest = reduce(latest, action);
					dispatch(action);
				};

				const command = (name: Command) => {
					const before = latest;
					send({type: 'command', command: name, measure, matchBlocks, resume, entries: shown, listRows, helpView});
					const view = before.screen === 'bookmarks' ? before.bookmarksView : undefined;
					const reading = before.screen === 'reader' && !before.help ? before.reader : undefined;
					if (name === 'bookmark' && reading) {
						toggleBookmark(reading, before.bookmarks);
					}

					if (name === 'copy' && reading) {
						send({type: 'notice', notice: copyNotice(clipboard(focusedText(articleAt(reading.article), reading)))});
					}

					if (view?.mode === 'note' && name === 'open' && view.noteFor !== undefined) {
						saveNote(view.noteFor, view.note);
					}

					const entry = view?.mode === 'browse' ? shown[Math.max(0, Math.min(view.selected, shown.length - 1))] : undefined;
					if (name === 'deleteBookmark' && entry) {
						deleteBookmark(entry.bookmark);
					}

					if (name === 'undoDelete' && view?.mode === 'browse' && view.lastDeleted) {
						restoreBookmark(view.lastDeleted);
					}
				};

				const keysOf = (chunk: string, flags: Key) => {
					const pieces = piecesOf(chunk, flags, bindings);
					for (const [at, piece] of pieces.entries()) {
						if (typingTarget(latest)) {
							// f (say) opened a line: the rest of the chunk, as typed, goes into it.
							typed(pieces.slice(at).map(rest => rest.typed).join(''), noKey);
							return;
						}

						for (const found of commandsForInput(piece.text, piece.flags, bindings)) {
							command(found);
						}
					}
				};

				function typed(chunk: string, flags: Key): void {
					const segments = typedSegments(chunk, flags);
					for (const [at, [text, segmentFlags]] of segments.entries()) {
						const target = typingTarget(latest);
						if (!target) {
							// Enter closed the line (the `:` jump went): what follows is keys again.
							keysOf(segments.slice(at).map(([rest, restFlags]) => (restFlags.return ? '\r' : rest)).join(''), noKey);
							return;
						}

						const meant = typingInput(text, segmentFlags, bindings);
						if (meant?.kind === 'text') {
							send({type: textAction[target], text: meant.text});
						} else if (meant) {
							command(meant.command);
						}
					}
				}

				// The keys before a Ctrl+C act, then it quits (the rest of the chunk is dropped).
				const {before, interrupted} = splitAtInterrupt(input);
				const [chunk, flags] = interrupted ? [before, noKey] : [input, key];
				if (!interrupted || chunk !== '') {
					if (typingTarget(latest)) {
						typed(chunk, flags);
					} else {
						keysOf(chunk, flags);
					}
				}

				if (interrupted) {
					send({type: 'command', command: 'quit', measure, matchBlocks, resume, entries: shown, listRows});
				}

				current.current = {...current.current, state: latest};
			},
			[dispatch, resume, toggleBookmark, deleteBookmark, restoreBookmark, saveNote, clipboard],
		),
	);
}
