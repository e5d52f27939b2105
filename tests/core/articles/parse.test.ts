import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {detectTextFormat, parseArticle} from '../../../source/core/articles/index.js';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const formatsDir = fileURLToPath(new URL('../../fixtures/articles/formats/', import.meta.url));
const readSeed = (name: string) => readFileSync(seedsDir + name, 'utf8');
const readFormat = (name: string) => readFileSync(formatsDir + name, 'utf8');

describe('parseArticle, seed format (lines)', () => {
	it('parses the first seed: title and 23 paragraphs', () => {
		const article = parseArticle(readSeed('000_e63fd566e3c0f04e.txt'), 'auto');
		expect(article?.title).toBe('خفايا اتصال 25 حزيران.. فصائل مسلحة حذرت مسؤول أمن الخضراء من “فتح باب جهنم”');
		expect(article?.paragraphs).toHaveLength(23);
		expect(article?.paragraphs[0]).toMatch(/^أفاد مسؤولان أمنيان عراقيان/);
	});

	it('parses the second seed: title and 17 paragraphs', () => {
		const article = parseArticle(readSeed('001_388e89f499b51aba.txt'), 'auto');
		expect(article?.title).toMatch(/^تقرير يكشف عن "حرب وشيكة"/);
		expect(article?.paragraphs).toHaveLength(17);
	});

	it('detects the seeds as one paragraph per line', () => {
		expect(detectTextFormat(readSeed('000_e63fd566e3c0f04e.txt'))).toBe('lines');
		expect(detectTextFormat(readSeed('001_388e89f499b51aba.txt'))).toBe('lines');
	});

	it('skips blank lines and trims each line', () => {
		expect(parseArticle('\n  Title  \n\n first \n   \nsecond\n', 'lines')).toEqual({
			title: 'Title',
			paragraphs: ['first', 'second'],
		});
	});

	it('keeps inner runs of spaces as written', () => {
		expect(parseArticle('T\na   b  c', 'lines')?.paragraphs).toEqual(['a   b  c']);
	});
});

describe('parseArticle, blank-line-separated (blocks)', () => {
	it('joins the lines of each hard-wrapped paragraph with a space', () => {
		expect(parseArticle(readFormat('hard-wrapped.txt'), 'auto')).toEqual({
			title: 'The title of a wrapped article',
			paragraphs: [
				'It was a bright cold day in April, and the clocks were striking thirteen.',
				'A second paragraph, on one line.',
				'The third paragraph spans three lines.',
			],
		});
	});

	it('can be forced on text that auto-detection reads as lines', () => {
		expect(parseArticle('Title\n\na\nb', 'blocks')?.paragraphs).toEqual(['a b']);
		expect(parseArticle('Title\na\nb', 'blocks')).toEqual({title: 'Title a b', paragraphs: []});
	});
});

describe('detectTextFormat', () => {
	it('reads hard-wrapped text (blank lines between multi-line blocks) as blocks', () => {
		expect(detectTextFormat(readFormat('hard-wrapped.txt'))).toBe('blocks');
	});

	it('reads blank lines between one-line paragraphs as lines', () => {
		expect(detectTextFormat(readFormat('double-spaced.txt'))).toBe('lines');
		expect(parseArticle(readFormat('double-spaced.txt'), 'auto')?.paragraphs).toEqual([
			'First paragraph on one line.',
			'Second paragraph on one line.',
		]);
	});

	it('reads a blank line after the title followed by one long paragraph per line as lines', () => {
		const long = (word: string) => `${word} `.repeat(30).trim();
		const text = `Title\n\n${long('first')}\n${long('second')}\n${long('third')}\n`;
		expect(detectTextFormat(text)).toBe('lines');
		expect(parseArticle(text, 'auto')?.paragraphs).toEqual([long('first'), long('second'), long('third')]);
	});

	it('reads text without any blank line as lines, however many lines', () => {
		expect(detectTextFormat('a\nb\nc\nd')).toBe('lines');
	});

	it('does not count whitespace-only lines as content, nor CRLF as two breaks', () => {
		expect(detectTextFormat('Title\r\n \t \r\nline one\r\nline two\r\n')).toBe('blocks');
		expect(detectTextFormat('Title\r\nline one\r\nline two\r\n')).toBe('lines');
	});
});

describe('parseArticle, normalisation', () => {
	it('strips a byte order mark', () => {
		expect(parseArticle('\uFEFFTitle\nBody', 'lines')).toEqual({title: 'Title', paragraphs: ['Body']});
	});

	it('treats CRLF and lone CR as line breaks', () => {
		expect(parseArticle('Title\r\nOne\rTwo\r\n', 'lines')).toEqual({title: 'Title', paragraphs: ['One', 'Two']});
		expect(parseArticle('Title\r\n\r\nOne\r\nstill one\r\rTwo', 'auto')?.paragraphs).toEqual(['One still one', 'Two']);
	});

	it('expands tabs inside a paragraph to spaces and trims them at the ends', () => {
		expect(parseArticle('\tTitle\t\nname:\tvalue\t', 'lines')).toEqual({title: 'Title', paragraphs: ['name:    value']});
	});

	it('sanitises every line: escape sequences and controls are gone', () => {
		const article = parseArticle('\x1b]0;owned\x07Title\x1b[31m\nred\x1b[0m text\x7f\u009b2J', 'lines');
		expect(article).toEqual({title: 'Title', paragraphs: ['red text']});
	});

	it('keeps bidi controls and ZWNJ in paragraphs', () => {
		expect(parseArticle('T\n\u2067مرحبا\u2069 hello\u200c\u200f', 'lines')?.paragraphs).toEqual([
			'\u2067مرحبا\u2069 hello\u200c\u200f',
		]);
	});

	it('keeps a title with no paragraphs', () => {
		expect(parseArticle(readFormat('title-only.txt'), 'auto')).toEqual({title: 'Only a title', paragraphs: []});
	});

	it('returns undefined when there is no text at all', () => {
		expect(parseArticle('', 'auto')).toBeUndefined();
		expect(parseArticle(' \n\t\r\n\uFEFF', 'auto')).toBeUndefined();
		expect(parseArticle('\x1b[2J\x1b[H\x07', 'lines')).toBeUndefined();
		expect(parseArticle('---\n\n***', 'markdown')).toBeUndefined();
	});
});
