import {readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {bidiClassAt, resolveLevels, visualOrder} from '../../../source/core/layout/bidi.js';

/**
 * Every case of the Unicode 15 BidiCharacterTest.txt through qari's own
 * reorder step (levels from bidi-js, rules L1–L2 from source/core/layout/bidi.ts).
 */
type Case = {line: number; codePoints: number[]; direction: 'auto' | 'ltr' | 'rtl'; paragraphLevel: number; levels: Array<number | undefined>; order: number[]};

function readCases(): Case[] {
	const text = gunzipSync(readFileSync(new URL('../../fixtures/unicode/BidiCharacterTest.txt.gz', import.meta.url))).toString('utf8');
	const cases: Case[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) {
			return;
		}

		const [points, direction, paragraphLevel, levels, order] = line.split(';');
		cases.push({
			line: index + 1,
			codePoints: points!.trim().split(/\s+/).map(hex => Number.parseInt(hex, 16)),
			direction: direction === '0' ? 'ltr' : direction === '1' ? 'rtl' : 'auto',
			paragraphLevel: Number(paragraphLevel),
			levels: levels!.trim().split(/\s+/).map(level => (level === 'x' ? undefined : Number(level))),
			order: order!.trim() === '' ? [] : order!.trim().split(/\s+/).map(Number),
		});
	});
	return cases;
}

function runCase(testCase: Case): {paragraphLevel: number; levels: Array<number | undefined>; order: number[]} {
	const text = String.fromCodePoint(...testCase.codePoints);
	const resolved = resolveLevels(text, testCase.direction);
	// bidi-js gives a level per UTF-16 unit; the test speaks of code points.
	const levels: number[] = [];
	const classes: string[] = [];
	let unit = 0;
	for (const codePoint of testCase.codePoints) {
		levels.push(resolved.levels[unit]!);
		classes.push(bidiClassAt(text, unit));
		unit += codePoint > 0xFFFF ? 2 : 1;
	}

	return {
		paragraphLevel: resolved.paragraphLevel,
		levels: levels.map((level, index) => (['LRE', 'RLE', 'LRO', 'RLO', 'PDF', 'BN'].includes(classes[index]!) ? undefined : level)),
		order: visualOrder(levels, classes, resolved.paragraphLevel),
	};
}

describe('BidiCharacterTest.txt', () => {
	const cases = readCases();

	it('has all 91,707 cases', () => {
		expect(cases).toHaveLength(91_707);
	});

	it('reorders every case as the conformance file says', () => {
		const failures: string[] = [];
		for (const testCase of cases) {
			const actual = runCase(testCase);
			const ok = actual.paragraphLevel === testCase.paragraphLevel
				&& actual.order.join(' ') === testCase.order.join(' ')
				&& actual.levels.join(' ') === testCase.levels.join(' ');
			if (!ok && failures.length < 10) {
				failures.push(`line ${testCase.line}: expected ${testCase.order.join(' ')}, got ${actual.order.join(' ')}`);
			}
		}

		expect(failures).toEqual([]);
	});
});
