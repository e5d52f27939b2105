import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {layoutParagraph, lineToString, paragraphDirection, type LayoutOptions} from '../../../source/core/layout/index.js';
import {fixtureLines, seedParagraphs} from '../../helpers/fribidi.js';

const app = (width: number): LayoutOptions => ({width, bidi: 'app', shape: true, direction: 'auto'});
const paragraphs = [...seedParagraphs(), ...fixtureLines('mixed-direction.txt')];
const combiningMark = /^\p{M}/u;

describe('layout over the seeds and mixed-direction fixtures', () => {
	for (const width of [1, 2, 7, 20, 33, 40, 80, 120, 400]) {
		it(`keeps every line within ${width} columns, RTL lines right-aligned`, () => {
			for (const paragraph of paragraphs) {
				const layout = layoutParagraph(paragraph, app(width));
				expect(layout.lines.length).toBeGreaterThan(0);
				for (const line of layout.lines) {
					const text = lineToString(line);
					expect(stringWidth(text)).toBe(line.width);
					expect(line.width).toBeLessThanOrEqual(width);
					expect(line.runs.reduce((sum, run) => sum + run.width, 0)).toBe(line.width);
					if (layout.direction === 'rtl') {
						expect(line.width).toBe(width);
					} else {
						expect(text).not.toMatch(/ $/);
					}

					expect(text.trimStart()).not.toMatch(combiningMark);
					expect(paragraph.slice(line.start)).not.toMatch(combiningMark);
					expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
				}
			}
		});

		it(`breaks no word that fits in ${width} columns`, () => {
			for (const paragraph of paragraphs) {
				const {lines} = layoutParagraph(paragraph, app(width));
				// Pure words only: UAX #14 rightly allows breaks after `/`, `-` or `?` inside URLs and numbers.
				for (const match of paragraph.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
					const start = match.index;
					const end = start + match[0].length;
					if (stringWidth(match[0]) <= width) {
						expect(lines.some(line => line.start <= start && end <= line.end), `${match[0]} at ${width}`).toBe(true);
					}
				}
			}
		});
	}

	it('covers every character of the paragraph exactly once, in logical order', () => {
		for (const paragraph of paragraphs) {
			const {lines} = layoutParagraph(paragraph, app(25));
			expect(lines[0]!.start).toBe(0);
			expect(lines.at(-1)!.end).toBe(paragraph.length);
			for (let index = 1; index < lines.length; index++) {
				expect(lines[index]!.start).toBe(lines[index - 1]!.end);
			}
		}
	});
});

describe('bidi', () => {
	it('finds the paragraph direction from the first strong character (P2–P3)', () => {
		expect(paragraphDirection('123 مرحبا hello')).toBe('rtl');
		expect(paragraphDirection('"hello" مرحبا')).toBe('ltr');
		expect(paragraphDirection('123 456')).toBe('ltr');
		expect(paragraphDirection('\u2067hello\u2069 مرحبا')).toBe('rtl'); // Isolates are skipped.
		expect(paragraphDirection('hello', 'rtl')).toBe('rtl');
	});

	it('shows a number after Arabic text in its logical digit order', () => {
		const line = layoutParagraph('الرقم 123-4567', {...app(80), shape: false}).lines[0]!;
		expect(lineToString(line).trim()).toBe('4567-123 مقرلا');
	});

	it('keeps harakat after their base letter (L3)', () => {
		const text = lineToString(layoutParagraph('بَيْت', {...app(10), shape: false}).lines[0]!).trim();
		expect(text).toBe('تيْبَ');
	});

	it('mirrors brackets in right-to-left text (L4)', () => {
		const text = lineToString(layoutParagraph('قال (نعم) [لا]', {...app(80), shape: false}).lines[0]!).trim();
		expect(text).toBe('[ال] (معن) لاق');
	});

	it('honours explicit embeddings, then removes the controls', () => {
		const embedded = lineToString(layoutParagraph('abc \u202Bxyz\u202C def', app(80)).lines[0]!);
		expect(embedded).toBe('abc xyz def'); // Latin stays left-to-right inside an RTL embedding.
		const overridden = lineToString(layoutParagraph('abc \u202Exyz\u202C def', app(80)).lines[0]!);
		expect(overridden).toBe('abc zyx def');
		const isolated = lineToString(layoutParagraph('نص \u2066ab cd\u2069 نص', {...app(80), shape: false}).lines[0]!).trim();
		expect(isolated).toBe('صن ab cd صن');
	});

	it('forces the base direction when asked', () => {
		const layout = layoutParagraph('hello world', {...app(20), direction: 'rtl'});
		expect(layout.direction).toBe('rtl');
		expect(lineToString(layout.lines[0]!)).toBe(' '.repeat(9) + 'hello world');
	});
});

