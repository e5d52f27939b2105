import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import type {HelpView} from '../state/index.js';
import {helpRows, keyColumnWidth} from './help-rows.js';

/** Below this many cells for the description, it goes under its keys. */
const MIN_DESCRIPTION = 20;

/** Whether the overlay puts each description under its keys (narrow terminals) rather than beside them. */
export function helpStacked(keyWidth: number, width: number): boolean {
	return width < keyWidth + MIN_DESCRIPTION;
}

/**
 * The overlay's size in entries at `width` × `height` (heading included), for
 * the reducer to clamp its scrolling to what the overlay draws.
 */
export function helpView(bindings: readonly Binding[], translator: Translator, width: number, height: number): HelpView {
	const rows = helpRows(bindings, translator);
	return {
		entries: rows.length,
		rowsPerEntry: helpStacked(keyColumnWidth(rows), width) ? 2 : 1,
		rows: Math.max(0, height - 1),
	};
}
