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
	  --width N                  read: columns to lay out in, 1 to 1000
	                             (default: the terminal's width, or 80 when piped)
	  --json                     list: a JSON array of {id, path, title, paragraphs}
	                             (paragraphs is the count)
	  -h, --help                 Show this help
	  -v, --version              Show the version

	Output to a pipe
	  list   title<TAB>paragraphs<TAB>path per line; the title in logical order,
	         unshaped, as a script wants it
	  read   plain text with no colour or escape sequences; RTL lines padded on
	         the left to exactly the width

	Environment
	  QARI_BIDI   auto, app or terminal, as --bidi (the flag wins)
	  NO_COLOR    any non-empty value turns colour off

	Keys in the reader
${keySummary()}

	Exit status
	  0 done, 1 unexpected error, 2 bad usage or a path that does not exist

	Examples
	  $ qari
	  $ qari ~/news
	  $ qari list ~/news --json
	  $ qari read ~/news/article.txt --width 60 | less -R
`;