describe('styles', () => {
	it('follow their characters through wrapping and reordering', () => {
		const paragraph = 'قال الوزير إن المفاوضات مستمرة مع الجانب الآخر';
		const target = 'المفاوضات';
		const start = paragraph.indexOf(target);
		const layout = layoutParagraph(paragraph, {...app(20), shape: false}, [{start, end: start + target.length, style: 'match'}]);
		const highlighted = layout.lines.flatMap(line => line.runs.filter(run => run.styles.includes('match')).map(run => run.text));
		expect(highlighted).toEqual([[...target].reverse().join('')]);
	});

	it('keep a highlight on a lam-alef ligature when either letter is matched', () => {
		const paragraph = 'سلام';
		const layout = layoutParagraph(paragraph, app(10), [{start: 2, end: 3, style: 'match'}]);
		const run = layout.lines[0]!.runs.find(run => run.styles.includes('match'));
		expect(run?.text).toBe('\uFEFC');
	});

	it('merge overlapping styles and split runs where they change', () => {
		const layout = layoutParagraph('abcdef', app(10), [{start: 1, end: 4, style: 'match'}, {start: 0, end: 6, style: 'focus'}]);
		expect(layout.lines[0]!.runs.map(run => [run.text, run.styles.join('+')])).toEqual([
			['a', 'focus'], ['bcd', 'focus+match'], ['ef', 'focus'],
		]);
	});
});

describe('modes and edge cases', () => {
	it('keeps logical order without shaping in terminal mode, still right-aligned', () => {
		const layout = layoutParagraph('مرحبا بكم', {width: 12, bidi: 'terminal', shape: true, direction: 'auto'});
		expect(lineToString(layout.lines[0]!)).toBe('   مرحبا بكم');
	});

	it('shapes Arabic in app mode and not with shaping off', () => {
		expect(lineToString(layoutParagraph('بيت', app(3)).lines[0]!)).toBe('\uFE96\uFEF4\uFE91');
		expect(lineToString(layoutParagraph('بيت', {...app(3), shape: false}).lines[0]!)).toBe('تيب');
	});

	it('breaks a word longer than the width at grapheme boundaries', () => {
		const layout = layoutParagraph('abcdefghij', app(4));
		expect(layout.lines.map(line => lineToString(line))).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('never splits a wide character and never overflows at width 1', () => {
		const layout = layoutParagraph('日本語 text', app(1));
		for (const line of layout.lines) {
			expect(line.width).toBeLessThanOrEqual(1);
		}
	});

	it('lays out an empty paragraph as one empty line', () => {
		expect(layoutParagraph('', app(10)).lines).toHaveLength(1);
	});

	it('drops control characters that reach it', () => {
		const text = lineToString(layoutParagraph('a\u001B[31mb\u0007c\u009Bd', app(20)).lines[0]!);
		expect(text).toBe('a[31mbcd');
	});

	it('returns the cached layout for the same paragraph, width and options', () => {
		const first = layoutParagraph('نص للتخزين المؤقت', app(30));
		expect(layoutParagraph('نص للتخزين المؤقت', app(30))).toBe(first);
		expect(layoutParagraph('نص للتخزين المؤقت', app(31))).not.toBe(first);
	});
});
