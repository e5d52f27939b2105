import {createRequire} from 'node:module';

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
		// The bundle is CommonJS (so bin/qari.js can run it through a V8 code cache), and
		// CommonJS has no top-level await, which yoga-layout uses to wait for its
		// WebAssembly. Node compiles and instantiates a module this small synchronously;
		// Emscripten's run() then completes synchronously too (nothing else is pending).
		file: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/,
		from: 'function c(e){return ya().then(function(f){return WebAssembly.instantiate(f,d)}).then(function(f){return f}).then(e,function(f){v("failed to asynchronously prepare wasm: "+f);x(f)})}',
		to: 'function c(e){e({instance:new WebAssembly.Instance(new WebAssembly.Module(wa()),d)});return Promise.resolve()}',
	},
	{
		// Emscripten decodes the embedded WebAssembly with atob and a character loop:
		// some 5 ms for its 90 KB. Node's Buffer decodes base64 natively.
		file: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/,
		from: 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
		to: 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
	},
	{
		// Emscripten fills in the object it is given, so the loaded module is at hand
		// without awaiting the promise; `calledRun` says the synchronous load above worked.
		file: /[/\\]yoga-layout[/\\]dist[/\\]src[/\\]index\.js$/,
		from: 'const Yoga = wrapAssembly(await loadYoga());',
		to: [
			'const yogaModule = {};',
			'loadYoga(yogaModule);',
			"if (!yogaModule.calledRun) throw new Error('yoga-layout did not load synchronously');",
			'const Yoga = wrapAssembly(yogaModule);',
		].join(' '),
	},
	{
		// Ink's two other top-level awaits, both only when DEV=true: the devtools module
		// (which the build replaces by one that throws "not installed" synchronously)…
		file: /[/\\]ink[/\\]build[/\\]reconciler\.js$/,
		from: "await import('./devtools.js');",
		to: "require('./devtools.js');",
	},
	{
		// …and Ink's package.json, read for the devtools' version display.
		file: /[/\\]ink[/\\]build[/\\]reconciler\.js$/,
		from: '? await loadPackageJson()',
		to: "? JSON.parse(require('node:fs').readFileSync(new URL('../package.json', import.meta.url), 'utf8'))",
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
	{
		// linebreak inflates its 5 KB compressed UAX #14 class table (unicode-trie +
		// tiny-inflate) when it loads, which the list's first frame waits for (~8 ms).
		// The table is inflated here at build time instead and embedded as base64, which
		// Buffer decodes natively; tests/build/dependency-fixes.test.ts checks that every
		// code point breaks as before. The compressed copy is then left unused.
		file: /[/\\]linebreak[/\\]dist[/\\]main\.cjs$/,
		from: 'const $f898ea50f3b38ab8$var$classTrie = new ($parcel$interopDefault($kQ2hT$unicodetrie))($f898ea50f3b38ab8$var$data);',
		to: source => `const $f898ea50f3b38ab8$var$classTrie = new ($parcel$interopDefault($kQ2hT$unicodetrie))(${inflatedTrieSource(source)});`,
	},
	{
		file: /[/\\]linebreak[/\\]dist[/\\]main\.cjs$/,
		from: 'const $f898ea50f3b38ab8$var$data = ($parcel$interopDefault($kQ2hT$base64js)).toByteArray(',
		to: 'const $f898ea50f3b38ab8$var$data = String(',
	},
];

/**
 * The argument for `new UnicodeTrie(…)` that skips inflating: the table's 32-bit
 * words as little-endian base64, turned into a Uint32Array on any machine.
 */
function inflatedTrieSource(linebreakSource) {
	const compressed = /toByteArray\("([A-Za-z\d+/=]+)"\)/.exec(linebreakSource)?.[1];
	if (!compressed) {
		throw new Error('linebreak changed: its class table is no longer a base64 literal (scripts/dependency-fixes.js)');
	}

	const UnicodeTrie = createRequire(createRequire(import.meta.url).resolve('linebreak'))('unicode-trie');
	const trie = new UnicodeTrie(Buffer.from(compressed, 'base64'));
	const bytes = Buffer.alloc(trie.data.length * 4);
	trie.data.forEach((word, index) => bytes.writeUInt32LE(word, index * 4));
	const words = [
		'(() => {',
		`const bytes = new Uint8Array(Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64'));`,
		// A big-endian machine reads each word's bytes the other way round.
		'if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) for (let i = 0; i < bytes.length; i += 4) bytes.subarray(i, i + 4).reverse();',
		'return new Uint32Array(bytes.buffer);',
		'})()',
	].join(' ');
	return `{data: ${words}, highStart: ${trie.highStart}, errorValue: ${trie.errorValue}}`;
}

/**
 * Changes to qari's own source as it goes into the bundle, applied the same way.
 * They are for the bundle's sake only; the source stays right as it is.
 */
export const sourceFixes = [
	{
		// The layout engine loads linebreak on first need through createRequire, which
		// esbuild leaves alone, so Node would compile it afresh from node_modules at every
		// start (the list's first frame needs it; ~8 ms). A plain require() is bundled and
		// still runs only on first need, and its compiled code is then in the code cache.
		file: /[/\\]source[/\\]core[/\\]layout[/\\]breaking\.ts$/,
		path: 'source/core/layout/breaking.ts',
		from: "loadCommonJs('linebreak')",
		to: "require('linebreak')",
		loader: 'ts',
	},
];

/** The source with the fix applied; throws when the text to replace is not there. */
export function applyFix(source, fix, path) {
	if (!source.includes(fix.from)) {
		throw new Error(`${path} changed: review the fix in scripts/dependency-fixes.js that replaces ${fix.from}`);
	}

	// `to` may be computed from the file; a function replacement takes `$'` and friends literally.
	const to = typeof fix.to === 'function' ? fix.to(source) : fix.to;
	return fix.all ? source.replaceAll(fix.from, () => to) : source.replace(fix.from, () => to);
}
