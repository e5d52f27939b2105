/**
 * Bookmarks and reading positions on the person's disk: the pure core
 * (no UI). See store.ts for the API and schema.ts for the file formats.
 */
export {type Anchor, anchorBookmark, EXCERPT_MATCH_THRESHOLD, type ResolvedBookmark, resolveBookmarks} from './anchor.js';
export {StoreFormatError, StoreImportError, StoreVersionError, StoreWriteError} from './errors.js';
export {type ExportFormat, formatBookmarksMarkdown, type ImportResult} from './exchange.js';
export {EXCERPT_GRAPHEMES, makeExcerpt} from './excerpt.js';
export {fingerprintParagraph, normalizeForFingerprint} from './fingerprint.js';
export type {StoreFs} from './fs.js';
export {DEFAULT_LOCK_SETTINGS, type LockSettings} from './lock.js';
export {migrate} from './migrate.js';
export {BOOKMARKS_FILE, POSITIONS_FILE, resolveDataDir, type DataDirSource} from './paths.js';
export {MAX_POSITIONS} from './position-store.js';
export {type Bookmark, STORE_VERSION, type StoreFileV1} from './schema.js';
export {type NewBookmark} from './bookmark-store.js';
export {openStore, type Store, type StoreOptions} from './store.js';
