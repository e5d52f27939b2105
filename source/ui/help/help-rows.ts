import stringWidth from 'string-width';
import {keyBindings, keysLabel} from '../keys.js';

export type HelpRow = {
	readonly keys: string;
	readonly description: string;
};

/** One row per binding, in table order: the help can never drift from the real keys. */
export function helpRows(): HelpRow[] {
	return keyBindings.map(binding => ({keys: keysLabel(binding.command), description: binding.description}));
}

/** Width of the key column: the widest key label plus two cells of space. */
export function keyColumnWidth(rows: readonly HelpRow[]): number {
	return Math.max(0, ...rows.map(row => stringWidth(row.keys))) + 2;
}
