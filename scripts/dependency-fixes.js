/**
 * Small fixes to dependencies, applied to their code as it goes into the bundle.
 * Each names the exact text it replaces; the build fails if that text is gone,
 * so an upgrade cannot silently drop a fix.
 */
export const dependencyFixes = [
	{
		// Ink 6.8's incremental renderer (which rewrites only the lines that changed)
		// moves the cursor up one line too few when the previous frame ended with a
		// newline and the line count did not change, so every frame would be drawn one
		// row lower. qari's frames always end with a newline (see use-terminal-size.ts).
		file: /[/\\]ink[/\\]build[/\\]log-update\.js$/,
		from: 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));',
		to: "buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));",
	},
	{
		// Yoga's WebAssembly is embedded as a data: URL. Where fetch exists (Node 18+)
		// Emscripten's loader fetches that URL, which loads Node's whole fetch stack
		// (undici, web streams) at start-up: about 30 ms. Decoding it directly is instant.
		file: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/,
		from: '"function"!=typeof fetch',
		to: 'true',
		all: true,
	},
	{
		// string-width builds /^\p{RGI_Emoji}$/v when it loads: some 30 ms at every
		// start, for a test that only text containing an emoji character can pass. It is
		// now built on first need; tests/build/dependency-fixes.test.ts checks that the
		// widths are unchanged for every code point and for emoji sequences.
		file: /[/\\]string-width[/\\]index\.js$/,
		// Only the copy Ink uses; wrap-ansi's older one has no such regular expression.
		path: 'node_modules/string-width/index.js',
		from: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
		to: [
			'const mayBeEmojiRegex = /[\\p{Emoji_Presentation}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u20E3\\u{E0020}-\\u{E007F}]/u;',
			'let rgiEmojiPattern;',
			'const rgiEmojiRegex = {test: segment => mayBeEmojiRegex.test(segment) && (rgiEmojiPattern ??= new RegExp(\'^\\\\p{RGI_Emoji}$\', \'v\')).test(segment)};',
		].join(' '),
	},
];

/** The source with the fix applied; throws when the text to replace is not there. */
export function applyFix(source, fix, path) {
	if (!source.includes(fix.from)) {
		throw new Error(`${path} changed: review the fix in scripts/dependency-fixes.js that replaces ${fix.from}`);
	}

	// A function, so `$'` and friends in the replacement are taken literally.
	return fix.all ? source.replaceAll(fix.from, () => fix.to) : source.replace(fix.from, () => fix.to);
}
