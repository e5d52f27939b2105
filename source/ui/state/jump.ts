import type {Command} from '../keys.js';
import {notice} from './notice.js';
import {jumpTo} from './reader-navigation.js';
import type {Measure, State} from './types.js';

/**
 * The reader's `:` line: a paragraph number (`12`) or a percentage of the
 * article's paragraphs (`40%`), typed like a search query and gone to with
 * Enter. Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits, the Arabic
 * percent sign ٪ and decimal separator ٫ are read as their ASCII counterparts,
 * so the line works without switching keyboard layouts.
 */

export type JumpTarget =
	| {readonly kind: 'paragraph'; readonly number: number}
	| {readonly kind: 'percent'; readonly percent: number}
	| {readonly kind: 'empty'}
	| {readonly kind: 'invalid'};

/** Longest line kept: more than any paragraph number, short enough for the status bar. */
const MAX_JUMP_INPUT = 24;

function asciiDigits(text: string): string {
	return text
		.replaceAll(/[\u0660-\u0669]/gu, digit => String((digit.codePointAt(0) ?? 0) - 0x0660))
		.replaceAll(/[\u06F0-\u06F9]/gu, digit => String((digit.codePointAt(0) ?? 0) - 0x06F0))
		.replaceAll('\u066A', '%')
		.replaceAll('\u066B', '.');
}

export function parseJump(input: string): JumpTarget {
	const text = asciiDigits(input).trim();
	if (text === '') {
		return {kind: 'empty'};
	}

	if (/^\d{1,9}$/u.test(text)) {
		return {kind: 'paragraph', number: Number(text)};
	}

	const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/u.exec(text);
	const value = percent ? Number(percent[1]) : Number.NaN;
	return value <= 100 ? {kind: 'percent', percent: value} : {kind: 'invalid'};
}

/** The paragraph (from 1) at `percent` of `count` paragraphs: 0% is the first, 100% the last. */
export function paragraphAtPercent(percent: number, count: number): number {
	return Math.min(count, Math.max(1, Math.ceil((percent / 100) * count)));
}

export function openJump(state: State): State {
	return {...state, jump: ''};
}

export function jumpText(state: State, text: string): State {
	if (state.jump === undefined) {
		return state;
	}

	return {...state, jump: [...state.jump + text].slice(0, MAX_JUMP_INPUT).join('')};
}

function submit(state: State, input: string, measure: Measure): State {
	const closed = {...state, jump: undefined};
	const {reader} = state;
	const target = parseJump(input);
	if (!reader || target.kind === 'empty') {
		return closed;
	}

	if (target.kind === 'invalid') {
		return {...closed, notice: notice('jump.invalid', {input: input.trim()})};
	}

	const view = measure.reader(reader.article);
	const count = Math.max(0, view.blockCount - 1);
	const wanted = target.kind === 'paragraph' ? target.number : paragraphAtPercent(target.percent, count);
	const paragraph = Math.min(count, Math.max(1, wanted));
	const outOfRange = target.kind === 'paragraph' && paragraph !== wanted;
	const moved = count === 0 ? closed : {...closed, reader: jumpTo(view, reader, paragraph)};
	return outOfRange || count === 0 ? {...moved, notice: notice('jump.outOfRange', {number: wanted, count})} : moved;
}

/** Commands while the `:` line is open: Enter goes, Esc cancels, Backspace and Ctrl+U edit; the rest wait. */
export function jumpCommand(state: State, command: Command, measure: Measure): State {
	const input = state.jump ?? '';
	switch (command) {
		case 'open': {
			return submit(state, input, measure);
		}

		case 'back': {
			return {...state, jump: undefined};
		}

		case 'deleteBack': {
			return {...state, jump: [...input].slice(0, -1).join('')};
		}

		case 'clearQuery': {
			return {...state, jump: ''};
		}

		default: {
			return state;
		}
	}
}
