import {QueryLine} from '../search/query-line.js';
import {commandKeysLabel, keysInText} from '../text/key-labels.js';
import type {TextSettings} from '../text/fit-line.js';
import {useUi} from '../ui-context.js';

type Props = {
	readonly text: string;
	readonly width: number;
	readonly settings: TextSettings;
};

/** The list's filter line (f): the text as typed, laid out like the search query (Arabic right to left, shaped). */
export function FilterLine({text, width, settings}: Props) {
	const {translator, bindings} = useUi();
	return (
		<QueryLine
			query={text}
			width={width}
			settings={settings}
			prompt={`${commandKeysLabel(bindings, 'filter', translator)} `}
			// Isolated in the Arabic interface: the placeholder is drawn through the layout engine there.
			placeholder={translator.t('list.filterPlaceholder', {key: keysInText(bindings, 'back', translator)})}
		/>
	);
}
