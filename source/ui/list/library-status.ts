import type {LibraryProgress} from '../../core/library/index.js';

/** Counts as people read them: `10,000`. */
export function formatCount(count: number): string {
	return count.toLocaleString('en-US');
}

function percent(part: number, total: number): number {
	return total <= 0 ? 100 : Math.min(100, Math.floor((100 * part) / total));
}

/**
 * What the library is doing in the background, for the list's header:
 * `loading 12%` while paragraphs are read, `indexing 43%` while the search
 * index is built, '' once it is ready (benchmarks wait for it to go).
 */
export function progressLabel(progress: LibraryProgress): string {
	switch (progress.phase) {
		case 'loading': {
			return `loading ${percent(progress.loaded, progress.total)}%`;
		}

		case 'indexing': {
			return `indexing ${percent(progress.indexed, progress.total)}%`;
		}

		default: {
			return '';
		}
	}
}

/** `10,000 articles`, or `12 of 10,000 articles` while the list is filtered. */
export function articleCount(total: number, shown?: number): string {
	const all = `${formatCount(total)} article${total === 1 ? '' : 's'}`;
	return shown === undefined ? all : `${formatCount(shown)} of ${all}`;
}

/** The list header after `qari`: the count, then the background work while it runs. */
export function listHeader(progress: LibraryProgress, shown?: number): string {
	const work = progressLabel(progress);
	return work === '' ? articleCount(progress.total, shown) : `${articleCount(progress.total, shown)} · ${work}`;
}

/**
 * On the search screen while the index is still growing:
 * `searched 4,210 of 10,000 articles — indexing 43%`; '' once it covers them all.
 */
export function searchedLabel(searched: number | undefined, progress: LibraryProgress): string {
	if (searched === undefined || (searched >= progress.total && progress.phase === 'ready')) {
		return '';
	}

	return `searched ${formatCount(searched)} of ${articleCount(progress.total)} — ${progressLabel(progress) || 'indexing…'}`;
}
