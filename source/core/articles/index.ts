/**
 * Article loading's public surface: `loadLibrary` reads files and directories
 * into sanitised articles; `sanitizeText` is shared with the layout engine and UI.
 */
export type {Article, ArticleFormat, LoadOptions, LoadResult, ParsedArticle} from './types.js';
export {LibraryError} from './errors.js';
export {DEFAULT_MAX_FILE_BYTES, loadLibrary} from './load.js';
export {detectTextFormat, parseArticle, type FormatChoice} from './parse.js';
export {sanitizeText} from './sanitize.js';
