import type {Command} from '../keys.js';
import {type BlockView, ensureVisible} from '../viewport.js';

/** The list is a viewport over one-row blocks; the selection is kept on screen. */
export type ListPosition = {
	readonly selection: number;
	readonly top: number;
};

/**
 * Where a movement command (↑/↓, paging, first/last) takes the selection in a
 * list of `count` items showing `page` of them at a time, kept inside the list;
 * undefined for any other command or an empty list. Shared by every list:
 * articles, search results, bookmarks.
 */
export function movedSelection(selection: number, command: Command, count: number, page: number): number | undefined {
	const targets: Partial<Record<Command, number>> = {
		next: selection + 1,
		previous: selection - 1,
		pageDown: selection + Math.max(1, Math.floor(page)),
		pageUp: selection - Math.max(1, Math.floor(page)),
		first: 0,
		last: count - 1,
	};
	const target = targets[command];
	return target === undefined || count <= 0 ? undefined : Math.min(Math.max(0, target), count - 1);
}

/** Keeps a position valid for the list's current size and length. */
export function placeSelection(view: BlockView, position: ListPosition, selection: number): ListPosition {
	if (view.blockCount <= 0) {
		return {selection: 0, top: 0};
	}

	const clamped = Math.min(Math.max(0, selection), view.blockCount - 1);
	return {selection: clamped, top: ensureVisible(view, {block: position.top, line: 0}, clamped).block};
}

export function listCommand(view: BlockView, position: ListPosition, command: Command): ListPosition {
	return placeSelection(view, position, movedSelection(position.selection, command, view.blockCount, view.height) ?? position.selection);
}
