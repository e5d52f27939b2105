import {Box, Text} from 'ink';
import type {StyleRange, VisualLine} from '../../core/layout/index.js';
import {VisualLineView} from '../components/visual-line.js';
import {styleFor} from '../components/run-style.js';
import type {ReaderGeometry} from '../geometry.js';
import type {ArticleView} from '../measure.js';
import {emptyLine, padding} from '../text/fit-line.js';
import {type Anchor, visibleRows} from '../viewport.js';

/** Focus markers sit in the gutter on the side a line starts reading from. */
export const MARKER_LTR = '▌';
export const MARKER_RTL = '▐';

type Props = {
	readonly view: ArticleView;
	readonly top: Anchor;
	readonly focus: number;
	readonly geometry: ReaderGeometry;
	readonly color: boolean;
	/** Search matches to highlight, by block. */
	readonly highlights?: ReadonlyMap<number, readonly StyleRange[]>;
};

type TextRowProps = {
	readonly line: VisualLine;
	readonly rtl: boolean;
	readonly focused: boolean;
	readonly title: boolean;
	readonly geometry: ReaderGeometry;
	readonly color: boolean;
};

function TextRow({line, rtl, focused, title, geometry, color}: TextRowProps) {
	const marker = styleFor(['marker'], color);
	const hasGutter = geometry.gutter > 0;
	const left = hasGutter && focused && !rtl ? MARKER_LTR : ' '.repeat(geometry.gutter);
	return (
		<Text wrap="truncate-end">
			<Text {...marker}>{left}</Text>
			{/* RTL lines come padded to the width; this only guards against a short one. */}
			{rtl ? padding(line, geometry.textWidth) : ''}
			<VisualLineView line={line} color={color} base={title ? ['title'] : []} />
			{hasGutter && focused && rtl ? <Text {...marker}>{MARKER_RTL}</Text> : ''}
		</Text>
	);
}

/** Exactly the rows in view, laid out only for the blocks that appear in them. */
export function ReaderBody({view, top, focus, geometry, color, highlights}: Props) {
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
							title={row.block === 0}
							geometry={geometry}
							color={color}
						/>
					</Box>
				);
			})}
		</Box>
	);
}
