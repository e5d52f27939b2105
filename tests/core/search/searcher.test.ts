import {describe, expect, it} from 'vitest';
import {buildSearchIndex, createSearcher, search, type SearchableArticle} from '../../../source/core/search/index.js';
import {loadLibrary, seededRandom} from './library.js';

/** 20,000 paragraphs made of the library's words, so a search takes long enough to interrupt. */
function bigLibrary(): SearchableArticle[] {
	const words = loadLibrary().flatMap(article => article.paragraphs).join(' ').split(' ');
	const random = seededRandom(3);
	const articles: SearchableArticle[] = [];
	for (let article = 0; article < 2000; article++) {
		const paragraphs = Array.from({length: 10}, () =>
			Array.from({length: 45}, () => words[Math.floor(random() * words.length)]!).join(' '));
		articles.push({id: `a${article}`, path: `/a${article}`, title: paragraphs[0]!.slice(0, 40), paragraphs});
	}

	return articles;
}

const index = buildSearchIndex(bigLibrary());
/** Enough candidates for Fuse to take a good while. */
const slow = {limit: 20, candidateLimit: 3000};

describe('createSearcher', () => {
	it('gives the same results as the synchronous search', async () => {
		const searcher = createSearcher(index);
		expect(await searcher.search('الكاطمي', slow)).toEqual(search(index, 'الكاطمي', slow));
	});

	it('supersedes a running search when the next one starts', async () => {
		const searcher = createSearcher(index);
		const first = searcher.search('الكاظمي', slow);
		const second = searcher.search('الخضراء', slow);
		await expect(first).rejects.toMatchObject({name: 'AbortError'});
		expect(await second).toEqual(search(index, 'الخضراء', slow));
	});

	it('stops when its signal is aborted, or at once if it already was', async () => {
		const searcher = createSearcher(index);
		const controller = new AbortController();
		const running = searcher.search('الكاظمي', {...slow, signal: controller.signal});
		setTimeout(() => {
			controller.abort();
		}, 1);
		await expect(running).rejects.toMatchObject({name: 'AbortError'});
		await expect(searcher.search('الكاظمي', {signal: AbortSignal.abort()})).rejects.toMatchObject({name: 'AbortError'});
	});

	it('stops on cancel()', async () => {
		const searcher = createSearcher(index);
		const running = searcher.search('الكاظمي', slow);
		searcher.cancel();
		await expect(running).rejects.toMatchObject({name: 'AbortError'});
	});

	it('lets the event loop run while it searches', async () => {
		const searcher = createSearcher(index);
		let ticks = 0;
		let longestGap = 0;
		let last = performance.now();
		let running = true;
		const tick = (): void => {
			const now = performance.now();
			longestGap = Math.max(longestGap, now - last);
			last = now;
			ticks++;
			if (running) {
				setImmediate(tick);
			}
		};

		setImmediate(tick);
		const started = performance.now();
		await searcher.search('الكاظمي', slow);
		const elapsed = performance.now() - started;
		running = false;
		expect(ticks).toBeGreaterThan(3);
		// The loop was never held for the whole search.
		expect(longestGap).toBeLessThan(elapsed);
	});
});
