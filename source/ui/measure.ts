import type {Article} from '../core/articles/index.js';
import {layoutParagraph, type ParagraphLayout, type StyleRange} from '../core/layout/index.js';
import {listGeometry, readerGeometry, type TerminalSize} from './geometry.js';
import type {TextSettings} from './text/fit-line.js';
import type {BlockView} from './viewport.js';

/** Blank lines between the title and paragraphs in the reader. */
export const PARAGRAPH_GAP = 1;

/** An article's blocks at one width: block 0 is the title, block i the paragraph i − 1. */
export type ArticleView = BlockView & {
	/** With styles (search highlights) the lines are the same; the runs carry the styles. */
	readonly layout: (block: number, styles?: readonly StyleRange[]) => ParagraphLayout;
};

export function blockText(article: Article, block: number): string {
	return (block === 0 ? article.title : article.paragraphs[block - 1]) ?? '';
}

/** Lays a block out the first time it is measured or drawn, never before. */
export function createArticleView(article: Article, width: number, height: number, settings: TextSettings): ArticleView {
	const layouts = new Map<number, ParagraphLayout>();
	const options = {width, bidi: settings.bidi, shape: settings.shape, direction: 'auto'} as const;
	const layout = (block: number, styles: readonly StyleRange[] = []): ParagraphLayout => {
		if (styles.length > 0) {
			return layoutParagraph(blockText(article, block), options, styles);
		}

		let cached = layouts.get(block);
		if (!cached) {
			cached = layoutParagraph(blockText(article, block), options);
			layouts.set(block, cached);
		}

		return cached;
	};

	return {
		height,
		gap: PARAGRAPH_GAP,
		blockCount: 1 + article.paragraphs.length,
		blockHeight: block => Math.max(1, layout(block).lines.length),
		layout,
	};
}

/** A `Measure` whose article views can also draw (they carry the layouts). */
export type AppMeasure = {
	readonly list: BlockView;
	readonly reader: (article: number) => ArticleView;
};

/** The measure for a terminal size; article views are made on demand and kept. */
export function createMeasure(articles: readonly Article[], size: TerminalSize, settings: TextSettings): AppMeasure {
	const reader = readerGeometry(size);
	const views = new Map<number, ArticleView>();
	const empty: Article = {id: '', path: '', title: '', paragraphs: []};
	return {
		list: {
			height: listGeometry(size).listHeight,
			gap: 0,
			blockCount: articles.length,
			blockHeight: () => 1,
		},
		reader(index) {
			let view = views.get(index);
			if (!view) {
				view = createArticleView(articles[index] ?? empty, reader.textWidth, reader.bodyHeight, settings);
				views.set(index, view);
			}

			return view;
		},
	};
}
