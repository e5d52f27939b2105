import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseArticle, parseTitle, type FormatChoice} from '../../../source/core/articles/parse.js';

const formatsDir = fileURLToPath(new URL('../../fixtures/articles/formats/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** Texts where the title rule differs by format: wrapped titles, blank lines, markdown, BOM and CR, nothing at all. */
const samples = [
	'عنوان\nفقرة أولى\nفقرة ثانية\n',
	'  \n\n  عنوان مسافات  \n\nفقرة\n',
	'Wrapped title first part\nsecond part\n\nA wrapped paragraph line\nand its end.\n\nAnother one\nends here.\n',
	'One line\n\nA very long paragraph on one line that runs past a hundred characters of text, as news paragraphs do when not wrapped.\nnext\n\nx\ny\n',
	'\uFEFFعنوان\r\nفقرة\r\n',
	'# Heading *one*\n\nParagraph.\n',
	'Setext title\n===\n\ntext\n',
	'',
	'   \n\n',
	'a\tb\u0085c\n',
];

describe('parseTitle', () => {
	const formats: FormatChoice[] = ['auto', 'lines', 'blocks', 'markdown'];
	it.each(samples.flatMap(text => formats.map(format => [format, text] as const)))('gives parseArticle\'s title (%s): %j', (format, text) => {
		expect(parseTitle(text, format)).toBe(parseArticle(text, format)?.title);
	});

	it('gives parseArticle\'s title for every format fixture and seed', () => {
		const files = [
			...readdirSync(formatsDir).map(name => formatsDir + name),
			...readdirSync(seedsDir).filter(name => /\.(?:txt|md)$/u.test(name)).map(name => seedsDir + name),
		];
		expect(files.length).toBeGreaterThan(2);
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			const format = file.endsWith('.md') ? 'markdown' : 'auto';
			expect(parseTitle(text, format), file).toBe(parseArticle(text, format)?.title);
			expect(parseTitle(text, format), file).not.toBeUndefined();
		}
	});
});
