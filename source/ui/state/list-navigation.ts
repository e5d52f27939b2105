import type {Command} from '../keys.js';
import {type BlockView, ensureVisible} from '../viewport.js';

/** The list is a viewport over one-row blocks; the selection is kept on screen. */
export type ListPosition = {
	readonly selection: number;
	readonly top: number;
};

function targetSelection(view: BlockView, selection: number, command: Command): number {
	const page = Math.max(1, Math.floor(view.height));
	switch (command) {
		case 'next': {
			return selection + 1;
		}

		case 'previous': {
			return selection - 1;
		}

		case 'pageDown': {
			return selection + page;
		}

		case 'pageUp': {
			return selection - page;
		}

		case 'first': {
			return 0;
		}

		case 'last': {
			return view.blockCount - 1;
		}

		default: {
			return selection;
		}
	}
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
	return placeSelection(view, position, targetSelection(view, position.selection, command));
}
