import type {Command} from '../keys.js';
import {
	type BlockView,
	clampTop,
	compareAnchors,
	ensureVisible,
	isBlockVisible,
	lastTop,
	normalizeAnchor,
	origin,
	scrollBy,
	visibleBlocks,
} from '../viewport.js';
import type {ReaderState} from './types.js';

/** Paragraphs take the focus, the title (block 0) only when there are none. */
export function firstFocusable(view: BlockView): number {
	return view.blockCount > 1 ? 1 : 0;
}

export function lastFocusable(view: BlockView): number {
	return Math.max(0, view.blockCount - 1);
}

function clampFocus(view: BlockView, block: number): number {
	return Math.min(Math.max(block, firstFocusable(view)), lastFocusable(view));
}

export function openReader(article: number, view: BlockView): ReaderState {
	const focus = firstFocusable(view);
	return {article, focus, top: ensureVisible(view, origin, focus)};
}

/** Moves the focus to `focus` and scrolls just enough to show it (from the very top for the first paragraph, so the title shows). */
function focusOn(view: BlockView, reader: ReaderState, block: number): ReaderState {
	const focus = clampFocus(view, block);
	const from = focus === firstFocusable(view) ? origin : reader.top;
	return {...reader, focus, top: ensureVisible(view, from, focus)};
}

/**
 * Paging scrolls by a whole screen; the focus then lands on the paragraph nearest
 * to where the reader was: the first one on screen after paging down, the last one
 * after paging up. At either end of the article, paging moves the focus to the
 * first or last paragraph instead.
 */
function page(view: BlockView, reader: ReaderState, direction: 1 | -1): ReaderState {
	const top = scrollBy(view, reader.top, direction * Math.max(1, Math.floor(view.height)));
	if (compareAnchors(top, normalizeAnchor(view, reader.top)) === 0) {
		return {...reader, top, focus: direction > 0 ? lastFocusable(view) : firstFocusable(view)};
	}

	const onScreen = visibleBlocks(view, top);
	const nearest = direction > 0 ? onScreen[0] : onScreen.at(-1);
	return {...reader, top, focus: clampFocus(view, nearest ?? reader.focus)};
}

export function readerCommand(view: BlockView, reader: ReaderState, command: Command): ReaderState {
	switch (command) {
		case 'next': {
			return focusOn(view, reader, reader.focus + 1);
		}

		case 'previous': {
			return focusOn(view, reader, reader.focus - 1);
		}

		case 'first': {
			return focusOn(view, reader, firstFocusable(view));
		}

		case 'last': {
			// The very end of the article, which always shows the last paragraph's last line.
			return {...reader, focus: lastFocusable(view), top: lastTop(view)};
		}

		case 'pageDown': {
			return page(view, reader, 1);
		}

		case 'pageUp': {
			return page(view, reader, -1);
		}

		default: {
			return reader;
		}
	}
}

/** Focuses `block` with it at the top of the screen (as far as the article's end allows), as `:` does. */
export function jumpTo(view: BlockView, reader: ReaderState, block: number): ReaderState {
	const focus = clampFocus(view, block);
	const {want: _forgotten, ...rest} = reader;
	return {...rest, focus, top: clampTop(view, {block: focus, line: 0})};
}

/**
 * ← and → page toward the reading direction: in a right-to-left article ← is
 * the next page (as turning a page of an Arabic book), in a left-to-right one
 * → is. Other commands are returned as they are.
 */
export function pageTowardReading(command: Command, direction: 'ltr' | 'rtl'): Command {
	if (command === 'pageLeft') {
		return direction === 'rtl' ? 'pageDown' : 'pageUp';
	}

	if (command === 'pageRight') {
		return direction === 'rtl' ? 'pageUp' : 'pageDown';
	}

	return command;
}

/** After a resize the same top row is kept when possible, but never at the cost of losing the focused paragraph. */
export function remeasureReader(view: BlockView, reader: ReaderState): ReaderState {
	const focus = clampFocus(view, reader.focus);
	const top = clampTop(view, normalizeAnchor(view, reader.top));
	return {
		...reader,
		focus,
		top: isBlockVisible(view, top, focus) ? top : ensureVisible(view, top, focus),
	};
}

/** Opens an article with `block` focused at the top of the screen (as far as the article's end allows). */
export function openReaderAt(article: number, view: BlockView, block: number): ReaderState {
	if (block <= firstFocusable(view)) {
		return openReader(article, view);
	}

	const focus = clampFocus(view, block);
	const reader = {article, focus, top: clampTop(view, {block: focus, line: 0})};
	// Past the end of an article still loading: remembered, and gone to once it has loaded.
	return focus === block ? reader : {...reader, want: block};
}

/** Article `reader.article` was re-measured because it loaded: to where it was opened for, or kept in view. */
export function articleLoadedReader(view: BlockView, reader: ReaderState): ReaderState {
	if (reader.want === undefined) {
		return remeasureReader(view, reader);
	}

	return openReaderAt(reader.article, view, reader.want);
}

/**
 * The next (or previous) block among `blocks` after the focus, wrapping around
 * the article's ends; `wrapped` says the jump went past an end.
 */
export function jumpToMatch(
	view: BlockView,
	reader: ReaderState,
	blocks: readonly number[],
	direction: 1 | -1,
): {readonly reader: ReaderState; readonly wrapped: boolean} | undefined {
	const candidates = blocks.filter(block => block >= firstFocusable(view) && block <= lastFocusable(view));
	if (candidates.length === 0) {
		return undefined;
	}

	const ahead = direction > 0
		? candidates.find(block => block > reader.focus)
		: [...candidates].reverse().find(block => block < reader.focus);
	const target = ahead ?? (direction > 0 ? candidates[0] : candidates.at(-1));
	if (target === undefined) {
		return undefined;
	}

	return {reader: focusOn(view, reader, target), wrapped: ahead === undefined};
}
