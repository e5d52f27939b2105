import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../../source/core/articles/index.js';

const markdown = (text: string) => parseArticle(text, 'markdown');
/** The paragraphs of a Markdown article whose title is `T`. */
const body = (text: string) => markdown(`# T\n\n${text}`)?.paragraphs;

describe('parseArticle, markdown', () => {
	it('reduces a realistic article to plain text', () => {
		const text = readFileSync(fileURLToPath(new URL('../../fixtures/articles/formats/news.md', import.meta.url)), 'utf8');
		expect(markdown(text)).toEqual({
			title: 'عاجل: الحكومة تعلن خطة جديدة',
			paragraphs: [
				'نشرت وكالة الأنباء تقريراً يفيد بأن الخطة ستبدأ الشهر المقبل.',
				'صورة الاجتماع',
				'التفاصيل',
				'قال المتحدث إن الخطة تشمل ثلاث مراحل.',
				'المرحلة الأولى: التخطيط',
				'المرحلة الثانية: التنفيذ',
				'المرحلة الثالثة: المراجعة',
				'Variable names like snake_case_name and 2 * 3 * 4 stay as written.',
			],
		});
	});

	it('uses the first paragraph as the title when there is no heading', () => {
		expect(markdown('Plain *title*\n\nBody.')).toEqual({title: 'Plain title', paragraphs: ['Body.']});
	});

	it('strips every kind of emphasis', () => {
		expect(body('*a* **b** _c_ __d__ ***e*** **_f_**')).toEqual(['a b c d e f']);
	});

	it('leaves lone and spaced markers alone', () => {
		expect(body('5 * 3 and 2*x and a_b_c and x__init__y and * not emphasis *')).toEqual([
			'5 * 3 and 2*x and a_b_c and x__init__y and * not emphasis *',
		]);
	});

	it('keeps code span contents verbatim, without backticks', () => {
		expect(body('run `rm *.txt` or `` a `tick` b `` or `__x__`')).toEqual(['run rm *.txt or a `tick` b or __x__']);
	});

	it('keeps backslash-escaped punctuation literally', () => {
		expect(body(String.raw`\*not emphasis\* and \[not a link](x) and \` tick`)).toEqual([
			'*not emphasis* and [not a link](x) and ` tick',
		]);
	});

	it('replaces links with their text and images with their alt text', () => {
		expect(body('[the **text**](https://a.example/x_(y) "title") and ![an alt](pic.png) end')).toEqual([
			'the text and an alt end',
		]);
		expect(body('Read [this](https://a.example)!')).toEqual(['Read this!']);
	});

	it('makes later headings paragraphs of their own, without markers', () => {
		expect(body('Before\n## Section *two* ##\nAfter\n###### Six\n####### seven is text')).toEqual([
			'Before',
			'Section two',
			'After',
			'Six',
			'####### seven is text',
		]);
	});

	it('does not take a hashtag for a heading, nor a hash inside a word for a closing sequence', () => {
		expect(body('#hashtag and more\n\n# Learn C#\n# #')).toEqual(['#hashtag and more', 'Learn C#']);
	});

	it('treats setext underlines as ending a heading', () => {
		expect(markdown('The title\n=========\nBody line')).toEqual({title: 'The title', paragraphs: ['Body line']});
	});

	it('strips block quote markers, nested ones too', () => {
		expect(body('Intro\n> quoted\n> > nested\nlazy\n\n>\n> second quote')).toEqual([
			'Intro',
			'quoted nested lazy',
			'second quote',
		]);
	});

	it('makes every list item its own paragraph, continuation lines included', () => {
		expect(body('- one\n- two\n  continued\n* three\n+ four\n1. five\n2) six\n10. seven')).toEqual([
			'one',
			'two continued',
			'three',
			'four',
			'five',
			'six',
			'seven',
		]);
	});

	it('does not let a number other than 1 interrupt a paragraph', () => {
		expect(body('It happened in\n2019. Then it ended.\n1. But this is a list')).toEqual([
			'It happened in 2019. Then it ended.',
			'But this is a list',
		]);
	});

	it('drops horizontal rules of every style', () => {
		expect(body('a\n\n---\n\nb\n* * *\nc\n___\n- - -')).toEqual(['a', 'b', 'c']);
	});

	it('joins the lines of a paragraph with a space', () => {
		expect(body('first line\nsecond line\n\nnext')).toEqual(['first line second line', 'next']);
	});

	it('shows fenced code as written, one line per paragraph, and drops the fences', () => {
		expect(body('```js\nconst x = **y**;\n\nlet _z_ = 1;\n```\nafter\n~~~~\n[a](b)\n~~~~')).toEqual([
			'const x = **y**;',
			'let _z_ = 1;',
			'after',
			'[a](b)',
		]);
	});

	it('handles CRLF line breaks and tabs after list markers', () => {
		expect(markdown('# Title\r\n\r\n-\tone\r\n-\ttwo\r\n')).toEqual({title: 'Title', paragraphs: ['one', 'two']});
	});

	it('sanitises escape sequences in Markdown too', () => {
		expect(body('**bold\x1b[5m** [x\x1b]8;;u\x07](y)')).toEqual(['bold x']);
	});

	it('keeps the private-use placeholder character as text', () => {
		expect(body('keep \uE000 and \uE0000\uE001 as is')).toEqual(['keep \uE000 and \uE0000\uE001 as is']);
	});

	it('stays fast on crafted input (no quadratic patterns)', () => {
		const crafted = [
			' _a_b'.repeat(40_000),
			'['.repeat(200_000),
			Array.from({length: 600}, (_, index) => `${'`'.repeat(index + 1)}a`).join(''),
			`# a${' '.repeat(200_000)}b`,
			' **a *b'.repeat(30_000),
		];
		const started = performance.now();
		for (const text of crafted) expect(markdown(`# T\n\n${text}`)?.title).toBe('T');
		// Each input takes milliseconds; the quadratic versions took from seconds to minutes.
		expect(performance.now() - started).toBeLessThan(3000);
	});
});
