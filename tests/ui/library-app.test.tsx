import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fakeLibrary} from '../helpers/fake-library.js';
import {article, delay, keys, renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

const articles = [
	article('alpha.txt', 'Alpha harbour news', ['The harbour opened.', 'Ships came in.']),
	article('beta.txt', 'Beta market report', ['The market fell.']),
	article('gamma.txt', 'Gamma harbour storm', ['A storm hit the harbour.', 'Boats were lost.', 'Repairs began.']),
];

const header = (frame: string) => frame.split('\n')[0] ?? '';
const selectedRow = (frame: string) => frame.split('\n').find(line => line.startsWith('❯')) ?? '';

describe('the app over a library that is still loading', () => {
	it('shows every title at once with the progress in the header, which goes when the library is ready', async () => {
		const library = fakeLibrary(articles);
		const app = await renderApp(library);
		expect(header(app.frame())).toContain('3 articles · loading 0%');
		for (const entry of articles) {
			expect(app.frame()).toContain(entry.title);
		}

		// Pending articles show no paragraph count yet.
		expect(app.frame()).toContain('… ¶');
		library.loadMany(2);
		await delay();
		expect(header(app.frame())).toContain('loading 66%');
		library.load();
		await delay();
		expect(header(app.frame())).toContain('indexing 0%');
		library.index(3);
		await delay();
		expect(header(app.frame())).toBe('qari  3 articles');
		expect(app.frame()).not.toMatch(/loading|indexing/u);
		expect(app.frame()).toContain('3 ¶');
	});

	it('takes keys while loading: moves, filters by title, opens a pending article that fills in when it loads', async () => {
		const library = fakeLibrary(articles);
		const app = await renderApp(library);
		await app.press('j');
		expect(selectedRow(app.frame())).toContain('Beta');
		await app.press('f', 'HARB');
		expect(header(app.frame())).toContain('2 of 3 articles · loading 0%');
		expect(app.frame()).not.toContain('Beta');
		expect(app.frame()).toContain('f HARB');
		await app.press(keys.down);
		expect(selectedRow(app.frame())).toContain('Gamma');
		await app.press(keys.enter);
		// The reader asks for it first and says it is coming.
		expect(library.prioritized).toContain(2);
		expect(app.frame()).toContain('Gamma harbour storm');
		expect(app.frame()).toContain('loading…');
		library.load(2);
		await delay();
		expect(app.frame()).toContain('A storm hit the harbour.');
		expect(app.frame()).not.toContain('loading…');
		expect(app.frame().split('\n').at(-1)).toContain('¶ 1/3');
		// Back in the list the filter is still there; Esc clears it and keeps Gamma selected.
		await app.press(keys.escape);
		expect(header(app.frame())).toContain('2 of 3 articles');
		await app.press(keys.escape);
		expect(header(app.frame())).toContain('3 articles');
		expect(header(app.frame())).not.toContain(' of ');
		expect(selectedRow(app.frame())).toContain('Gamma');
	});

	it('says why an article could not be read', async () => {
		const library = fakeLibrary(articles);
		const app = await renderApp(library);
		library.fail(1, 'warning: /library/beta.txt: permission denied');
		await delay();
		await app.press('j', keys.enter);
		expect(app.frame()).toContain('/library/beta.txt: permission denied');
		expect(app.frame()).not.toContain('loading…');
	});

	it('searches what is indexed so far, says so, and runs the query again as the index grows', async () => {
		const library = fakeLibrary(articles);
		library.loadMany(3);
		library.index(1);
		const app = await renderApp(library);
		await app.press('/', 'harbour');
		await delay(150);
		const partial = app.frame().split('\n')[1] ?? '';
		expect(partial).toContain('searched 1 of 3 articles — indexing 33%');
		expect(app.frame()).toContain('Alpha harbour news');
		expect(app.frame()).not.toContain('Gamma harbour storm');
		library.index(3);
		await delay(150);
		expect(app.frame()).toContain('Gamma harbour storm');
		expect(app.frame().split('\n')[1]).not.toContain('searched');
		// One index object per growth, not one per render.
		expect(library.indexBuilds).toBe(2);
		// A result opens the right article of the list.
		await app.press(keys.end, keys.enter);
		expect(app.frame()).toContain('Gamma harbour storm');
	});

	it('shows the progress on the search screen before anything is indexed', async () => {
		const library = fakeLibrary(articles);
		const app = await renderApp(library);
		await app.press('/');
		await delay(100);
		expect(app.frame().split('\n')[1]).toBe('indexing… · loading 0%');
		library.finish();
		await app.press('storm');
		await delay(150);
		expect(app.frame()).toContain('Gamma harbour storm');
	});
});
