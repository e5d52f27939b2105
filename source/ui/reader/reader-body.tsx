import {Box, Text} from 'ink';
import type {StyleRange, VisualLine} from '../../core/layout/index.js';
import {VisualLineView} from '../components/visual-line.js';
import type {ReaderGeometry} from '../geometry.js';
import type {ArticleView} from '../measure.js';
import {emptyLine, padding} from '../text/fit-line.js';
import {themeStyle} from '../theme.js';
import {useUi} from '../ui-context.js';
import {type Anchor, visibleRows} from '../viewport.js';

/** Focus markers sit in the gutter on the side a line starts reading from. */
export const MARKER_LTR = '▌';
export const MARKER_RTL = '▐';
/**
 * Bookmarked paragraphs carry this in the other gutter (the side a line ends
 * on), so it shows next to the focus marker; ASCII so it is one cell everywhere.
 */
export const BOOKMARK_MARKER = '*';

type Props = {
	readonly view: ArticleView;
	readonly top: Anchor;
	readonly focus: number;
	readonly geometry: ReaderGeometry;
	/** Search matches to highlight, by block. */
	readonly highlights?: ReadonlyMap<number, readonly StyleRange[]>;
	/** Blocks that carry a bookmark. */
	readonly bookmarked?: ReadonlySet<number> | undefined;
};

type TextRowProps = {
	readonly line: VisualLine;
	readonly rtl: boolean;
	readonly focused: boolean;
	readonly bookmarked: boolean;
	readonly title: boolean;
	readonly geometry: ReaderGeometry;
};

function TextRow({line, rtl, focused, bookmarked, title, geometry}: TextRowProps) {
	const marker = themeStyle(useUi().theme, ['marker']);
	const hasGutter = geometry.gutter > 0;
	const mark = hasGutter && bookmarked ? BOOKMARK_MARKER : '';
	const gutter = ' '.repeat(geometry.gutter);
	const left = hasGutter && focused && !rtl ? MARKER_LTR : (rtl && mark ? mark : gutter);
	const right = hasGutter && focused && rtl ? MARKER_RTL : (!rtl && mark ? mark : '');
	return (
		<Text wrap="truncate-end">
			{/* The margin centres the text block (at most the maximum text width) in a wider terminal. */}
			{' '.repeat(geometry.margin)}
			<Text {...marker}>{left}</Text>
			{/* RTL lines come padded to the width; this only guards against a short one. LTR lines are padded only to reach a right-hand mark. */}
			{rtl ? padding(line, geometry.textWidth) : ''}
			<VisualLineView line={line} base={title ? ['title'] : []} />
			{!rtl && right ? padding(line, geometry.textWidth) : ''}
			{right ? <Text {...marker}>{right}</Text> : ''}
		</Text>
	);
}

/** Exactly the rows in view, laid out only for the blocks that appear in them. */
export function ReaderBody({view, top, focus, geometry, highlights, bookmarked}: Props) {
	const rows = visibleRows(view, top);
	return (
		<Box flexDirection="column" height={geometry.bodyHeight} overflow="hidden">
			{rows.map((row, index) => {
				const key = `${row.block}:${row.kind === 'text' ? row.line : 'gap'}:${index}`;
				if (row.kind === 'gap') {
					return <Box key={key} height={1} />;
				}

				const layout = view.layout(row.block, highlights?.get(row.block));
				return (
					<Box key={key} height={1}>
						<TextRow
							line={layout.lines[row.line] ?? emptyLine}
							rtl={layout.direction === 'rtl'}
							focused={row.block === focus}
							bookmarked={bookmarked?.has(row.block) ?? false}
							title={row.block === 0}
							geometry={geometry}
						/>
					</Box>
				);
			})}
		</Box>
	);
}
