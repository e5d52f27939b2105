import type {Article} from '../core/articles/index.js';
import {layoutParagraph, type ParagraphLayout, type StyleRange} from '../core/layout/index.js';
import type {ReaderView} from './state/index.js';
import {listGeometry, readerGeometry, type TerminalSize} from './geometry.js';
import type {TextSettings} from './text/fit-line.js';
import type {BlockView} from './viewport.js';

/** Blank lines between the title and paragraphs in the reader. */
export const PARAGRAPH_GAP = 1;

/** An article's blocks at one width: block 0 is the title, block i the paragraph i − 1. */
export type ArticleView = BlockView & Required<ReaderView> & {
	/** With styles (search highlights) the lines are the same; the runs carry the styles. */
	readonly layout: (block: number, styles?: readonly StyleRange[]) => ParagraphLayout;
};

/** A library article's state (see core/library); plain articles are loaded. */
type MaybePending = Article & {readonly status?: 'pending' | 'loaded' | 'failed'};

/** The placeholder lines in the interface language (status.loading, reader.couldNotBeRead); English by default. */
export type PlaceholderLabels = {
	readonly loading: string;
	readonly couldNotBeRead: string;
};

const englishPlaceholders: PlaceholderLabels = {loading: 'loading…', couldNotBeRead: 'could not be read'};

/**
 * The one line shown under the title of an article whose paragraphs are not
 * there: `loading…` while pending, the reason when reading it failed.
 */
export function placeholderText(article: MaybePending, failure?: string, labels: PlaceholderLabels = englishPlaceholders): string | undefined {
	if (article.status === 'pending') {
		return labels.loading;
	}

	return article.status === 'failed' ? failure ?? labels.couldNotBeRead : undefined;
}

export function blockText(article: Article, block: number, placeholder?: string): string {
	if (block === 1 && placeholder !== undefined) {
		return placeholder;
	}

	return (block === 0 ? article.title : article.paragraphs[block - 1]) ?? '';
}

/**
 * Lays a block out the first time it is measured or drawn, never before. With a
 * placeholder (the article is loading or failed) block 1 is that one line.
 */
export function createArticleView(article: Article, width: number, height: number, settings: TextSettings, placeholder?: string): ArticleView {
	const layouts = new Map<number, ParagraphLayout>();
	const options = {width, bidi: settings.bidi, shape: settings.shape, direction: 'auto'} as const;
	const layout = (block: number, styles: readonly StyleRange[] = []): ParagraphLayout => {
		if (styles.length > 0) {
			return layoutParagraph(blockText(article, block, placeholder), options, styles);
		}

		let cached = layouts.get(block);
		if (!cached) {
			cached = layoutParagraph(blockText(article, block, placeholder), options);
			layouts.set(block, cached);
		}

		return cached;
	};

	const blockCount = 1 + (placeholder === undefined ? article.paragraphs.length : 1);
	return {
		height,
		gap: PARAGRAPH_GAP,
		blockCount,
		blockHeight: block => Math.max(1, layout(block).lines.length),
		// The first paragraph's direction (the title's when there is none) stands for the article's.
		direction: () => layout(blockCount > 1 ? 1 : 0).direction,
		layout,
	};
}

/** A `Measure` whose article views can also draw (they carry the layouts). */
export type AppMeasure = {
	readonly list: BlockView;
	readonly reader: (article: number) => ArticleView;
};

/**
 * Where the measure reads articles from: the library's current snapshot, read
 * at call time, so a measure outlives snapshots (its views are kept per article
 * object: one that has loaded since gets a new view).
 */
export type ArticleSource = {
	readonly articleAt: (index: number) => MaybePending | undefined;
	/** Why article `index` failed to load, for its placeholder line. */
	readonly failureOf?: (index: number) => string | undefined;
};

/** The article list a measure is for: a fixed array (tests) or a live source. */
function sourceOf(articles: readonly Article[] | ArticleSource): ArticleSource {
	return 'articleAt' in articles ? articles : {articleAt: index => articles[index]};
}

const empty: Article = {id: '', path: '', title: '', paragraphs: []};

/**
 * The measure for a terminal size; article views are made on demand and kept.
 * `rows` is how many rows the list has (the filtered count when the list is filtered);
 * `maxTextWidth` the widest the reader lays text out (see readerGeometry).
 */
export function createMeasure(
	articles: readonly Article[] | ArticleSource,
	size: TerminalSize,
	settings: TextSettings,
	rows = 'articleAt' in articles ? 0 : articles.length,
	maxTextWidth?: number,
	labels?: PlaceholderLabels,
): AppMeasure {
	const source = sourceOf(articles);
	const reader = readerGeometry(size, maxTextWidth);
	const views = new Map<number, {readonly article: Article; readonly view: ArticleView}>();
	return {
		list: {
			height: listGeometry(size).listHeight,
			gap: 0,
			blockCount: rows,
			blockHeight: () => 1,
		},
		reader(index) {
			const article = source.articleAt(index) ?? empty;
			let entry = views.get(index);
			if (entry?.article !== article) {
				const placeholder = placeholderText(article, source.failureOf?.(index), labels);
				entry = {article, view: createArticleView(article, reader.textWidth, reader.bodyHeight, settings, placeholder)};
				views.set(index, entry);
			}

			return entry.view;
		},
	};
}
