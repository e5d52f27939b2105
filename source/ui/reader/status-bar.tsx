import {Text} from 'ink';
import stringWidth from 'string-width';
import type {Article} from '../../core/articles/index.js';
import {VisualLineView} from '../components/visual-line.js';
import {styleFor} from '../components/run-style.js';
import {hintFor} from '../keys.js';
import {fitLine, type TextSettings} from '../text/fit-line.js';
import {readingProgress} from './progress.js';

/** Below this many cells the title is dropped rather than squeezed. */
const MIN_TITLE = 6;

type Props = {
	readonly article: Article;
	readonly focus: number;
	readonly width: number;
	readonly settings: TextSettings;
	readonly color: boolean;
	/** Shown before the position (e.g. that n wrapped around), dropped first when short of room. */
	readonly notice?: string | undefined;
};

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

/** The right-hand pieces, longest first: position, percent and the help hint, then fewer. */
export function statusPieces(article: Article, focus: number, width: number, notice?: string): string {
	// A library article whose paragraphs are not read yet (or could not be) has no position to show.
	const status = (article as {readonly status?: string}).status;
	const unread = status === 'pending' || status === 'failed';
	const position = unread ? (status === 'pending' ? 'loading…' : 'not read') : `¶ ${Math.min(focus, article.paragraphs.length)}/${article.paragraphs.length}`;
	const percent = unread ? '' : `${readingProgress(article, focus)}%`;
	// A long notice (e.g. why a bookmark was not saved) is cut rather than dropped, while there is room for a word of it.
	const noticeRoom = width - 4 - MIN_TITLE - stringWidth(position) - 2;
	const clipped = notice && noticeRoom >= MIN_TITLE ? [[clip(notice, noticeRoom), position].join('  ')] : [];
	const candidates = [
		...(notice ? [[notice, position, percent].filter(Boolean).join('  '), [notice, position].join('  '), ...clipped] : []),
		[position, percent, hintFor('help')].filter(Boolean).join('  '),
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

/** Last row of the reader: ` title…   ¶ 3/12  25%  ? help `, in reverse video. */
export function StatusBar({article, focus, width, settings, color, notice}: Props) {
	const right = statusPieces(article, focus, width, notice);
	const rightWidth = right === '' ? 0 : stringWidth(right) + 1;
	const titleWidth = width - rightWidth - 3;
	const title = fitLine(article.title, titleWidth >= MIN_TITLE || right === '' ? titleWidth : 0, settings);
	const gap = ' '.repeat(Math.max(0, width - 1 - title.width - rightWidth));
	return (
		<Text wrap="truncate-end" {...styleFor(['status'], color)}>
			{' '}
			<VisualLineView line={title} color={color} />
			{gap}
			{right === '' ? '' : `${right} `}
		</Text>
	);
}
