/**
 * In a CommonJS bundle esbuild turns a default import of a Node built-in
 * (`import process from 'node:process'`) into __toESM(require('node:process')),
 * which copies every property of the module onto a new object, once per
 * importing module: some 40 copies of `process`, `path`, `fs`… and several ms at
 * start-up. (Named imports need no copy.) This plugin sends such imports to one
 * tiny module per built-in whose default export is the module itself.
 *
 * Only files whose every import of that built-in is a plain default import are
 * redirected; namespace, named and mixed imports are left to esbuild.
 */
import {readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';

function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const sources = new Map();

/** The importer's text; empty (nothing redirected) for one that is not a file on disk. */
function sourceOf(path) {
	if (!sources.has(path)) {
		let source = '';
		try {
			source = readFileSync(path, 'utf8');
		} catch {}

		sources.set(path, source);
	}

	return sources.get(path);
}

/** Whether every `import … from 'specifier'` in `source` is a plain default import (and there is one). */
export function onlyDefaultImports(source, specifier) {
	const quoted = `['"]${escapeRegExp(specifier)}['"]`;
	// Re-exports (`export {x} from`) count too: they need the module's named exports.
	const all = source.match(new RegExp(`\\b(?:import|export)\\s[^;'"]*?\\bfrom\\s*${quoted}`, 'g')) ?? [];
	const plainDefault = new RegExp(`^import\\s+[A-Za-z_$][\\w$]*\\s+from\\s*${quoted}$`);
	return all.length > 0 && all.every(statement => plainDefault.test(statement));
}

export const nodeBuiltins = {
	name: 'node-builtins',
	setup(build) {
		const names = builtinModules.filter(name => !name.startsWith('_'));
		const filter = new RegExp(`^(node:)?(${names.map(name => escapeRegExp(name)).join('|')})$`);
		build.onResolve({filter}, ({path, kind, importer, namespace}) => {
			if (kind !== 'import-statement' || namespace !== 'file' || !onlyDefaultImports(sourceOf(importer), path)) {
				return undefined;
			}

			return {path: path.startsWith('node:') ? path : `node:${path}`, namespace: 'node-builtin-default'};
		});
		build.onLoad({filter: /.*/, namespace: 'node-builtin-default'}, ({path}) => ({
			contents: `export default require(${JSON.stringify(path)});`,
			loader: 'js',
		}));
	},
};
