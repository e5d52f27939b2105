/**
 * Bookmark save latency through the store API: a temp data directory whose
 * bookmarks.json already holds 1,000 bookmarks, then bookmarks added one at a
 * time (each is lock → read → change → atomic write → unlock, see
 * source/core/store/bookmark-store.ts). Several rounds, each in a fresh copy.
 */
import {tmpdir} from 'node:os';
import {performance} from 'node:perf_hooks';
import {type Bookmark, fingerprintParagraph, makeExcerpt, openStore, STORE_VERSION} from '../source/core/store/index.js';
import type {SearchableArticle} from '../source/core/search/index.js';
import {formatMs, median, percentile} from './stats.js';
import type {SectionResult} from './table.js';
import {makeTempDir, removeTempDir} from './temp.js';

const existing = 1000;

/** 1,000 bookmarks in the store's export format, spread over the articles. */
function existingBookmarks(articles: readonly SearchableArticle[]): string {
	const bookmarks: Bookmark[] = Array.from({length: existing}, (_, number) => {
		const article = articles[(number * 7) % articles.length]!;
		const paragraph = number % article.paragraphs.length;
		const text = article.paragraphs[paragraph]!;
		return {
			id: `bench${String(number).padStart(3, '0')}`,
			articleId: article.id,
			articlePath: article.path,
			paragraph,
			fingerprint: fingerprintParagraph(text),
			excerpt: makeExcerpt(text),
			note: number % 5 === 0 ? 'ملاحظة للمقارنة' : '',
			createdAt: new Date(Date.UTC(2026, 0, 1) + number * 60_000).toISOString(),
		};
	});
	return JSON.stringify({version: STORE_VERSION, bookmarks});
}

export async function bookmarksSection(articles: readonly SearchableArticle[], rounds: number, saves: number): Promise<SectionResult> {
	const seeded = existingBookmarks(articles);
	const pooled: number[] = [];
	const p50s: number[] = [];
	const p95s: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const dataDir = makeTempDir('store');
		try {
			/* eslint-disable no-await-in-loop */
			const store = await openStore(dataDir);
			const imported = await store.importBookmarks(seeded);
			if (imported.added !== existing) {
				throw new Error(`the store took ${imported.added} of the ${existing} bookmarks to start from`);
			}

			const times: number[] = [];
			for (let save = 0; save < saves; save++) {
				const article = articles[(save * 13 + round) % articles.length]!;
				const started = performance.now();
				await store.add({article: {...article, paragraphs: [...article.paragraphs]}, paragraph: save % article.paragraphs.length, note: save % 3 === 0 ? 'note' : ''});
				times.push(performance.now() - started);
			}
			/* eslint-enable no-await-in-loop */

			if (store.bookmarks().length !== existing + saves) {
				throw new Error(`expected ${existing + saves} bookmarks after saving, the store has ${store.bookmarks().length}`);
			}

			pooled.push(...times);
			p50s.push(percentile(times, 0.5));
			p95s.push(percentile(times, 0.95));
		} finally {
			removeTempDir(dataDir);
		}
	}

	return {
		rows: [{
			name: `bookmark save, store holding ${existing.toLocaleString('en')}`,
			runs: `${rounds}×${saves}`,
			median: formatMs(median(p50s)),
			p95: formatMs(median(p95s)),
		}],
		notes: [`bookmarks: slowest of ${pooled.length} saves ${formatMs(Math.max(...pooled))}; the data directory is in ${tmpdir()}.`],
	};
}
