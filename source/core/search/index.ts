/**
 * Fuzzy search over articles, for titles and paragraphs in Arabic and other
 * scripts. Build the index once when articles load; then search on each keystroke.
 */
export {buildSearchIndex} from './build-index.js';
export {normalizeForSearch, type NormalizedText} from './normalize.js';
export {parseQuery, type ParsedQuery, type QueryTerm, type TermKind} from './query.js';
export {search, DEFAULT_LIMIT, DEFAULT_CANDIDATE_LIMIT} from './search.js';
export {createSearcher, type Searcher, type SearchRequest} from './searcher.js';
export {FUZZY_THRESHOLD, fuseOptions} from './fuse-options.js';
export type {SearchableArticle, SearchIndex, SearchOptions, SearchResult} from './types.js';
