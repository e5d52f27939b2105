import {Text} from 'ink';
import stringWidth from 'string-width';
import type {Article} from '../../core/articles/index.js';
import {VisualLineView} from '../components/visual-line.js';
import type {Translator} from '../i18n/index.js';
import type {Binding} from '../keys.js';
import {isolateLtr} from '../text/isolate.js';
import {commandHint} from '../text/key-labels.js';
import {fitLine, type TextSettings} from '../text/fit-line.js';
import {type Notice, noticeText} from '../state/notice.js';
import {themeStyle} from '../theme.js';
import {defaultUiSettings, useUi} from '../ui-context.js';
import {readingProgress} from './progress.js';

/** Below this many cells the title is dropped rather than squeezed. */
const MIN_TITLE = 6;

type Props = {
	readonly article: Article;
	readonly focus: number;
	readonly width: number;
	readonly settings: TextSettings;
	/** Shown before the position (e.g. that n wrapped around), dropped first when short of room. */
	readonly notice?: Notice | undefined;
};

type Chrome = {readonly translator: Translator; readonly bindings: readonly Binding[]};

/** The start of `text` in at most `width` cells, with `…` when cut. */
function clip(text: string, width: number): string {
	if (stringWidth(text) <= width) {
		return text;
	}

	let kept = '';
	for (const character of text) {
		if (stringWidth(kept + character) + 1 > width) {
			break;
		}

		kept += character;
	}

	return `${kept}…`;
}

/**
 * The pieces after the title in reading order, longest first: notice,
 * position, percent and the help hint, then fewer. In logical order: the
 * Arabic interface lays them out right to left.
 */
export function statusPieces(article: Article, focus: number, width: number, notice?: string, {translator, bindings}: Chrome = defaultUiSettings): string {
	const {t} = translator;
	// A library article whose paragraphs are not read yet (or could not be) has no position to show.
	const status = (article as {readonly status?: string}).status;
	const unread = status === 'pending' || status === 'failed';
	const total = article.paragraphs.length;
	const position = unread
		? (status === 'pending' ? t('status.loading') : t('reader.notRead'))
		: isolateLtr(t('reader.position', {focus: Math.min(focus, total), total}), translator.direction);
	// Isolated in the Arabic interface: otherwise the words around a number decide which side its sign is on (`6٪` or `٪6`).
	const percent = unread ? '' : isolateLtr(translator.formatPercent(readingProgress(article, focus)), translator.direction);
	const help = commandHint(bindings, 'help', translator);
	// A long notice (e.g. why a bookmark was not saved) is cut rather than dropped, while there is room for a word of it.
	const noticeRoom = width - 4 - MIN_TITLE - stringWidth(position) - 2;
	const clipped = notice && noticeRoom >= MIN_TITLE ? [[clip(notice, noticeRoom), position].join('  ')] : [];
	const candidates = [
		...(notice ? [[notice, position, percent].filter(Boolean).join('  '), [notice, position].join('  '), ...clipped] : []),
		[position, percent, help].filter(Boolean).join('  '),
		[position, percent].filter(Boolean).join('  '),
		position,
	];
	return (
		// Leading space, title, two spaces, pieces, trailing space.
		candidates.find(candidate => stringWidth(candidate) + 4 + MIN_TITLE <= width) ??
		candidates.find(candidate => stringWidth(candidate) + 2 <= width) ??
		''
	);
}

/**
 * Last row of the reader, in reverse video: ` title…   ¶ 3/12  25%  ? help `.
 * The Arabic interface mirrors it: the title at the right edge, the pieces
 * read right to left from the left part of the bar.
 */
export function StatusBar({article, focus, width, settings, notice}: Props) {
	const ui = useUi();
	const {translator, theme} = ui;
	const rtl = translator.direction === 'rtl';
	const right = statusPieces(article, focus, width, notice === undefined ? undefined : noticeText(notice, translator, ui.bindings), ui);
	const piecesWidth = right === '' ? 0 : stringWidth(right) + 1;
	const titleWidth = width - piecesWidth - 3;
	const title = fitLine(article.title, titleWidth >= MIN_TITLE || right === '' ? titleWidth : 0, settings);
	// The pieces are interface text: through the layout engine in its direction (shaped, reordered).
	const pieces = fitLine(right, Math.max(0, piecesWidth - 1), settings, translator.direction);
	const gap = ' '.repeat(Math.max(0, width - 2 - title.width - pieces.width));
	return (
		<Text wrap="truncate-end" {...themeStyle(theme, ['status'])}>
			{' '}
			<VisualLineView line={rtl ? pieces : title} />
			{gap}
			<VisualLineView line={rtl ? title : pieces} />
			{' '}
		</Text>
	);
}
