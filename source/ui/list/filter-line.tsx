import {keysLabel} from '../keys.js';
import {QueryLine} from '../search/query-line.js';
import type {TextSettings} from '../text/fit-line.js';

type Props = {
	readonly text: string;
	readonly width: number;
	readonly settings: TextSettings;
	readonly color: boolean;
};

/** The list's filter line (f): the text as typed, laid out like the search query (Arabic right to left, shaped). */
export function FilterLine({text, width, settings, color}: Props) {
	return (
		<QueryLine
			query={text}
			width={width}
			settings={settings}
			color={color}
			prompt={`${keysLabel('filter')} `}
			placeholder={`type to filter titles  (${keysLabel('back')} clears)`}
		/>
	);
}
