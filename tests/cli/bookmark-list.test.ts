import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/core/articles/index.js';
import type {Bookmark, ResolvedBookmark} from '../../source/core/store/index.js';
import {bookmarksAsJson, bookmarksForPipe, bookmarksForTerminal, newestFirst} from '../../source/cli/bookmark-list.js';

const article: Article = {id: 'a.txt', path: '/lib/a.txt', title: 'عنوان', paragraphs: ['one', 'two', 'three']};

function resolved(id: string, createdAt: string, anchor: ResolvedBookmark['anchor'], note = ''): ResolvedBookmark {
	const bookmark: Bookmark = {
		id, articleId: 'a.txt', articlePath: '/lib/a.txt', paragraph: 1, fingerprint: 'f', excerpt: 'two', note, createdAt,
	};
	return {bookmark, article, anchor};
}

const moved = resolved('m', '2026-01-02T00:00:00.000Z', {status: 'moved', paragraph: 2, match: 'fingerprint', score: 1}, 'ملاحظة');
const missing = resolved('x', '2026-01-01T00:00:00.000Z', {status: 'missing'});
const sameTimeLater = resolved('later', '2026-01-01T00:00:00.000Z', {status: 'ok', paragraph: 1, match: 'fingerprint', score: 1});

describe('bookmark list output', () => {
	it('puts the newest first, and of equal times the one added later', () => {
		expect(newestFirst([missing, moved, sameTimeLater]).map(entry => entry.bookmark.id)).toEqual(['m', 'later', 'x']);
	});

	it('pipes tab-separated fields with the re-anchored paragraph from 1, text in logical order', () => {
		expect(bookmarksForPipe([missing, moved])).toEqual([
			'm\tmoved\tعنوان\t¶3\ttwo\tملاحظة',
			'x\tmissing\tعنوان\t¶2\ttwo\t',
		]);
	});

	it('reports moved as ok in JSON, at the new paragraph', () => {
		expect(JSON.parse(bookmarksAsJson([moved, missing]))).toMatchObject([
			{id: 'm', paragraph: 3, status: 'ok', title: 'عنوان', path: '/lib/a.txt'},
			{id: 'x', paragraph: 2, status: 'missing'},
		]);
	});

	it('reverses right-to-left fields for a terminal that does not reorder, and leaves them for one that does', () => {
		const [app] = bookmarksForTerminal([moved], {bidi: 'app', shape: false});
		const [terminal] = bookmarksForTerminal([moved], {bidi: 'terminal', shape: false});
		expect(terminal).toBe('m  moved    عنوان  ¶3  two  ملاحظة');
		expect(app).toBe('m  moved    ناونع  ¶3  two  ةظحالم');
	});
});
