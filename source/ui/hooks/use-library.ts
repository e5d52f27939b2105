import {useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type Dispatch} from 'react';
import type {Library, LibrarySnapshot} from '../../core/library/index.js';
import {filterRows, titleKeys} from '../list/title-filter.js';
import {idWidth} from '../list/row-model.js';
import type {AppMeasure, ArticleSource} from '../measure.js';
import type {Action} from '../state/index.js';

/** Why article `index` could not be read: the load warning that names its file, without `warning:`. */
export function failureReason(snapshot: LibrarySnapshot, index: number): string | undefined {
	const article = snapshot.articles[index];
	if (article?.status !== 'failed') {
		return undefined;
	}

	const warning = snapshot.warnings.find(text => text.includes(article.path)) ?? snapshot.warnings.find(text => text.includes(article.id));
	return warning === undefined ? undefined : warning.replace(/^warning:\s*/u, '');
}

export type LibraryView = {
	/** The snapshot this render draws. */
	readonly snapshot: LibrarySnapshot;
	/** Articles as the measure reads them: always the library's latest. */
	readonly source: ArticleSource;
	/** The widest id, measured once (ids never change once the library is open). */
	readonly idWidth: number;
};

/**
 * Follows a library as it loads (useSyncExternalStore: one render per change
 * the library reports, at most every ~100 ms). Everything here that walks the
 * whole list is done once per library, never per snapshot.
 */
export function useLibrary(library: Library): LibraryView {
	const subscribe = useCallback((listener: () => void) => library.subscribe(listener), [library]);
	const getSnapshot = useCallback(() => library.getSnapshot(), [library]);
	const snapshot = useSyncExternalStore(subscribe, getSnapshot);
	const source = useMemo<ArticleSource>(
		() => ({
			articleAt: index => library.getSnapshot().articles[index],
			failureOf: index => failureReason(library.getSnapshot(), index),
		}),
		[library],
	);
	const widest = useMemo(() => idWidth(library.getSnapshot().articles), [library]);
	return {snapshot, source, idWidth: widest};
}

/**
 * The list's rows under the title filter: undefined while it is closed or
 * empty. Titles are folded once, the first time the filter opens.
 */
export function useTitleFilter(library: Library, filter: string | undefined): readonly number[] | undefined {
	const open = filter !== undefined;
	const keys = useMemo(() => (open ? titleKeys(library.getSnapshot().articles) : undefined), [library, open]);
	return useMemo(() => (keys && filter !== undefined ? filterRows(keys, filter) : undefined), [keys, filter]);
}

/**
 * When the open article loads (or fails) its view is measured anew: the reducer
 * re-anchors the reader, going to the paragraph it was opened at. Asks the
 * library to read it first, too.
 */
export function useOpenArticle(
	library: Library,
	snapshot: LibrarySnapshot,
	articleIndex: number | undefined,
	measure: AppMeasure,
	dispatch: Dispatch<Action>,
): void {
	const article = articleIndex === undefined ? undefined : snapshot.articles[articleIndex];
	const pending = article?.status === 'pending';
	useEffect(() => {
		if (pending && articleIndex !== undefined) {
			library.prioritize(articleIndex);
		}
	}, [library, pending, articleIndex]);

	const seen = useRef<{index: number | undefined; article: unknown}>({index: articleIndex, article});
	useEffect(() => {
		const before = seen.current;
		seen.current = {index: articleIndex, article};
		if (articleIndex !== undefined && before.index === articleIndex && before.article !== article) {
			dispatch({type: 'articleLoaded', article: articleIndex, measure});
		}
	}, [articleIndex, article, measure, dispatch]);
}
