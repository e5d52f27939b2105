/**
 * `qari --help`: every command, flag, environment variable and key. meow
 * indents it and puts the package description above it. The keys come from
 * the reader's own key table, so the two cannot disagree.
 */
import {keyBindings, keysLabel} from '../ui/keys.js';

function keySummary(): string {
	const rows = keyBindings.map(binding => ({keys: keysLabel(binding.command), description: binding.description}));
	const width = Math.max(...rows.map(row => row.keys.length));
	return rows.map(row => `\t  ${row.keys.padEnd(width)}  ${row.description}`).join('\n');
}

export const helpText = `
	Usage
	  $ qari [PATH…]                   Read articles in the interactive reader
	  $ qari list [PATH…] [--json]     One line per article: title, paragraph count, path
	  $ qari read FILE [--width N]     Print one article laid out for the terminal
	  $ qari search QUERY [PATH…] [--json] [--limit N]
	                                   Fuzzy search of titles and paragraphs, best first
	                                   (fzf syntax: 'exact ^prefix suffix$ !not a|b)
	  $ qari bookmarks [PATH…] [--json]
	                                   Every bookmark, newest first: id, status, title,
	                                   ¶N, excerpt, note (paragraphs found again in
	                                   the articles of PATH…, or the bundled ones)
	  $ qari bookmark add FILE PARAGRAPH [--note TEXT]
	                                   Bookmark paragraph PARAGRAPH (from 1); prints its id
	  $ qari bookmark remove ID        Delete a bookmark
	  $ qari bookmarks export [--format json|md]
	                                   All bookmarks to stdout (json can be imported)
	  $ qari bookmarks import FILE     Merge an export in, leaving out duplicates

	PATH is an article file or a folder searched for them: .txt (the first
	line is the title, then one paragraph per line, or paragraphs separated
	by blank lines) and .md. Without a PATH qari opens the articles bundled
	with it.

	Options
	  --bidi auto|app|terminal   Who puts right-to-left text in visual order
	                               app       qari reorders and shapes it (and sends ESC[8l
	                                         so VTE, mintty and WezTerm do not reorder again)
	                               terminal  qari leaves it in logical order, for terminals
	                                         that reorder by themselves
	                               auto      terminal under Konsole, mlterm and Apple
	                                         Terminal, app everywhere else
	                             Default: auto; for \`read\`, app.
	  --no-shape                 Do not join Arabic letters into their connected forms
	                             (--shape turns it back on over the config file)
	  --lang ar|en               The reader's interface language (default: the
	                             config file, else LC_ALL, LC_MESSAGES, LANG: ar_*
	                             gives Arabic, anything else English)
	  --config FILE              Settings file to read instead of
	                             $XDG_CONFIG_HOME/qari/config.json
	  --color, --no-color        Colour in the reader on or off (over NO_COLOR)
	  --width N                  read: columns to lay out in, 1 to 1000
	                             (default: the terminal's width, or 80 when piped)
	  --json                     list: a JSON array of {id, path, title, paragraphs}
	                             (paragraphs is the count)
	  --limit N                  search: at most N results, 1 to 10000 (default 20)
	  --json                     search: a JSON array of {path, id, title, paragraph,
	                             score, text, matches}; paragraph counts from 1 (0 is
	                             the title), score 0 best … 1 worst, matches are
	                             [start, end) UTF-16 offsets into text
	  --data-dir DIR             Where bookmarks are kept (bookmarks.json); default
	                             $XDG_DATA_HOME/qari, or ~/.local/share/qari
	  --note TEXT                bookmark add: a note to keep with the bookmark
	  --format json|md           bookmarks export: JSON (default) or a Markdown list
	  --json                     bookmarks: a JSON array of {id, articleId, path,
	                             title, paragraph, excerpt, note, createdAt, status};
	                             paragraph counts from 1 and is where the text is
	                             now; status is ok or missing (a paragraph that
	                             moved is ok, at its new number); title is null
	                             when the article is not loaded
	  -h, --help                 Show this help
	  -v, --version              Show the version

	Output to a pipe
	  list   title<TAB>paragraphs<TAB>path per line; the title in logical order,
	         unshaped, as a script wants it
	  read   plain text with no colour or escape sequences; RTL lines padded on
	         the left to exactly the width
	  search per result a line \`title — ¶N  score S\` and a snippet around the
	         match, in logical order; a blank line between results
	  bookmarks  id<TAB>status<TAB>title<TAB>¶N<TAB>excerpt<TAB>note per line,
	         text in logical order; status is ok, moved (found at another
	         paragraph, N is the new one) or missing (N is where it was)

	Environment
	  QARI_BIDI   auto, app or terminal, as --bidi (the flag wins)
	  NO_COLOR    any non-empty value turns colour off
	  QARI_DATA_DIR  the data directory, as --data-dir (the flag wins)
	  LC_ALL, LC_MESSAGES, LANG  the first one set picks the interface
	              language: ar_* (e.g. ar_IQ.UTF-8) Arabic, else English
	  XDG_CONFIG_HOME  where qari/config.json is (default ~/.config)
	  QARI_CACHE_DIR  the cache of big libraries and of the compiled
	              program (default $XDG_CACHE_HOME/qari, or ~/.cache/qari);
	              safe to delete at any time

	Config file (JSON; every key optional; flags and QARI_BIDI win over it)
	  bidi       "auto", "app" or "terminal"    shape   true or false
	  lang       "ar" or "en"                   theme   "dark", "light" or "auto"
	  textWidth  20 to 400 columns (default 80)
	  keys       {"next": ["j", "down"], "bookmark": "m", …}: a command gets
	             exactly these keys, and no other command keeps them
	  A file that is not valid is reported in one line and qari starts with
	  the defaults.

	Keys in the reader
${keySummary()}

	Exit status
	  0 done, 1 unexpected error, 2 bad usage or a path that does not exist
	  Bookmark commands: 2 also for a paragraph, id or import file that is not
	  there or not valid (bookmarks are left as they were); 1 when bookmarks
	  cannot be saved (read-only or full disk, another qari holding the lock)

	Examples
	  $ qari
	  $ qari ~/news
	  $ qari list ~/news --json
	  $ qari read ~/news/article.txt --width 60 | less -R
`;
