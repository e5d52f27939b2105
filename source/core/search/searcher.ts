/**
 * Searching while the user types. Each call supersedes the previous one: the
 * older search stops at its next slice and its promise rejects with an
 * AbortError. Work runs in slices on the main thread and yields to the event
 * loop (setImmediate) about every few milliseconds, so keystrokes and redraws
 * are handled between slices.
 *
 * Why not a worker thread: a worker would need its own copy of the index
 * (~66 MB for 100,000 paragraphs) or a serialised transfer at every library
 * change, while a search costs tens of milliseconds; slicing keeps input
 * latency to one slice (a few ms) at no memory cost.
 */
import {searchSteps} from './search.js';
import type {SearchIndex, SearchOptions, SearchResult} from './types.js';

/** How long a search may run before it lets the event loop in. */
const SLICE_MS = 4;

export type SearchRequest = SearchOptions & {
	/** Aborting it stops this search like a newer search would. */
	readonly signal?: AbortSignal;
};

export type Searcher = {
	/** Resolves with the results, or rejects with an AbortError when superseded or aborted. */
	search(query: string, request?: SearchRequest): Promise<SearchResult[]>;
	/** Stops the search in progress, if any. */
	cancel(): void;
};

function abortError(): Error {
	const error = new Error('search superseded');
	error.name = 'AbortError';
	return error;
}

const nextTurn = async (): Promise<void> => new Promise(resolve => {
	setImmediate(resolve);
});

export function createSearcher(index: SearchIndex): Searcher {
	let current: AbortController | undefined;

	return {
		async search(query, request = {}) {
			current?.abort();
			const controller = new AbortController();
			current = controller;
			const {signal: outer, ...options} = request;
			if (outer?.aborted) {
				controller.abort();
			}

			const onOuterAbort = (): void => {
				controller.abort();
			};

			outer?.addEventListener('abort', onOuterAbort, {once: true});
			try {
				// Let the caller's current turn finish (the keystroke that started this search).
				await nextTurn();
				const steps = searchSteps(index, query, options);
				let sliceStart = performance.now();
				for (;;) {
					if (controller.signal.aborted) {
						throw abortError();
					}

					const step = steps.next();
					if (step.done) {
						return step.value;
					}

					if (performance.now() - sliceStart >= SLICE_MS) {
						await nextTurn();
						sliceStart = performance.now();
					}
				}
			} finally {
				outer?.removeEventListener('abort', onOuterAbort);
				if (current === controller) {
					current = undefined;
				}
			}
		},
		cancel() {
			current?.abort();
		},
	};
}
