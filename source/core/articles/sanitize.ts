/**
 * Makes untrusted text safe to write to a terminal. Article files, file names
 * and anything else read from disk may carry escape sequences that would
 * recolour the screen, retitle the window, plant hyperlinks or worse; none of
 * them may reach the terminal. The result is a single line of text.
 */

/** A tab becomes this many spaces (paragraphs are laid out by qari, not by tab stops). */
export const TAB_SPACES = 4;

/**
 * Escape sequences are removed whole, not just their ESC, so that no parameter
 * debris (`[31m`) is left behind. C1 forms (U+009B CSI, U+009D OSC, …) are
 * treated like their 7-bit equivalents because some terminals honour them.
 */
const ESCAPE_SEQUENCE = new RegExp(
	[
		// CSI: parameter bytes, intermediate bytes, final byte. The final byte is
		// optional so that a truncated sequence still loses its introducer.
		String.raw`(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?`,
		// Control strings (OSC ], DCS P, SOS X, PM ^, APC _): the payload runs to
		// BEL or ST (ESC \ or U+009C); a control character (such as a line break)
		// ends an unterminated one, so it cannot swallow the rest of the text.
		String.raw`(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x00-\x1f\x9c]*(?:\x07|\x1b\\|\x9c)?`,
		// Any other escape sequence: intermediate bytes, then a final byte.
		String.raw`\x1b[\x20-\x2f]*[\x30-\x7e]?`,
	].join('|'),
	'g',
);

/**
 * Controls that break a line (LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH
 * SEPARATOR). Inside a single line of text they become a space so that the
 * words they separated stay apart.
 */
const LINE_BREAKING = /[\n\v\f\r\u0085\u2028\u2029]/g;

/** Every remaining C0 control, DEL and C1 control. */
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

/** Anything the four replacements above could change: every escape sequence starts with a control (ESC or C1). */
const NEEDS_SANITIZING = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;

/**
 * Removes escape sequences (CSI, OSC, DCS/SOS/PM/APC, other ESC sequences, and
 * their C1 forms) and every C0 control, DEL and C1 control; expands a tab to
 * {@link TAB_SPACES} spaces and turns line-breaking controls into a space.
 *
 * Kept on purpose: bidi formatting characters (LRM, RLM, ALM, LRE…PDF, LRI…PDI),
 * which the layout engine honours and then removes, and ZWJ/ZWNJ, which Arabic
 * and Persian spelling needs. Nothing else is changed: no trimming, no
 * collapsing of spaces.
 */
export function sanitizeText(text: string): string {
	// Most text (every id of a 10,000-file library, each made before the first frame) has nothing to remove.
	if (!NEEDS_SANITIZING.test(text)) return text;
	return text
		.replace(ESCAPE_SEQUENCE, '')
		.replaceAll('\t', ' '.repeat(TAB_SPACES))
		.replace(LINE_BREAKING, ' ')
		.replace(CONTROL, '');
}
