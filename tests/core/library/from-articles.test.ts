import {describe, expect, it} from 'vitest';
import {libraryFromArticles} from '../../../source/core/library/index.js';
import {search} from '../../../source/core/search/index.js';

const articles = [
	{id: 'a.txt', path: '/x/a.txt', title: 'الأخبار اليوم', paragraphs: ['مدينة بغداد', 'second']},
	{id: 'b.txt', path: '/x/b.txt', title: 'Weather', paragraphs: ['rain in Basra']},
];

describe('libraryFromArticles', () => {
	it('is loaded, indexed and ready from the start', async () => {
		const library = libraryFromArticles(articles, ['warning: skipped x']);
		const snapshot = library.getSnapshot();
		expect(snapshot.progress).toEqual({phase: 'ready', total: 2, loaded: 2, indexed: 2});
		expect(snapshot.articles.map(article => [article.id, article.status])).toEqual([
			['a.txt', 'loaded'],
			['b.txt', 'loaded'],
		]);
		expect(snapshot.articles[1]?.paragraphs).toEqual(['rain in Basra']);
		expect(snapshot.warnings).toEqual(['warning: skipped x']);
		expect(library.getSnapshot()).toBe(snapshot);
		await expect(library.done).resolves.toBeUndefined();
	});

	it('builds the search index once, on first use', () => {
		const library = libraryFromArticles(articles, []);
		const index = library.searchIndex();
		expect(index?.articles).toHaveLength(2);
		expect(library.searchIndex()).toBe(index);
		const results = search(index!, 'basra');
		expect(results[0]?.articleId).toBe('b.txt');
	});

	it('has no index without articles', () => {
		expect(libraryFromArticles([], []).searchIndex()).toBeUndefined();
	});
});
