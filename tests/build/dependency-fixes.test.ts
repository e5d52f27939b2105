import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
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

describe('the yoga-layout fixes applied in the bundle (no top-level await, for a CommonJS bundle)', () => {
	const fixes = (dependencyFixes as Array<Fix & {file: RegExp}>);
	const yogaDirectory = fileURLToPath(new URL('../../node_modules/yoga-layout/dist/', import.meta.url));
	const patch = (relativePath: string) => {
		const path = `${yogaDirectory}${relativePath}`;
		let source = readFileSync(path, 'utf8');
		const applied = fixes.filter(fix => fix.file.test(path));
		for (const fix of applied) {
			source = applyFix(source, fix, path);
		}

		return {source, applied: applied.length};
	};

	const loader = patch('binaries/yoga-wasm-base64-esm.js');
	const index = patch('src/index.js');
	// Beside the originals, so their other imports resolve the same way.
	const patchedLoader = `${yogaDirectory}binaries/qari-fix-under-test.js`;
	const patchedIndex = `${yogaDirectory}src/qari-fix-under-test.js`;
	writeFileSync(patchedLoader, loader.source);
	writeFileSync(patchedIndex, index.source.replace('../binaries/yoga-wasm-base64-esm.js', '../binaries/qari-fix-under-test.js'));
	afterAll(() => {
		rmSync(patchedLoader, {force: true});
		rmSync(patchedIndex, {force: true});
	});

	it('leaves no await in yoga-layout and loads it fetch-free and synchronously', () => {
		expect(loader.applied).toBe(3);
		expect(index.applied).toBe(1);
		expect(index.source).not.toMatch(/\bawait\b/);
		// Fetch stays only on a branch the first fix made dead; instantiation is synchronous.
		expect(loader.source).not.toMatch(/\bawait\b|WebAssembly\.instantiate\(/);
	});

	it('lays out like the original', async () => {
		const {default: patched} = await import(pathToFileURL(patchedIndex).href) as typeof import('yoga-layout');
		const {default: original} = await import('yoga-layout');
		const layout = (yoga: typeof original) => {
			const root = yoga.Node.create();
			root.setFlexDirection(yoga.FLEX_DIRECTION_ROW);
			root.setWidth(80);
			for (const grow of [1, 2]) {
				const child = yoga.Node.create();
				child.setFlexGrow(grow);
				child.setHeight(3);
				root.insertChild(child, root.getChildCount());
			}

			root.calculateLayout(undefined, undefined, yoga.DIRECTION_LTR);
			const widths = [0, 1].map(index => root.getChild(index).getComputedWidth());
			root.freeRecursive();
			return widths;
		};

		expect(layout(patched)).toEqual(layout(original));
		expect(layout(patched)).toEqual([80 / 3, 160 / 3].map(width => Math.round(width)));
	});
});

describe('the linebreak fixes applied in the bundle (class table inflated at build time)', () => {
	const fixes = (dependencyFixes as Array<Fix & {file: RegExp}>);
	const load = createRequire(import.meta.url);
	const originalPath = load.resolve('linebreak');
	const patchedPath = originalPath.replace(/main\.cjs$/, 'qari-fix-under-test.cjs');
	let source = readFileSync(originalPath, 'utf8');
	const applied = fixes.filter(fix => fix.file.test(originalPath));
	for (const fix of applied) {
		source = applyFix(source, fix, originalPath);
	}

	writeFileSync(patchedPath, source);
	afterAll(() => {
		rmSync(patchedPath, {force: true});
	});

	type Breaker = new (text: string) => {nextBreak(): {position: number; required: boolean} | null};
	const breaks = (LineBreaker: Breaker, text: string) => {
		const found: string[] = [];
		const breaker = new LineBreaker(text);
		for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
			found.push(`${next.position}${next.required ? '!' : ''}`);
		}

		return found.join(' ');
	};

	it('no longer inflates anything when it loads', () => {
		expect(applied).toHaveLength(2);
		expect(source).not.toMatch(/toByteArray\(/);
	});

	it('finds the same break opportunities for every code point', () => {
		const original = load(originalPath) as Breaker;
		const patched = load(patchedPath) as Breaker;
		expect(patched).not.toBe(original);
		// Each code point between letters and before a space, so its class decides breaks.
		for (let start = 0; start <= 0x10FFFF; start += 0x1000) {
			let text = '';
			for (let code = start; code < start + 0x1000; code++) {
				if (code < 0xD800 || code > 0xDFFF) {
					text += `a${String.fromCodePoint(code)}b `;
				}
			}

			const expected = breaks(original, text);
			if (breaks(patched, text) !== expected) {
				expect.fail(`break opportunities differ in U+${start.toString(16)}…`);
			}
		}
	});
});
