import type {LibraryProgress} from '../../core/library/index.js';
import type {Translator} from '../i18n/index.js';
import {isolateLtr} from '../text/isolate.js';

/**
 * Interface text made where the data is (the app follows the library) but
 * written where the language is known (the screens, through useUi): numbers
 * stay numbers until the translator writes them and picks the plural.
 */
export type Label = (translator: Translator) => string;

function percent(part: number, total: number): number {
	return total <= 0 ? 100 : Math.min(100, Math.floor((100 * part) / total));
}

/** `43%` (`43٪` in Arabic), isolated so the sign stays on the same side as in the reader's status bar. */
function shownPercent(translator: Translator, value: number): string {
	return isolateLtr(translator.formatPercent(value), translator.direction);
}

/**
 * What the library is doing in the background, for the list's header:
 * `loading 12%` while paragraphs are read, `indexing 43%` while the search
 * index is built, '' once it is ready (benchmarks wait for it to go).
 */
export function progressLabel(progress: LibraryProgress): Label | '' {
	switch (progress.phase) {
		case 'loading': {
			const done = percent(progress.loaded, progress.total);
			return translator => translator.t('list.loadingProgress', {percent: shownPercent(translator, done)});
		}

		case 'indexing': {
			const done = percent(progress.indexed, progress.total);
			return translator => translator.t('list.indexingProgress', {percent: shownPercent(translator, done)});
		}

		default: {
			return '';
		}
	}
}

/** `10,000 articles`, or `12 of 10,000 articles` while the list is filtered. */
export function articleCount(total: number, shown?: number): Label {
	return ({t}) => (shown === undefined ? t('list.articles', {count: total}) : t('list.shownOfTotal', {shown, count: total}));
}

/** The list header after the name: the count, then the background work while it runs. */
export function listHeader(progress: LibraryProgress, shown?: number): Label {
	const work = progressLabel(progress);
	const count = articleCount(progress.total, shown);
	return translator => (work === ''
		? count(translator)
		: translator.t('list.headerWithProgress', {articles: count(translator), progress: work(translator)}));
}

/**
 * On the search screen while the index is still growing:
 * `searched 4,210 of 10,000 articles — indexing 43%`; '' once it covers them all.
 */
export function searchedLabel(searched: number | undefined, progress: LibraryProgress): Label | '' {
	if (searched === undefined || (searched >= progress.total && progress.phase === 'ready')) {
		return '';
	}

	const work = progressLabel(progress);
	return translator => translator.t('search.partial', {
		searched,
		count: progress.total,
		progress: work === '' ? translator.t('search.indexing') : work(translator),
	});
}
