import {Box} from 'ink';
import type {Article} from '../../core/articles/index.js';
import type {StyleRange} from '../../core/layout/index.js';
import type {ReaderGeometry} from '../geometry.js';
import {HelpOverlay} from '../help/help-overlay.js';
import type {ArticleView} from '../measure.js';
import type {ReaderState} from '../state/index.js';
import type {TextSettings} from '../text/fit-line.js';
import {ReaderBody} from './reader-body.js';
import {StatusBar} from './status-bar.js';

type Props = {
	readonly article: Article;
	readonly reader: ReaderState;
	readonly view: ArticleView;
	readonly geometry: ReaderGeometry;
	readonly columns: number;
	readonly help: boolean;
	readonly settings: TextSettings;
	readonly color: boolean;
	readonly highlights?: ReadonlyMap<number, readonly StyleRange[]>;
	/** A one-off message for the status bar. */
	readonly notice?: string | undefined;
	/** Blocks that carry a bookmark. */
	readonly bookmarked?: ReadonlySet<number> | undefined;
};

export function ReaderScreen({article, reader, view, geometry, columns, help, settings, color, highlights, notice, bookmarked}: Props) {
	return (
		<Box flexDirection="column" width={columns}>
			{help ? (
				<HelpOverlay height={geometry.bodyHeight} width={columns} color={color} />
			) : (
				<ReaderBody view={view} top={reader.top} focus={reader.focus} geometry={geometry} color={color} highlights={highlights} bookmarked={bookmarked} />
			)}
			{geometry.statusBar ? (
				<StatusBar article={article} focus={reader.focus} width={columns} settings={settings} color={color} notice={notice} />
			) : null}
		</Box>
	);
}
