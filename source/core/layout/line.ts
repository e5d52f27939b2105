import type {VisualLine} from './types.js';

/** The line's text exactly as drawn, padding included. */
export function lineToString(line: VisualLine): string {
	let text = '';
	for (const run of line.runs) {
		text += run.text;
	}

	return text;
}
