/**
 * The layout engine's public surface. Everything that draws article text
 * (reader, list titles, `qari read`, search snippets) goes through here.
 */
export type {
	BaseDirection,
	BidiMode,
	LayoutOptions,
	ParagraphLayout,
	StyleRange,
	VisualLine,
	VisualRun,
} from './types.js';
export {clearLayoutCache, layoutParagraph, paragraphDirection} from './layout.js';
export {lineToString} from './line.js';
