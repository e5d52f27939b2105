import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {openStore} from '../../source/core/store/index.js';
import {fakeLibrary} from '../helpers/fake-library.js';
import {article, delay, keys, renderApp} from './render-app.js';

const english = article('en.txt', 'English news', ['first paragraph', 'second paragraph about rivers', 'third paragraph']);
const other = article('other.txt', 'Other news', ['only paragraph']);

let dir: string | undefined;
afterEach(async () => {
	cleanup();
	if (dir) {
		await rm(dir, {recursive: true, force: true});
	}
});

describe('bookmarks of articles still loading', () => {
	it('are not missing: the view says loading and anchors them once the article has loaded', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'qari-ui-library-'));
		const store = await openStore(dir);
		await store.add({article: english, paragraph: 1});
		await store.setPosition(english.id, 2);
		const library = fakeLibrary([other, english]);
		const app = await renderApp(library, {store});
		// Selected as the article read last; its progress is not known yet, its bookmark count is.
		expect(app.frame()).toContain('❯ English news');
		expect(app.frame()).toMatch(/English news.*1\*/u);
		expect(app.frame()).not.toMatch(/English news.*%/u);
		await app.press('B');
		expect(app.frame()).toContain('¶ 2  loading…  second paragraph about rivers');
		expect(app.frame()).not.toContain('not found');
		// Opening it goes to the bookmarked paragraph once the article arrives.
		await app.press(keys.enter);
		expect(app.frame()).toContain('loading…');
		expect(library.prioritized).toContain(1);
		library.finish();
		await delay();
		expect(app.frame().split('\n').at(-1)).toContain('¶ 2/3');
		await app.press('B');
		expect(app.frame()).toContain('¶ 2  second paragraph about rivers');
		await store.flush();
	});
});
