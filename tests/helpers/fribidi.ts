import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';

/** GNU FriBidi's CLI is the reference the layout engine is checked against. */
export function hasFribidi(): boolean {
	try {
		execFileSync('fribidi', ['--version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

/** fribidi reads one paragraph per input line, so a whole corpus takes one process. */
function runFribidi(paragraphs: readonly string[], flags: readonly string[]): string[] {
	const output = execFileSync('fribidi', ['--nobreak', ...flags], {input: paragraphs.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	return output.split('\n').slice(0, paragraphs.length);
}

/** Embedding levels of every code point, resolved over the whole paragraph. */
export function fribidiLevels(paragraphs: readonly string[]): number[][] {
	return runFribidi(paragraphs, ['--levels', '--novisual']).map(line => line.trim().split(/\s+/).map(Number));
}

/** fribidi's visual string: reordered, mirrored, shaped, marks after their base; ligature padding removed. */
export function fribidiVisual(paragraphs: readonly string[]): string[] {
	return runFribidi(paragraphs, ['--nopad', '--clean', '--reordernsm']).map(line => line.replaceAll('\uFEFF', ''));
}

let mirrors: Map<number, number> | undefined;

/** BidiMirroring.txt, read independently of bidi-js so the check is not circular. */
export function mirrorMap(): Map<number, number> {
	if (!mirrors) {
		mirrors = new Map();
		const text = gunzipSync(readFileSync(new URL('../fixtures/unicode/BidiMirroring.txt.gz', import.meta.url))).toString('utf8');
		for (const line of text.split('\n')) {
			const match = /^([0-9A-F]+);\s*([0-9A-F]+)/.exec(line);
			if (match) {
				mirrors.set(Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16));
			}
		}
	}

	return mirrors;
}

/** Every paragraph (title included) of the bundled seeds. */
export function seedParagraphs(): string[] {
	const directory = new URL('../../seeds/', import.meta.url);
	return readdirSync(directory).sort().flatMap(name =>
		readFileSync(new URL(name, directory), 'utf8').split('\n').map(line => line.trim()).filter(line => line !== ''));
}

export function fixtureLines(name: string): string[] {
	return readFileSync(new URL(`../fixtures/layout/${name}`, import.meta.url), 'utf8').split('\n').filter(line => line.trim() !== '');
}
