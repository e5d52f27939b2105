import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import {describe, expect, it} from 'vitest';
// @ts-expect-error plain JavaScript build script without type declarations
import {nodeBuiltins, onlyDefaultImports} from '../../scripts/node-builtins-plugin.js';

const load = createRequire(import.meta.url);
const check = onlyDefaultImports as (source: string, specifier: string) => boolean;

describe('which imports of a Node built-in go to its shared default-export module', () => {
	it('takes files whose every import of it is a plain default import', () => {
		expect(check('import fs from \'node:fs\';', 'node:fs')).toBe(true);
		expect(check('import process from "node:process"\nimport process2 from \'node:process\';', 'node:process')).toBe(true);
	});

	it('leaves namespace, named, mixed, type and re-exporting imports to esbuild', () => {
		for (const source of [
			'import * as fs from \'node:fs\';',
			'import {readFile} from \'node:fs\';',
			'import fs, {readFile} from \'node:fs\';',
			'import fs from \'node:fs\';\nimport type {Stats} from \'node:fs\';',
			'import fs from \'node:fs\';\nexport {readFile} from \'node:fs\';',
			'import fs from \'node:fs/promises\';',
			'const fs = require(\'node:fs\');',
		]) {
			expect(check(source, 'node:fs'), source).toBe(false);
		}
	});
});

describe('a CommonJS bundle built with the plugin', () => {
	it('gives every default import the built-in itself, copied nowhere', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'qari-builtins-'));
		const entry = path.join(directory, 'entry.js');
		writeFileSync(entry, [
			'import process from \'node:process\';',
			'import path from \'path\';',
			'import * as fs from \'node:fs\';',
			'import {sep} from \'node:path\';',
			'module.exports = {process, path, fs, sep};',
		].join('\n'));
		const result = await esbuild.build({
			entryPoints: [entry],
			bundle: true,
			format: 'cjs',
			platform: 'node',
			write: false,
			plugins: [nodeBuiltins],
		}).finally(() => {
			rmSync(directory, {recursive: true, force: true});
		});
		const code = result.outputFiles[0]!.text;
		const module = {exports: {} as Record<string, unknown>};
		new Function('module', 'exports', 'require', code)(module, module.exports, load); // eslint-disable-line no-new-func, @typescript-eslint/no-implied-eval
		const {exports} = module;
		expect(exports['process']).toBe(process);
		expect(exports['path']).toBe(path);
		expect((exports['fs'] as typeof import('node:fs')).readFileSync).toBe((load('node:fs') as typeof import('node:fs')).readFileSync);
		expect(exports['sep']).toBe(path.sep);
		// Only the namespace import still goes through esbuild's copying helper.
		expect(code.match(/__toESM\(require\("node:[a-z]+"\)/g)).toEqual(['__toESM(require("node:fs")']);
	});
});
