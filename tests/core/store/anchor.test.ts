import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import type {Article} from '../../../source/core/articles/index.js';
import {
	anchorBookmark,
	type Bookmark,
	EXCERPT_MATCH_THRESHOLD,
	fingerprintParagraph,
	makeExcerpt,
	resolveBookmarks,
} from '../../../source/core/store/index.js';
import {fixturePath, loadFixtureArticle} from './helpers.js';

function bookmarkAt(article: Article, paragraph: number, id = 'b1'): Bookmark {
	const text = article.paragraphs[paragraph]!;
	return {
		id,
		articleId: article.id,
		articlePath: article.path,
		paragraph,
		fingerprint: fingerprintParagraph(text),
		excerpt: makeExcerpt(text),
		note: '',
		createdAt: '2024-05-01T12:00:00.000Z',
	};
}

function withParagraphs(article: Article, paragraphs: string[]): Article {
	return {...article, paragraphs};
}

describe('anchorBookmark', () => {
	it('is ok at the saved index when the article is unchanged', async () => {
		const article = await loadFixtureArticle();
		expect(anchorBookmark(bookmarkAt(article, 3), article)).toEqual({status: 'ok', paragraph: 3, match: 'fingerprint', score: 1});
	});

	it('follows the paragraph by fingerprint when paragraphs are inserted before it', async () => {
		const article = await loadFixtureArticle();
		const bookmark = bookmarkAt(article, 3);
		const changed = withParagraphs(article, ['فقرة جديدة في البداية.', 'وفقرة أخرى أضيفت لاحقاً.', ...article.paragraphs]);
		expect(anchorBookmark(bookmark, changed)).toEqual({status: 'moved', paragraph: 5, match: 'fingerprint', score: 1});
	});

	it('still matches by fingerprint when only harakat and spacing changed', async () => {
		const article = await loadFixtureArticle();
		const bookmark = bookmarkAt(article, 2);
		const paragraphs = [...article.paragraphs];
		paragraphs[2] = `  ${paragraphs[2]!.replace('مسؤولون', 'مَسْؤُولُون').replaceAll(' ', '  ')}`;
		expect(anchorBookmark(bookmark, withParagraphs(article, paragraphs))).toMatchObject({status: 'ok', paragraph: 2, match: 'fingerprint'});
	});

	it('finds a slightly edited paragraph by its excerpt, also after it moved', async () => {
		const article = await loadFixtureArticle();
		const bookmark = bookmarkAt(article, 4);
		const paragraphs = [...article.paragraphs];
		// One word replaced near the start, another deleted: the fingerprint no longer matches.
		const words = paragraphs[4]!.split(' ');
		words.splice(2, 1, 'المسلحة');
		words.splice(6, 1);
		paragraphs[4] = words.join(' ');
		expect(fingerprintParagraph(paragraphs[4]!)).not.toBe(bookmark.fingerprint);

		const inPlace = anchorBookmark(bookmark, withParagraphs(article, paragraphs));
		expect(inPlace).toMatchObject({status: 'ok', paragraph: 4, match: 'excerpt'});
		expect(inPlace.status !== 'missing' && inPlace.score).toBeGreaterThanOrEqual(EXCERPT_MATCH_THRESHOLD);

		paragraphs.splice(1, 1);
		expect(anchorBookmark(bookmark, withParagraphs(article, paragraphs))).toMatchObject({status: 'moved', paragraph: 3, match: 'excerpt'});
	});

	it('is missing when the paragraph was deleted, even though others remain', async () => {
		const article = await loadFixtureArticle();
		const bookmark = bookmarkAt(article, 5);
		const paragraphs = article.paragraphs.filter((_, index) => index !== 5);
		expect(anchorBookmark(bookmark, withParagraphs(article, paragraphs))).toEqual({status: 'missing'});
	});

	it('is missing when the article is gone', async () => {
		const article = await loadFixtureArticle();
		expect(anchorBookmark(bookmarkAt(article, 0), undefined)).toEqual({status: 'missing'});
	});

	it('picks the copy nearest the saved index when a paragraph repeats', () => {
		const article: Article = {id: 'a', path: '/a', title: 't', paragraphs: ['***', 'one', 'two', 'three', '***', 'four']};
		const bookmark = bookmarkAt(article, 4);
		const shifted = withParagraphs(article, ['new', ...article.paragraphs]);
		expect(anchorBookmark(bookmark, shifted)).toMatchObject({status: 'moved', paragraph: 5});
		expect(anchorBookmark(bookmarkAt(article, 0), shifted)).toMatchObject({status: 'moved', paragraph: 1});
	});

	it('uses the excerpt alone for bookmarks without a fingerprint (migrated ones)', async () => {
		const article = await loadFixtureArticle();
		const bookmark = {...bookmarkAt(article, 6), fingerprint: ''};
		expect(anchorBookmark(bookmark, article)).toMatchObject({status: 'ok', paragraph: 6, match: 'excerpt', score: 1});
	});

	it('does not match unrelated paragraphs of the same language (threshold check)', async () => {
		const article = await loadFixtureArticle();
		for (let index = 0; index < article.paragraphs.length; index++) {
			const others = article.paragraphs.filter((_, other) => other !== index);
			expect(anchorBookmark(bookmarkAt(article, index), withParagraphs(article, others))).toEqual({status: 'missing'});
		}
	});
});

describe('resolveBookmarks', () => {
	it('keeps every bookmark, matching articles by id and then by path', async () => {
		const article = await loadFixtureArticle('news/baghdad.txt');
		const renamedRoot = {...article, id: 'baghdad.txt'};
		const onPath = bookmarkAt(article, 1, 'p');
		const gone = {...bookmarkAt(article, 2, 'g'), articleId: 'old/removed.txt', articlePath: '/library/old/removed.txt'};
		const resolved = resolveBookmarks([onPath, gone], [renamedRoot]);
		expect(resolved.map(entry => [entry.bookmark.id, entry.anchor.status, entry.article?.id])).toEqual([
			['p', 'ok', 'baghdad.txt'],
			['g', 'missing', undefined],
		]);
	});

	it('the fixture is the text the tests think it is', async () => {
		const text = await readFile(fixturePath('article-ar.txt'), 'utf8');
		expect(text.split('\n').filter(Boolean)).toHaveLength(9);
	});
});
