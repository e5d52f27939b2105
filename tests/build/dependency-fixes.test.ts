import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import stringWidth from 'string-width';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error plain JavaScript build script without type declarations
import {applyFix, dependencyFixes} from '../../scripts/dependency-fixes.js';

type Fix = {path?: string; from: string; to: string};

describe('the string-width fix applied in the bundle', () => {
	const fix = (dependencyFixes as Fix[]).find(candidate => candidate.path === 'node_modules/string-width/index.js')!;
	const original = fileURLToPath(new URL('../../node_modules/string-width/index.js', import.meta.url));
	// Beside the original, so its own imports resolve the same way.
	const patchedPath = original.replace(/index\.js$/, 'qari-fix-under-test.js');
	writeFileSync(patchedPath, applyFix(readFileSync(original, 'utf8'), fix, original));
	afterAll(() => {
		rmSync(patchedPath, {force: true});
	});

	it('measures every code point of planes 0 and 1, alone and as emoji presentation, as before', async () => {
		const patched = (await import(pathToFileURL(patchedPath).href)).default as typeof stringWidth;
		const differences: string[] = [];
		for (let code = 0; code <= 0x1FFFF; code++) {
			if (code >= 0xD800 && code <= 0xDFFF) {
				continue;
			}

			const character = String.fromCodePoint(code);
			for (const text of [character, `${character}\uFE0F`]) {
				if (patched(text) !== stringWidth(text) && differences.length < 10) {
					differences.push(`${code.toString(16)} ${JSON.stringify(text)}`);
				}
			}
		}

		expect(differences).toEqual([]);
	});

	it('measures emoji sequences as before', async () => {
		const patched = (await import(pathToFileURL(patchedPath).href)).default as typeof stringWidth;
		const sequences = [
			'1\uFE0F\u20E3', '#\uFE0F\u20E3', '\u{1F1EE}\u{1F1F6}', '\u{1F44B}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
			'\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '\u{1F3FB}', '\u2764\uFE0F\u200D\u{1F525}', 'نص 😀 text 25',
		];
		for (const text of sequences) {
			expect(patched(text), JSON.stringify(text)).toBe(stringWidth(text));
		}
	});
});
