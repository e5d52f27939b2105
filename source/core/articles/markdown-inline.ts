/**
 * Reduces Markdown inline markup to the text a reader sees: emphasis markers,
 * code span backticks, links and images go; their text stays.
 */

/**
 * Code spans and backslash escapes are literal text, so they are set aside
 * (replaced by numbered placeholders in the Private Use Area) before the other
 * rules run and put back afterwards. Any U+E000 already in the text is set aside
 * too, so that only real placeholders are ever restored. A code span is at most
 * 1000 characters long: the search for its closing backticks must stay short,
 * or text full of unmatched backticks would take quadratic time.
 */
const LITERAL = /\\([!-/:-@[-`{-~])|(?<!`)(`+)(?!`)(.{0,999}?[^`])\2(?!`)|\uE000/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * `![alt](url "title")`: the text may not hold brackets, the URL may hold one
 * level of balanced parentheses. Character classes that stop at the next
 * bracket (and, below, at the next marker) keep every rule linear: these run on
 * untrusted text, and lazy `.+?` patterns would be quadratic on crafted input.
 */
const IMAGE = /!\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const LINK = /\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

/**
 * Emphasis needs non-space text just inside its markers, and a single marker
 * may not touch another one (that would be part of a double marker).
 * Underscores also need a non-word character (or nothing) just outside, as in
 * CommonMark, so that `snake_case_names` keep their underscores. Emphasis does
 * not span another marker of its own kind; nesting is handled by repeating the
 * rules (`**a *b* c**`: first `*b*`, then the `**` pair).
 */
const EMPHASIS_RULES = [
	/\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*/gu,
	/(?<![\p{L}\p{N}_])__(?=[^\s_])([^_]+?)(?<=[^\s_])__(?![\p{L}\p{N}_])/gu,
	/(?<!\*)\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?!\*)/gu,
	/(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu,
];
/** Enough for `***x***`, `**_x_**` and one level of nesting either way. */
const EMPHASIS_PASSES = 3;

/** One line of Markdown inline text (a paragraph whose lines are already joined) → plain text. */
export function stripInlineMarkdown(text: string): string {
	const literals: string[] = [];
	const protectedText = text.replace(LITERAL, (match, escaped?: string, _fence?: string, code?: string) => {
		literals.push(escaped ?? (code === undefined ? match : trimCodeSpan(code)));
		return `\uE000${literals.length - 1}\uE001`;
	});
	let plain = protectedText.replace(IMAGE, '$1').replace(LINK, '$1');
	for (let pass = 0; pass < EMPHASIS_PASSES; pass++) {
		const before = plain;
		for (const rule of EMPHASIS_RULES) plain = plain.replace(rule, '$1');
		if (plain === before) break;
	}
	return plain.replace(PLACEHOLDER, (_match, index: string) => literals[Number(index)] ?? '');
}

/** CommonMark drops one space on each side of a code span when both are there (`` `` `x` `` ``). */
function trimCodeSpan(code: string): string {
	return code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '' ? code.slice(1, -1) : code;
}
