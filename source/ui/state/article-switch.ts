import {placeSelection} from './list-navigation.js';
import {notice} from './notice.js';
import {openReader, openReaderAt} from './reader-navigation.js';
import type {Measure, State} from './types.js';

/**
 * `[` and `]`: the previous or next article, straight from the reader. "Next"
 * is the list's order: the filtered rows when the list is filtered (from the
 * open article's place among them, or the nearest row past it when it is not
 * one of them), every article otherwise. The list's selection follows, so Esc
 * comes back to the list on the article being read.
 */

type Target = {readonly article: number; readonly row: number};

function neighbour(article: number, direction: 1 | -1, count: number, listRows: readonly number[] | undefined): Target | undefined {
	if (listRows === undefined) {
		const next = article + direction;
		return next >= 0 && next < count ? {article: next, row: next} : undefined;
	}

	// Rows are in article order, so the rows past the open article start where the first larger index is.
	const row = listRows.indexOf(article);
	const after = listRows.findIndex(candidate => candidate > article);
	const nextRow = row >= 0 ? row + direction : (direction > 0 ? after : (after === -1 ? listRows.length : after) - 1);
	const next = nextRow >= 0 ? listRows[nextRow] : undefined;
	return next === undefined ? undefined : {article: next, row: nextRow};
}

export function switchArticle(
	state: State,
	direction: 1 | -1,
	measure: Measure,
	resume: ((article: number) => number | undefined) | undefined,
	listRows: readonly number[] | undefined,
): State {
	const {reader} = state;
	if (!reader) {
		return state;
	}

	const target = neighbour(reader.article, direction, measure.list.blockCount, listRows);
	if (!target) {
		return {...state, notice: direction > 0 ? notice('notice.lastArticle') : notice('notice.firstArticle')};
	}

	// As when opening from the list: back to the saved reading position (block = paragraph + 1), if any.
	const saved = resume?.(target.article);
	const view = measure.reader(target.article);
	const opened = saved === undefined ? openReader(target.article, view) : openReaderAt(target.article, view, saved + 1);
	const position = placeSelection(measure.list, {selection: state.selection, top: state.listTop}, target.row);
	return {...state, reader: opened, selection: position.selection, listTop: position.top};
}
