import {Box} from 'ink';
import type {Article} from '../../core/articles/index.js';
import type {StyleRange} from '../../core/layout/index.js';
import type {ReaderGeometry} from '../geometry.js';
import {HelpOverlay} from '../help/help-overlay.js';
import type {ArticleView} from '../measure.js';
import type {ReaderState} from '../state/index.js';
import type {TextSettings} from '../text/fit-line.js';
import type {Notice} from '../state/notice.js';
import {ReaderBody} from './reader-body.js';
import {StatusBar} from './status-bar.js';

type Props = {
	readonly article: Article;
	readonly reader: ReaderState;
	readonly view: ArticleView;
	readonly geometry: ReaderGeometry;
	readonly columns: number;
	readonly help: boolean;
	/** The first help entry shown while the overlay is scrolled (state.helpTop). */
	readonly helpTop?: number | undefined;
	readonly settings: TextSettings;
	readonly highlights?: ReadonlyMap<number, readonly StyleRange[]>;
	/** A one-off message for the status bar. */
	readonly notice?: Notice | undefined;
	/** Blocks that carry a bookmark. */
	readonly bookmarked?: ReadonlySet<number> | undefined;
};

export function ReaderScreen({article, reader, view, geometry, columns, help, helpTop, settings, highlights, notice, bookmarked}: Props) {
	return (
		<Box flexDirection="column" width={columns}>
			{help ? (
				<HelpOverlay height={geometry.bodyHeight} top={helpTop} width={columns} settings={settings} />
			) : (
				<ReaderBody view={view} top={reader.top} focus={reader.focus} geometry={geometry} highlights={highlights} bookmarked={bookmarked} />
			)}
			{geometry.statusBar ? (
				<StatusBar article={article} focus={reader.focus} width={columns} settings={settings} notice={notice} />
			) : null}
		</Box>
	);
}
