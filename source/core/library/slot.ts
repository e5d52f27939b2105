/** What the library knows about one article while it loads. */
import type {LibraryFile} from '../articles/scan.js';
import type {NormalizedArticle} from '../search/index.js';
import type {CachedEntry} from './cache/format.js';
import type {FileStamp} from './head.js';
import type {LibraryArticle} from './types.js';

export type Slot = {
	readonly file: LibraryFile;
	article: LibraryArticle;
	/** `reading`: taken by a reader, not settled yet. */
	state: 'pending' | 'reading' | 'loaded' | 'failed';
	/** Where an unchanged file's data is in the cache; dropped when that shard turns out bad. */
	cached: CachedEntry | undefined;
	/** The manifest row once its data is in a shard (an old one or one written now). */
	stored: CachedEntry | undefined;
	/** Search data from the cache, until indexed. */
	normalized: NormalizedArticle | undefined;
	/** Size and mtime of the bytes the article was parsed from (the cache key). */
	stamp: FileStamp | undefined;
	invalidEncoding: string | undefined;
};
