import type {Command} from '../keys.js';
import {switchArticle} from './article-switch.js';
import {openJump} from './jump.js';
import {notice, noticeWithKey} from './notice.js';
import {jumpToMatch, pageTowardReading, readerCommand} from './reader-navigation.js';
import {changeTextWidth} from './text-width.js';
import type {Measure, State} from './types.js';

/** Commands on the reader screen (not while help or the `:` line is up). */

type Resume = (article: number) => number | undefined;

export function toList(state: State): State {
	return {...state, screen: 'list', reader: undefined, jump: undefined};
}

/** n and N: the next or previous paragraph matching the last search, wrapping at the article's ends. */
function matchCommand(state: State, command: 'nextMatch' | 'previousMatch', measure: Measure, blocks: readonly number[]): State {
	const {reader, lastQuery} = state;
	if (!reader) {
		return state;
	}

	if (lastQuery === undefined) {
		return {...state, notice: noticeWithKey('notice.noSearch', 'search')};
	}

	const direction = command === 'nextMatch' ? 1 : -1;
	const jump = jumpToMatch(measure.reader(reader.article), reader, blocks, direction);
	if (!jump) {
		return {...state, notice: notice('notice.noMatchHere')};
	}

	const wrapped = direction > 0 ? notice('notice.wrappedToFirst') : notice('notice.wrappedToLast');
	return {...state, reader: jump.reader, notice: jump.wrapped ? wrapped : undefined};
}

export type ReaderCommandContext = {
	readonly measure: Measure;
	readonly matchBlocks: readonly number[];
	readonly resume: Resume | undefined;
	readonly listRows: readonly number[] | undefined;
};

export function readerScreenCommand(state: State, command: Command, {measure, matchBlocks, resume, listRows}: ReaderCommandContext): State {
	const {reader} = state;
	if (!reader) {
		return toList(state);
	}

	switch (command) {
		case 'back':
		case 'close': {
			return toList(state);
		}

		case 'nextMatch':
		case 'previousMatch': {
			return matchCommand(state, command, measure, matchBlocks);
		}

		case 'nextArticle':
		case 'previousArticle': {
			return switchArticle(state, command === 'nextArticle' ? 1 : -1, measure, resume, listRows);
		}

		case 'wider':
		case 'narrower': {
			// Bounded by the terminal's usable width, which the measure carries.
			return changeTextWidth(state, command === 'wider' ? 1 : -1, measure.textArea);
		}

		case 'jump': {
			return openJump(state);
		}

		default: {
			break;
		}
	}

	const view = measure.reader(reader.article);
	const next = readerCommand(view, reader, pageTowardReading(command, view.direction?.() ?? 'ltr'));
	if (next === reader) {
		return state;
	}

	// A move forgets where the article was opened for while it loaded.
	const {want: _forgotten, ...moved} = next;
	return {...state, reader: moved};
}

