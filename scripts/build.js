/**
 * Bundles the CLI (source/cli.tsx and everything it imports, node_modules
 * included) into dist/cli.js, so starting qari reads one file instead of
 * resolving hundreds of modules. The bundle is CommonJS-style code that
 * bin/qari.js runs through node:vm with a V8 code cache (bin/code-cache.js);
 * it is not meant to be loaded by `node dist/cli.js` or `import`.
 */
import {mkdir, readFile, rm} from 'node:fs/promises';
import {relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {applyFix, dependencyFixes, sourceFixes} from './dependency-fixes.js';
import {nodeBuiltins} from './node-builtins-plugin.js';

const root = fileURLToPath(new URL('..', import.meta.url));

await rm(new URL('../dist/', import.meta.url), {recursive: true, force: true});
await mkdir(new URL('../dist/', import.meta.url), {recursive: true});

/**
 * Ink imports react-devtools-core (not a dependency of qari) only when DEV=true,
 * through a dynamic import of its devtools module. Marking the package external
 * is not enough: esbuild hoists the external `import` to the top of the bundle,
 * so every start would fail to find it. Instead Ink's devtools module resolves
 * to one that fails the way a missing package does, which Ink catches and
 * reports itself; this also keeps its WebSocket polyfill (ws) out of the bundle.
 */
const missingDevtools = {
	name: 'missing-react-devtools-core',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'missing'}));
		build.onResolve({filter: /^\.\/devtools\.js$/}, ({importer}) => (
			/[/\\]ink[/\\]build[/\\]/.test(importer) ? {path: 'ink-devtools', namespace: 'missing'} : undefined
		));
		build.onLoad({filter: /.*/, namespace: 'missing'}, () => ({
			contents: [
				'const error = new Error("Cannot find package \'react-devtools-core\'");',
				'error.code = \'ERR_MODULE_NOT_FOUND\';',
				'throw error;',
			].join('\n'),
			loader: 'js',
		}));
	},
};

const allFixes = [...dependencyFixes, ...sourceFixes];
/** Fixes that changed a file, so one whose file the bundle no longer contains is reported. */
const appliedFixes = new Set();

const fixDependencies = {
	name: 'dependency-fixes',
	setup(build) {
		// One loader for every fixed file: esbuild uses the first onLoad that answers,
		// and a file may have several fixes.
		const filter = new RegExp(allFixes.map(fix => fix.file.source).join('|'));
		build.onLoad({filter}, async ({path}) => {
			const relativePath = relative(root, path).split(sep).join('/');
			const fixes = allFixes.filter(fix => fix.file.test(path) && (!fix.path || fix.path === relativePath));
			if (fixes.length === 0) {
				return undefined;
			}

			let source = await readFile(path, 'utf8');
			for (const fix of fixes) {
				source = applyFix(source, fix, path);
				appliedFixes.add(fix);
			}

			return {contents: source, loader: fixes[0].loader ?? 'js'};
		});
	},
};

const result = await esbuild.build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	// CommonJS, so bin/qari.js can compile it with a V8 code cache (node:vm has no
	// stable way to cache an ES module in Node 20); see bin/code-cache.js.
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	// Node 20 has RegExp `v` flags; lowered, string-width's /\p{RGI_Emoji}/v becomes a
	// `new RegExp` that is compiled eagerly at start-up and costs ~30 ms.
	jsx: 'automatic',
	// React and Ink check NODE_ENV: production drops their development-only code paths.
	// import.meta does not exist in CommonJS: the bundle's own URL stands in for it
	// (meow finds package.json from it, qari the seeds and node_modules).
	define: {
		'process.env.NODE_ENV': '"production"',
		'import.meta.url': 'qariBundleUrl',
		'import.meta': 'qariBundleMeta',
	},
	banner: {
		// "use strict" first: a directive after the banner would not count.
		js: "'use strict'; const qariBundleUrl = require('node:url').pathToFileURL(__filename).href; const qariBundleMeta = {url: qariBundleUrl};",
	},
	plugins: [missingDevtools, fixDependencies, nodeBuiltins],
	// Smaller source compiles faster at every start; the linked source map keeps it debuggable.
	minify: true,
	sourcemap: 'linked',
	legalComments: 'linked',
	logLevel: 'warning',
	metafile: true,
});

const unused = allFixes.filter(fix => !appliedFixes.has(fix));
if (unused.length > 0) {
	throw new Error(`no bundled file matched the fix in scripts/dependency-fixes.js that replaces ${unused[0].from}`);
}

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`built dist/cli.js (${Math.round(bytes / 1024)} KiB with its map)`);
