import stringWidth from 'string-width';
import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import {keysInText} from '../text/key-labels.js';

export type HelpRow = {
	readonly keys: string;
	readonly description: string;
};

/**
 * One row per binding of the active key table (remaps included), in table
 * order: the help can never drift from the real keys. A command the remaps
 * left without a key is left out: it cannot be typed.
 */
export function helpRows(bindings: readonly Binding[], translator: Translator): HelpRow[] {
	return bindings
		.filter(binding => binding.keys.length > 0)
		.map(binding => ({
			// Isolated in the Arabic interface: RTL text would mirror `[` into `]`.
			keys: keysInText(bindings, binding.command, translator),
			description: translator.t(`command.${binding.command}`),
		}));
}

/** Width of the key column: the widest key label plus two cells of space. */
export function keyColumnWidth(rows: readonly HelpRow[]): number {
	return Math.max(0, ...rows.map(row => stringWidth(row.keys))) + 2;
}
