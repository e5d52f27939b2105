import {latinKeyFor} from '../keyboard-layout.js';

/** One key press of a chunk typed on the Arabic layout: the Latin key at its place, and what was typed. */
export type LayoutKey = {readonly latin: string; readonly typed: string};

const lam = '\u0644';

/**
 * A chunk read as key presses on the Arabic PC layout (see keyboard-layout.ts):
 * each key's Latin counterpart, a lam followed by an alef form taken as the one
 * lam-alef key, characters of no Arabic key kept as they are. `typed` keeps the
 * original, for a line the chunk goes on to type into.
 */
export function arabicLayoutKeys(chunk: string): LayoutKey[] {
	const characters = [...chunk];
	const keys: LayoutKey[] = [];
	for (let index = 0; index < characters.length; index++) {
		const character = characters[index] ?? '';
		const pair = character + (characters[index + 1] ?? '');
		if (character === lam && latinKeyFor(pair) !== undefined) {
			keys.push({latin: latinKeyFor(pair) ?? pair, typed: pair});
			index++;
			continue;
		}

		keys.push({latin: latinKeyFor(character) ?? character, typed: character});
	}

	return keys;
}
