import stringWidth from 'string-width';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {openStore, type Store, type StoreOptions} from '../../source/core/store/index.js';
import {makeTempDir, removeTempDirs} from '../helpers/temp-dirs.js';
import {article, delay, keys, renderApp} from './render-app.js';

const english = article('en.txt', 'English news', ['first paragraph', 'second paragraph about rivers', 'third paragraph']);
const arabic = article('ar.txt', 'أخبار عربية', ['الفقرة الأولى', 'الفقرة الثانية عن المكتبة', 'الفقرة الثالثة']);
const articles = [english, arabic];

function steppingClock(): () => Date {
	let minutes = 0;
	return () => new Date(Date.UTC(2026, 0, 2, 10, minutes++));
}

async function tempStore(options: StoreOptions = {}): Promise<Store> {
	return openStore(await makeTempDir('qari-ui-view-'), {clock: steppingClock(), ...options});
}

afterEach(async () => {
	cleanup();
	await removeTempDirs();
});

const settle = async () => delay(200);
const status = (frame: string) => frame.split('\n').at(-1) ?? '';

/** Two bookmarks: English ¶ 2 (older), Arabic ¶ 2 with a note (newer). */
async function storeWithTwo(): Promise<Store> {
	const store = await tempStore();
	await store.add({article: english, paragraph: 1});
	await store.add({article: arabic, paragraph: 1, note: 'ملاحظة'});
	return store;
}

function rowIndex(frame: string, text: string): number {
	return frame.split('\n').findIndex(line => line.includes(text));
}

describe('bookmarks view', () => {
	it('B lists every bookmark newest first with title, paragraph, note and date; Esc goes back', async () => {
		const store = await storeWithTwo();
		const app = await renderApp(articles, {store});
		await app.press('B');
		const frame = app.frame();
		expect(frame).toContain('2 bookmarks');
		expect(frame).toContain('English news');
		expect(frame).toContain('second paragraph about rivers');
		expect(frame).toContain('2026-01-02');
		// Arabic through the layout engine: shaped presentation forms, not the logical text.
		expect(frame).not.toContain('الفقرة الثانية');
		// The Arabic bookmark is newer, so it comes first (and is selected).
		expect(rowIndex(frame, '❯')).toBeLessThan(rowIndex(frame, 'English news'));
		expect(rowIndex(frame, '❯')).toBeGreaterThan(0);

		await app.press(keys.escape);
		expect(app.frame()).toContain('2 articles');
	});

	it('Enter opens the selected bookmark at its paragraph', async () => {
		const store = await storeWithTwo();
		const app = await renderApp(articles, {store});
		await app.press('B', 'j', keys.enter);
		expect(status(app.frame())).toContain('¶ 2/3');
		expect(status(app.frame())).toContain('English news');
	});

	it('d deletes the selected bookmark and u brings it back', async () => {
		const store = await storeWithTwo();
		const app = await renderApp(articles, {store});
		await app.press('B', 'j', 'd');
		await settle();
		expect(app.frame()).toContain('1 bookmark');
		expect(app.frame()).not.toContain('English news');
		expect(store.bookmarks().map(bookmark => bookmark.articleId)).toEqual(['ar.txt']);
		expect(status(app.frame())).toContain('u undoes');

		await app.press('u');
		await settle();
		expect(app.frame()).toContain('2 bookmarks');
		expect(app.frame()).toContain('English news');
		expect(store.bookmarks().map(bookmark => bookmark.articleId).sort()).toEqual(['ar.txt', 'en.txt']);
	});

	it('e edits the note with Arabic text; Enter saves it, Esc would cancel', async () => {
		const store = await storeWithTwo();
		const app = await renderApp(articles, {store});
		await app.press('B', 'j', 'e', 'مهم', ' ok', keys.enter);
		await settle();
		const english = store.bookmarks().find(bookmark => bookmark.articleId === 'en.txt');
		expect(english?.note).toBe('مهم ok');
		expect(status(app.frame())).toContain('note saved');

		await app.press('e', 'x', keys.escape);
		await settle();
		expect(store.bookmarks().find(bookmark => bookmark.articleId === 'en.txt')?.note).toBe('مهم ok');
		// Typing into the note did not run commands: still on the view.
		expect(app.frame()).toContain('2 bookmarks');
	});

	it('/ filters by title, paragraph or note, normalised for search', async () => {
		const store = await storeWithTwo();
		const app = await renderApp(articles, {store});
		await app.press('B', '/', 'RIVERS');
		expect(app.frame()).toContain('1 bookmark');
		expect(app.frame()).toContain('English news');
		// Letter variants fold: أ typed as ا still matches the Arabic title.
		await app.press('\u0015', 'اخبار');
		expect(app.frame()).toContain('1 bookmark');
		expect(app.frame()).not.toContain('English news');
		// Enter keeps the filter and goes back to the keys: Enter again opens it.
		await app.press(keys.enter, keys.enter);
		expect(status(app.frame())).toContain('¶ 2/3');
	});

	it('shows a bookmark whose paragraph is gone with its saved excerpt', async () => {
		const store = await tempStore();
		await store.add({article: english, paragraph: 2});
		const changed = {...english, paragraphs: ['zzzz', 'qqqq wwww']};
		const app = await renderApp([changed, arabic], {store});
		await app.press('B');
		expect(app.frame()).toContain('paragraph not found: third paragraph');
		await app.press(keys.enter);
		expect(status(app.frame())).toContain('paragraph not found');
	});
});

describe('bookmarks view sizes', () => {
	it('fits every terminal size, from 1×1 up', async () => {
		const store = await storeWithTwo();
		for (const [columns, rows] of [[1, 1], [3, 2], [5, 3], [20, 4], [40, 24], [400, 24]] as const) {
			const app = await renderApp(articles, {store, columns, rows});
			for (const inputs of [['B'], ['/', 'نص'], [keys.enter, 'e', 'مهم']]) {
				await app.press(...inputs);
				const lines = app.frame().split('\n');
				expect(lines.length, `${columns}×${rows}`).toBeLessThanOrEqual(rows);
				for (const line of lines) {
					expect(stringWidth(line), `${columns}×${rows}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(columns);
				}
			}

			app.unmount();
		}
	});
});
