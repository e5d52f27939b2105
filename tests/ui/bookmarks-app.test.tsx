import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {openStore, type Store} from '../../source/core/store/index.js';
import {impatientLock} from '../core/store/helpers.js';
import {BOOKMARK_MARKER, MARKER_LTR, MARKER_RTL} from '../../source/ui/reader/reader-body.js';
import {makeTempDir, removeTempDirs} from '../helpers/temp-dirs.js';
import {article, delay, keys, renderApp} from './render-app.js';

const english = article('en.txt', 'English', ['first paragraph', 'second paragraph', 'third paragraph']);
const arabic = article('ar.txt', 'عنوان', ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة']);
const articles = [english, arabic];

async function tempStore(): Promise<Store> {
	return openStore(await makeTempDir('qari-ui-store-'));
}

afterEach(async () => {
	cleanup();
	await removeTempDirs();
});

function lineWith(frame: string, text: string): string {
	const found = frame.split('\n').find(line => line.includes(text));
	if (found === undefined) {
		throw new Error(`no line with ${text} in\n${frame}`);
	}

	return found;
}

/** Waits for the store's write and the re-render it causes. */
const settle = async () => delay(200);

describe('bookmarks in the reader', () => {
	it('b acts on the paragraph the keys before it reached, even when they arrive in one chunk', async () => {
		const store = await tempStore();
		const app = await renderApp(articles, {store});
		await app.press(keys.enter);
		await app.press('jjb');
		await settle();
		expect(store.bookmarks()).toMatchObject([{articleId: 'en.txt', paragraph: 2}]);
	});

	it('b bookmarks the focused paragraph: a mark in the end gutter, a notice, and a saved bookmark', async () => {
		const store = await tempStore();
		const app = await renderApp(articles, {store});
		await app.press(keys.enter, 'j', 'b');
		await settle();
		expect(store.bookmarks()).toMatchObject([{articleId: 'en.txt', paragraph: 1}]);
		const line = lineWith(app.frame(), 'second paragraph');
		// LTR: focus marker on the left, bookmark mark on the right.
		expect(line.startsWith(MARKER_LTR)).toBe(true);
		expect(line.trimEnd().endsWith(BOOKMARK_MARKER)).toBe(true);
		expect(lineWith(app.frame(), 'first paragraph').trimEnd().endsWith(BOOKMARK_MARKER)).toBe(false);
		expect(app.frame().split('\n').at(-1)).toContain('bookmarked');

		// Still marked when the focus moves on.
		await app.press('j');
		expect(lineWith(app.frame(), 'second paragraph').trimEnd().endsWith(BOOKMARK_MARKER)).toBe(true);

		// b again on the same paragraph removes it.
		await app.press('k', 'b');
		await settle();
		expect(store.bookmarks()).toEqual([]);
		expect(lineWith(app.frame(), 'second paragraph').trimEnd().endsWith(BOOKMARK_MARKER)).toBe(false);
		expect(app.frame().split('\n').at(-1)).toContain('bookmark removed');
	});

	it('puts the mark in the left gutter of an RTL paragraph, opposite the focus marker', async () => {
		const store = await tempStore();
		const app = await renderApp(articles, {store});
		await app.press('j', keys.enter, 'b');
		await settle();
		expect(store.bookmarks()).toMatchObject([{articleId: 'ar.txt', paragraph: 0}]);
		const focused = app.frame().split('\n').filter(line => line.trimEnd().endsWith(MARKER_RTL));
		expect(focused).toHaveLength(1);
		expect(focused[0]!.startsWith(BOOKMARK_MARKER)).toBe(true);
	});

	it('shows the existing bookmarks of a store when an article opens', async () => {
		const store = await tempStore();
		await store.add({article: english, paragraph: 2});
		const app = await renderApp(articles, {store});
		await app.press(keys.enter);
		expect(lineWith(app.frame(), 'third paragraph').trimEnd().endsWith(BOOKMARK_MARKER)).toBe(true);
		expect(lineWith(app.frame(), 'second paragraph').trimEnd().endsWith(BOOKMARK_MARKER)).toBe(false);
	});

	it('reports a bookmark that cannot be saved on one line and keeps reading', async () => {
		const dir = await makeTempDir('qari-ui-store-');
		const blocker = path.join(dir, 'a-file');
		await writeFile(blocker, 'not a directory');
		const store = await openStore(path.join(blocker, 'data'), {lock: impatientLock});
		const app = await renderApp(articles, {store});
		await app.press(keys.enter, 'b');
		await delay(400);
		const status = app.frame().split('\n').at(-1) ?? '';
		expect(status).toContain('bookmarks cannot be saved');
		expect(status).toContain('¶ 1/3');
		expect(app.frame()).not.toContain(`${BOOKMARK_MARKER}\n`);
		await app.press('j');
		expect(app.frame().split('\n').at(-1)).toContain('¶ 2/3');
	});

	it('without a store, b says bookmarks are not available', async () => {
		const app = await renderApp(articles);
		await app.press(keys.enter, 'b');
		expect(app.frame().split('\n').at(-1)).toContain('not available');
	});
});

describe('reading positions', () => {
	it('saves the focused paragraph, starts on the article read last and reopens it there', async () => {
		const store = await tempStore();
		const first = await renderApp(articles, {store});
		await first.press('j', keys.enter, 'j', 'j', 'q');
		expect(store.getPosition('ar.txt')).toBe(2);
		expect(store.lastArticle()).toBe('ar.txt');
		expect(await store.flush()).toBeUndefined();
		first.unmount();

		const reopened = await openStore(store.dataDir);
		const second = await renderApp(articles, {store: reopened});
		expect(lineWith(second.frame(), 'ar.txt').startsWith('❯')).toBe(true);
		await second.press(keys.enter);
		expect(second.frame().split('\n').at(-1)).toContain('¶ 3/3');
	});

	it('shows each article\'s bookmarks and progress in the list', async () => {
		const store = await tempStore();
		const app = await renderApp(articles, {store});
		expect(lineWith(app.frame(), 'en.txt')).not.toContain('%');
		await app.press(keys.enter, 'j', 'b');
		await settle();
		await app.press('q');
		// Paragraph 2 of 3 equal-ish paragraphs; one bookmark.
		expect(lineWith(app.frame(), 'en.txt')).toMatch(/3 ¶ {2}1\* \d+%/u);
		expect(lineWith(app.frame(), 'ar.txt')).not.toContain('*');
	});
});
