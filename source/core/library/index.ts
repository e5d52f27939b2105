/**
 * The library: articles that open fast and fill in behind the first frame.
 * `openLibrary` reads titles first, paragraphs and the search index in the
 * background, with an on-disk cache; `libraryFromArticles` wraps articles
 * already in memory.
 */
export type {Library, LibraryArticle, LibraryProgress, LibrarySnapshot} from './types.js';
export {libraryFromArticles} from './from-articles.js';
export {openLibrary, type OpenLibraryOptions} from './open.js';
export {resolveCacheDir} from './cache-dir.js';
