import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {paragraphDirection} from '../../core/layout/index.js';
import type {SearchResult} from '../../core/search/index.js';
import {styleFor} from '../components/run-style.js';
import {VisualLineView} from '../components/visual-line.js';
import {hintFor, keyLabel, bindingFor} from '../keys.js';
import type {SearchState} from '../state/index.js';
import {fitLine, type TextSettings} from '../text/fit-line.js';
import {matchStyles} from './article-matches.js';
import {QueryLine} from './query-line.js';
import {snippetAround} from './snippet.js';

type Props = {
	readonly search: SearchState;
	/** While the library is still indexing: how much the results cover (`searched 4,210 of 10,000 articles — indexing 43%`). */
	readonly coverage?: string | undefined;
	readonly columns: number;
	readonly rows: number;
	readonly settings: TextSettings;
	readonly color: boolean;
};

/** Rows each result takes: its title line and its snippet line. */
const RESULT_ROWS = 2;
const INDENT = 2;

export function resultCount(search: SearchState): string {
	switch (search.status) {
		case 'indexing': {
			return 'indexing…';
		}

		case 'searching': {
			return 'searching…';
		}

		default: {
			if (search.query.trim() === '') {
				return '';
			}

			const count = search.results.length;
			return count === 0 ? 'no results' : `${count} result${count === 1 ? '' : 's'}`;
		}
	}
}

function searchHints(): string {
	const move = [bindingFor('previous'), bindingFor('next')].map(binding => binding.keys[0]).filter(stroke => stroke !== undefined);
	return [`${move.map(stroke => keyLabel(stroke)).join('')} select`, hintFor('open'), hintFor('back')].join('  ');
}

type ResultProps = {
	readonly result: SearchResult;
	readonly selected: boolean;
	readonly width: number;
	readonly settings: TextSettings;
	readonly color: boolean;
};

/** A result: `❯ title  ¶ N`, then the snippet around its best match with the match highlighted. */
function ResultRows({result, selected, width, settings, color}: ResultProps) {
	const where = result.paragraph === 0 ? ' title' : ` ¶ ${result.paragraph}`;
	const textWidth = Math.max(1, width - INDENT);
	const titleStyles = result.paragraph === 0 ? matchStyles(result.matches) : [];
	const title = fitLine(result.title, Math.max(1, textWidth - stringWidth(where)), settings, 'auto', titleStyles);
	const snippet = snippetAround(result.text, result.matches, textWidth * 2);
	const body = fitLine(snippet.text, textWidth, settings, paragraphDirection(result.text), snippet.styles);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text {...styleFor(['marker'], color)}>{selected ? '❯ ' : '  '}</Text>
				<VisualLineView line={title} color={color} base={selected ? ['selected'] : ['title']} />
				<Text {...styleFor(['muted'], color)}>{where}</Text>
			</Text>
			<Text wrap="truncate-end">
				{' '.repeat(INDENT)}
				<VisualLineView line={body} color={color} />
			</Text>
		</Box>
	);
}

/** The search screen: query line, result count, results (the selected one kept in view), key hints. */
export function SearchScreen({search, columns, rows, settings, color, coverage}: Props) {
	const chrome = rows >= 4 ? 3 : 1;
	const visible = Math.max(1, Math.floor((rows - chrome) / RESULT_ROWS));
	const first = Math.max(0, Math.min(search.selected - visible + 1, search.results.length - visible));
	const shown = search.results.slice(first, first + visible);
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			<QueryLine query={search.query} width={columns} settings={settings} color={color} />
			{chrome > 1 ? (
				<Text wrap="truncate-end" {...styleFor(['muted'], color)}>
					{[resultCount(search), coverage].filter(Boolean).join(' · ')}
				</Text>
			) : null}
			<Box flexDirection="column" height={Math.max(1, rows - chrome)} overflow="hidden">
				{shown.map((result, offset) => (
					<ResultRows
						key={`${result.articleIndex}:${result.paragraph}`}
						result={result}
						selected={first + offset === search.selected}
						width={columns}
						settings={settings}
						color={color}
					/>
				))}
			</Box>
			{chrome > 1 ? <Text wrap="truncate-end" {...styleFor(['muted'], color)}>{searchHints()}</Text> : null}
		</Box>
	);
}
