import {describe, expect, it} from 'vitest';
import {layoutParagraph, lineToString} from '../../../source/core/layout/index.js';
import {fixtureLines, fribidiLevels, fribidiVisual, hasFribidi, mirrorMap, seedParagraphs} from '../../helpers/fribidi.js';

/**
 * Each line qari lays out is compared with the same line reordered by FriBidi's
 * levels for the WHOLE paragraph (running fribidi on a lone line would differ:
 * rule W2 looks back across the line break, e.g. `123-4567` after Arabic).
 */
const paragraphs = [...seedParagraphs(), ...fixtureLines('mixed-direction.txt')];
const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/u;
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Reference L1–L4 with FriBidi's levels: clusters reversed by level, odd levels mirrored. */
function referenceLine(paragraph: string, levels: readonly number[], start: number, end: number): string {
	const codePointIndex = new Map<number, number>();
	let index = 0;
	for (let unit = 0; unit < paragraph.length; unit += paragraph.codePointAt(unit)! > 0xFFFF ? 2 : 1) {
		codePointIndex.set(unit, index++);
	}

	type Unit = {text: string; level: number};
	const units: Unit[] = [];
	for (const {segment, index: offset} of segmenter.segment(paragraph.slice(start, end))) {
		const level = levels[codePointIndex.get(start + offset)!]!;
		let text = [...segment].filter(char => !invisible.test(char)).join('');
		if (level % 2 === 1 && text !== '') {
			const first = text.codePointAt(0)!;
			const mirrored = mirrorMap().get(first);
			if (mirrored !== undefined) {
				text = String.fromCodePoint(mirrored) + text.slice(String.fromCodePoint(first).length);
			}
		}

		units.push({text, level});
	}

	while (units.length > 0 && units.at(-1)!.text.trim() === '') {
		units.pop(); // Trailing whitespace is not drawn (it hangs past the line end).
	}

	const highest = Math.max(0, ...units.map(unit => unit.level));
	const lowestOdd = Math.min(...units.map(unit => unit.level).filter(level => level % 2 === 1), Number.POSITIVE_INFINITY);
	for (let level = highest; level >= lowestOdd; level--) {
		for (let from = 0; from < units.length;) {
			if (units[from]!.level < level) {
				from++;
				continue;
			}

			let to = from;
			while (to < units.length && units[to]!.level >= level) {
				to++;
			}

			units.splice(from, to - from, ...units.slice(from, to).reverse());
			from = to;
		}
	}

	return units.map(unit => unit.text).join('');
}

describe.skipIf(!hasFribidi())('layout against GNU FriBidi', () => {
	const levels = fribidiLevels(paragraphs);

	for (const width of [12, 30, 57, 80, 200]) {
		it(`reorders every line like FriBidi at width ${width}`, () => {
			let lines = 0;
			paragraphs.forEach((paragraph, index) => {
				const layout = layoutParagraph(paragraph, {width, bidi: 'app', shape: false, direction: 'auto'});
				for (const line of layout.lines) {
					const expected = referenceLine(paragraph, levels[index]!, line.start, line.end);
					expect(lineToString(line).replace(/^ +/, ''), `paragraph ${index}, line ${line.start}-${line.end}`).toBe(expected.replace(/^ +/, ''));
					lines++;
				}
			});
			expect(lines).toBeGreaterThan(paragraphs.length);
		});
	}

	it('shapes and reorders whole paragraphs exactly like fribidi', () => {
		const expected = fribidiVisual(paragraphs);
		paragraphs.forEach((paragraph, index) => {
			const layout = layoutParagraph(paragraph, {width: 100_000, bidi: 'app', shape: true, direction: 'auto'});
			expect(layout.lines).toHaveLength(1);
			const drawn = lineToString(layout.lines[0]!).replace(/^ +/, '');
			expect(drawn, `paragraph ${index}`).toBe(expected[index]!.trim().replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C]/gu, ''));
		});
	});
});
