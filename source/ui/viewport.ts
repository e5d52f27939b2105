/**
 * A viewport over a column of blocks (the title and paragraphs of an article, or
 * the rows of a list) whose heights are only known by measuring them. Like bubbles'
 * viewport it draws `lines[top : top + height]`, but the lines are never laid out
 * all at once: the top is an anchor (block, line within block), and every helper
 * measures only the blocks it walks over, at most about one screen's worth.
 *
 * A block's "slot" is its text lines followed by `gap` blank lines; the last block
 * has no gap after it, so the document ends on its last text line.
 */

export type Anchor = {
	readonly block: number;
	/** Row within the block's slot: 0 … blockHeight + gap − 1. */
	readonly line: number;
};

export type BlockView = {
	/** Rows the viewport shows; values below 1 are treated as 1. */
	readonly height: number;
	readonly blockCount: number;
	/** Blank rows between two blocks. */
	readonly gap: number;
	/** Text lines of a block at the current width (at least 1 is assumed for drawing). */
	readonly blockHeight: (block: number) => number;
};

/** One row of the viewport, top to bottom. */
export type ViewRow =
	| {readonly kind: 'text'; readonly block: number; readonly line: number}
	| {readonly kind: 'gap'; readonly block: number};

export const origin: Anchor = {block: 0, line: 0};

function viewHeight(view: BlockView): number {
	return Math.max(1, Math.floor(view.height));
}

export function textHeight(view: BlockView, block: number): number {
	return Math.max(1, view.blockHeight(block));
}

export function slotHeight(view: BlockView, block: number): number {
	const gap = block < view.blockCount - 1 ? Math.max(0, view.gap) : 0;
	return textHeight(view, block) + gap;
}

export function compareAnchors(a: Anchor, b: Anchor): number {
	return a.block === b.block ? a.line - b.line : a.block - b.block;
}

/** Brings an anchor back into the document (e.g. after a resize shortened its block). */
export function normalizeAnchor(view: BlockView, anchor: Anchor): Anchor {
	if (view.blockCount <= 0) {
		return origin;
	}

	const block = Math.min(Math.max(0, Math.floor(anchor.block)), view.blockCount - 1);
	const line = Math.min(Math.max(0, Math.floor(anchor.line)), slotHeight(view, block) - 1);
	return block === anchor.block && line === anchor.line ? anchor : {block, line};
}

/** Moves an anchor by `delta` rows, stopping at the first and last row of the document. */
export function moveAnchor(view: BlockView, anchor: Anchor, delta: number): Anchor {
	let {block, line} = normalizeAnchor(view, anchor);
	let remaining = Math.trunc(delta);
	while (remaining > 0) {
		const rowsLeftInSlot = slotHeight(view, block) - 1 - line;
		if (remaining <= rowsLeftInSlot) {
			line += remaining;
			remaining = 0;
		} else if (block + 1 < view.blockCount) {
			remaining -= rowsLeftInSlot + 1;
			block += 1;
			line = 0;
		} else {
			line += rowsLeftInSlot;
			remaining = 0;
		}
	}

	while (remaining < 0) {
		if (-remaining <= line) {
			line += remaining;
			remaining = 0;
		} else if (block > 0) {
			remaining += line + 1;
			block -= 1;
			line = slotHeight(view, block) - 1;
		} else {
			line = 0;
			remaining = 0;
		}
	}

	return {block, line};
}

/**
 * Counts rows from `from` forward, stopping after `limit` rows.
 * Returns how many rows exist from `from` to the end of the document, capped at `limit`.
 */
function rowsUntilEnd(view: BlockView, from: Anchor, limit: number): number {
	let rows = 0;
	let {block, line} = from;
	while (rows < limit && block < view.blockCount) {
		rows += slotHeight(view, block) - line;
		block += 1;
		line = 0;
	}

	return Math.min(rows, limit);
}

/** Keeps the top from scrolling past the point where the last row sits on the bottom row. */
export function clampTop(view: BlockView, top: Anchor): Anchor {
	const start = normalizeAnchor(view, top);
	const height = viewHeight(view);
	const available = rowsUntilEnd(view, start, height);
	return available < height ? moveAnchor(view, start, available - height) : start;
}

/** Scrolls the top by `delta` rows within the document's bounds. */
export function scrollBy(view: BlockView, top: Anchor, delta: number): Anchor {
	return clampTop(view, moveAnchor(view, top, delta));
}

/** The last possible top: the one that shows the end of the document on the bottom row. */
export function lastTop(view: BlockView): Anchor {
	if (view.blockCount <= 0) {
		return origin;
	}

	const last = view.blockCount - 1;
	return moveAnchor(view, {block: last, line: slotHeight(view, last) - 1}, 1 - viewHeight(view));
}

/**
 * Distance in rows from `top` down to the first text line of `block` (which must not
 * be above `top`), or undefined when it is `limit` rows or more away.
 */
function rowsDownTo(view: BlockView, top: Anchor, block: number, limit: number): number | undefined {
	let rows = 0;
	let current = top.block;
	let line = top.line;
	while (current < block) {
		rows += slotHeight(view, current) - line;
		if (rows >= limit) {
			return undefined;
		}

		current += 1;
		line = 0;
	}

	return rows;
}

/**
 * Scrolls as little as possible so that `block` is on screen: the whole block when
 * it fits, otherwise its first line at the top.
 */
export function ensureVisible(view: BlockView, top: Anchor, block: number): Anchor {
	if (view.blockCount <= 0) {
		return origin;
	}

	const start = normalizeAnchor(view, top);
	const target = Math.min(Math.max(0, block), view.blockCount - 1);
	const targetStart: Anchor = {block: target, line: 0};
	if (compareAnchors(targetStart, start) < 0) {
		return clampTop(view, targetStart);
	}

	const height = viewHeight(view);
	const blockRows = textHeight(view, target);
	const offset = rowsDownTo(view, start, target, height);
	if (offset !== undefined && offset + blockRows <= height) {
		return start;
	}

	// Put the block's last line on the bottom row, or its first line on the top row if it is too tall.
	const newTop = blockRows >= height ? targetStart : moveAnchor(view, targetStart, blockRows - height);
	return clampTop(view, newTop);
}

/** The rows on screen for a top anchor: at most `height`, fewer when the document is shorter. */
export function visibleRows(view: BlockView, top: Anchor): ViewRow[] {
	const rows: ViewRow[] = [];
	if (view.blockCount <= 0) {
		return rows;
	}

	const height = viewHeight(view);
	let {block, line} = normalizeAnchor(view, top);
	while (rows.length < height && block < view.blockCount) {
		const text = textHeight(view, block);
		const slot = slotHeight(view, block);
		for (; line < slot && rows.length < height; line += 1) {
			rows.push(line < text ? {kind: 'text', block, line} : {kind: 'gap', block});
		}

		block += 1;
		line = 0;
	}

	return rows;
}

/** Blocks with at least one text line on screen, in order. */
export function visibleBlocks(view: BlockView, top: Anchor): number[] {
	const blocks: number[] = [];
	for (const row of visibleRows(view, top)) {
		if (row.kind === 'text' && blocks.at(-1) !== row.block) {
			blocks.push(row.block);
		}
	}

	return blocks;
}

/** Whether any text line of `block` is on screen. */
export function isBlockVisible(view: BlockView, top: Anchor, block: number): boolean {
	return visibleBlocks(view, top).includes(block);
}
