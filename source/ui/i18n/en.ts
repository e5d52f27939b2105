import type {EnglishPlural} from './types.js';

/**
 * The English interface: every string the TUI shows, by key. It is the reference
 * catalogue: MessageKey is its keys, and ar.ts must have exactly these (see
 * ArabicCatalogue). `{name}` is a placeholder; a plural picks its form by `count`.
 * Key names (`{key}`) are parameters because keys can be remapped.
 * /work/notes/i18n-strings.md maps each literal in the components to its key.
 */
export const en = {
	'app.name': 'qari',

	// Key labels (keys.ts specialLabels); keys keep their Latin letters in every language.
	'key.up': '↑',
	'key.down': '↓',
	'key.pageUp': 'PgUp',
	'key.pageDown': 'PgDn',
	'key.home': 'Home',
	'key.end': 'End',
	'key.enter': 'Enter',
	'key.escape': 'Esc',
	'key.backspace': 'Backspace',
	'key.left': '←',
	'key.right': '→',
	'key.tab': 'Tab',
	'key.space': 'Space',
	'key.ctrl': 'Ctrl+{key}',

	// Status-line hints: `? help`.
	'hint.format': '{key} {action}',
	'hint.open': 'open',
	'hint.quit': 'quit',
	'hint.help': 'help',
	'hint.search': 'search',
	'hint.back': 'back',
	'hint.select': 'select',
	'hint.filter': 'filter',
	'hint.delete': 'delete',
	'hint.undo': 'undo',
	'hint.note': 'note',

	// The help overlay: its heading and one description per command of the key table.
	'help.heading': 'Keys',
	// The overlay's last row when it is scrolled: what is hidden, and which way.
	'help.moreBelow': '↓ more',
	'help.moreAbove': '↑ more',
	'help.moreBoth': '↑↓ more',
	'command.next': 'Next paragraph; next article in the list',
	'command.previous': 'Previous paragraph; previous article in the list',
	'command.pageDown': 'Page down',
	'command.pageUp': 'Page up',
	'command.first': 'Go to the beginning',
	'command.last': 'Go to the end',
	'command.open': 'Open the selected article',
	'command.back': 'Back to the list; close this help',
	'command.close': 'Back to the list; quit from the list',
	'command.help': 'Show or hide this help',
	'command.quit': 'Quit from anywhere',
	'command.search': 'Search all articles (Enter opens a result, Esc returns)',
	'command.nextMatch': 'Reader: next paragraph matching the last search (wraps)',
	'command.previousMatch': 'Reader: previous paragraph matching the last search (wraps)',
	'command.deleteBack': 'Search: delete the last character of the query',
	'command.clearQuery': 'Search: clear the query',
	'command.bookmark': 'Reader: bookmark the focused paragraph, or remove its bookmark (marked *)',
	'command.bookmarks': 'All bookmarks (/ filters, Enter opens one, Esc returns)',
	'command.deleteBookmark': 'Bookmarks: delete the selected bookmark',
	'command.undoDelete': 'Bookmarks: undo the last delete',
	'command.editNote': 'Bookmarks: edit the note (Enter saves, Esc cancels)',
	// Commands being added (issues 5 and 6).
	'command.filter': 'List: filter the titles as you type (↑/↓ move, Enter opens, Esc clears)',
	'command.previousArticle': 'Reader: previous article, without going back to the list',
	'command.nextArticle': 'Reader: next article, without going back to the list',
	'command.narrower': 'Reader: make the text narrower',
	'command.wider': 'Reader: make the text wider',
	'command.copy': 'Reader: copy the focused paragraph to the clipboard',
	'command.jump': 'Reader: go to a paragraph number or a percentage (e.g. 12 or 50%)',
	'command.pageLeft': 'Reader: page toward the left (next page in right-to-left text, previous in left-to-right)',
	'command.pageRight': 'Reader: page toward the right (previous page in right-to-left text, next in left-to-right)',

	// The article list.
	'list.articles': {one: '{count} article', other: '{count} articles'},
	'list.shownOfTotal': {one: '{shown} of {count} article', other: '{shown} of {count} articles'},
	/** The header after the name while the library works in the background: `10000 articles · indexing 43%`. */
	'list.headerWithProgress': '{articles} · {progress}',
	'list.empty': 'No articles to read.',
	'list.pressToQuit': 'Press {key} to quit.',
	'list.paragraphCount': '{count} ¶',
	/** In place of the paragraph count of an article that could not be read. */
	'list.paragraphCountFailed': '! ¶',
	/** … while its paragraphs are still being read. */
	'list.paragraphCountPending': '… ¶',
	'list.bookmarkCount': '{count}*',
	'list.loadingProgress': 'loading {percent}',
	'list.indexingProgress': 'indexing {percent}',
	'list.noMatch': 'No title matches.',
	'list.filterPlaceholder': 'type to filter titles  ({key} clears)',
	'warning.one': '⚠ {warning}',
	/** Several load warnings: they are printed on stderr when qari quits. */
	'warning.fileCount': {one: '⚠ {count} file warning (listed on exit)', other: '⚠ {count} file warnings (listed on exit)'},

	// The reader: the status bar, and the line under the title of an article not read (yet).
	'status.loading': 'loading…',
	'reader.position': '¶ {focus}/{total}',
	'reader.notRead': 'not read',
	'reader.couldNotBeRead': 'could not be read',
	'format.percent': '{percent}%',

	// Search.
	'search.placeholder': 'type to search',
	'search.indexing': 'indexing…',
	'search.searching': 'searching…',
	'search.noResults': 'no results',
	'search.results': {one: '{count} result', other: '{count} results'},
	/** `progress` is list.indexingProgress, or search.indexing when there is no percentage. */
	'search.partial': {
		one: 'searched {searched} of {count} article — {progress}',
		other: 'searched {searched} of {count} articles — {progress}',
	},
	'search.inTitle': 'title',
	'search.paragraph': '¶ {number}',

	// The bookmarks view.
	'bookmarks.heading': 'Bookmarks',
	'bookmarks.count': {one: '{count} bookmark', other: '{count} bookmarks'},
	'bookmarks.empty': 'No bookmarks yet: {key} in the reader adds one.',
	'bookmarks.noMatch': 'No bookmark matches.',
	'bookmarks.paragraph': '¶ {number}  {text}',
	'bookmarks.paragraphLoading': '¶ {number}  loading…  {text}',
	'bookmarks.notFound': 'paragraph not found: {text}',

	// One-off notices in the status bar.
	'notice.bookmarked': 'bookmarked',
	'notice.bookmarkRemoved': 'bookmark removed',
	'notice.bookmarkDeleted': 'bookmark deleted: {key} undoes',
	'notice.bookmarkRestored': 'bookmark restored',
	'notice.noteSaved': 'note saved',
	'notice.paragraphNotFound': 'paragraph not found',
	'notice.nothingToBookmark': 'no paragraph to bookmark',
	'notice.bookmarksUnavailable': 'bookmarks are not available',
	/** A store failure; `reason` is the store's own one-line message. */
	'notice.notSaved': '{reason}',
	'notice.noSearch': 'no search yet: {key} to search',
	'notice.noMatchHere': 'no match in this article',
	'notice.wrappedToFirst': 'wrapped to the first match',
	'notice.wrappedToLast': 'wrapped to the last match',
	'notice.textWidth': 'text width {width}',
	'notice.copied': 'copied to the clipboard',
	'notice.clipboardUnavailable': 'this terminal has no clipboard access',
	'notice.clipboardTooLarge': 'too long to copy',
	'notice.nothingToCopy': 'nothing to copy',
	'notice.firstArticle': 'this is the first article',
	'notice.lastArticle': 'this is the last article',

	// `:` jump to a paragraph.
	'jump.prompt': ':',
	'jump.placeholder': 'paragraph number or percentage',
	'jump.invalid': 'not a paragraph number or a percentage: {input}',
	'jump.outOfRange': {
		one: 'no paragraph {number}: this article has {count} paragraph',
		other: 'no paragraph {number}: this article has {count} paragraphs',
	},

	// The config file. `error` is core/config's one line (file, key, problem), which stays English.
	'config.error': '{error}; using the defaults',
	/** A key remap not applied as written; `warning` is ui/keymap.ts's English line. */
	'config.keyWarning': 'config file: {warning}',
	// Key remaps (ui/keymap.ts); `taken` is a list of keys.takenBy joined with format.listSeparator.
	'keys.conflict': 'keys: {key} is given to both {first} and {second}; {first} keeps it',
	'keys.noKeyLeft': 'keys: {command} has no key left ({taken} now)',
	'keys.takenBy': '{key} is {command}',
	'format.listSeparator': ', ',

	// Themes.
	'theme.dark': 'dark',
	'theme.light': 'light',
	'theme.auto': 'auto',
} as const satisfies Readonly<Record<string, string | EnglishPlural>>;
