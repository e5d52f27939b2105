/**
 * Fuzzy search over articles, for titles and paragraphs in Arabic and other
 * scripts. Build the index as articles load (createIndexBuilder, or
 * buildSearchIndex at once); then search a snapshot on each keystroke.
 */
export {buildSearchIndex} from './build-index.js';
export {createIndexBuilder, type IndexBuilder, type IndexBuilderOptions} from './index-builder.js';
export {NORMALIZER_VERSION, isNormalizedArticle, normalizeArticle, type NormalizedArticle} from './normalized-article.js';
export {normalizeForSearch, type NormalizedText} from './normalize.js';
export {parseQuery, type ParsedQuery, type QueryTerm, type TermKind} from './query.js';
export {search, DEFAULT_LIMIT, DEFAULT_CANDIDATE_LIMIT} from './search.js';
export {createSearcher, type Searcher, type SearchRequest} from './searcher.js';
export {FUZZY_THRESHOLD, fuseOptions} from './fuse-options.js';
export {unitText, type SearchableArticle, type SearchIndex, type SearchOptions, type SearchResult} from './types.js';
