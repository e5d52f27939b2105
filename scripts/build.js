/**
 * Bundles the CLI (source/cli.tsx and everything it imports, node_modules
 * included) into dist/cli.js, so starting qari reads one file instead of
 * resolving hundreds of modules. bin/qari.js imports it.
 */
import {mkdir, readFile, rm} from 'node:fs/promises';
import {relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {applyFix, dependencyFixes} from './dependency-fixes.js';

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

const fixDependencies = {
	name: 'dependency-fixes',
	setup(build) {
		for (const fix of dependencyFixes) {
			build.onLoad({filter: fix.file}, async ({path}) => {
				if (fix.path && relative(root, path).split(sep).join('/') !== fix.path) {
					return undefined;
				}

				const source = await readFile(path, 'utf8');
				return {contents: applyFix(source, fix, path), loader: 'js'};
			});
		}
	},
};

const result = await esbuild.build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Node 20 has RegExp `v` flags; lowered, string-width's /\p{RGI_Emoji}/v becomes a
	// `new RegExp` that is compiled eagerly at start-up and costs ~30 ms.
	jsx: 'automatic',
	// React and Ink check NODE_ENV: production drops their development-only code paths.
	define: {'process.env.NODE_ENV': '"production"'},
	// Some bundled dependencies are CommonJS and call require() for Node built-ins.
	// The alias keeps clear of bundled modules that import createRequire themselves (meow does).
	banner: {
		js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
	},
	plugins: [missingDevtools, fixDependencies],
	// Smaller source compiles faster at every start; the linked source map keeps it debuggable.
	minify: true,
	sourcemap: 'linked',
	legalComments: 'linked',
	logLevel: 'warning',
	metafile: true,
});

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`built dist/cli.js (${Math.round(bytes / 1024)} KiB with its map)`);
