import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import {openStore} from '../../source/core/store/index.js';
import {HelpOverlay} from '../../source/ui/help/help-overlay.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {keyBindings} from '../../source/ui/keys.js';
import {noticeText, noticeWithKey} from '../../source/ui/state/index.js';
import {commandHint} from '../../source/ui/text/key-labels.js';
import {UiProvider} from '../../source/ui/ui-context.js';
import {makeTempDir, removeTempDirs} from '../helpers/temp-dirs.js';
import {article, delay, keys, renderApp, uiSettings} from './render-app.js';

const arabic = createTranslator('ar');
const english = createTranslator('en');
/** What qari draws: laid out right to left by the app, unshaped so the letters compare as typed (reversed). */
const app = {bidi: 'app', shape: false, language: 'ar'} as const;
const reversed = (text: string) => [...text].reverse().join('');
const lines = (frame: string) => frame.split('\n');
const articles = [
	article('one.txt', 'First title', ['one', 'two']),
	article('two.txt', 'Second title', ['three']),
];

afterEach(async () => {
	cleanup();
	await removeTempDirs();
});

/** The one line of `frame` holding `text`. */
function lineWith(frame: string, text: string): string {
	const found = lines(frame).find(line => line.includes(text));
	if (found === undefined) {
		throw new Error(`no line with ${text} in\n${frame}`);
	}

	return found;
}

describe('Arabic prompts through the layout engine', () => {
	it('draws the search hint after / right to left, right-aligned, the key at the right edge', async () => {
		const view = await renderApp(articles, {...app, columns: 60});
		await view.press('/');
		const line = lineWith(view.frame(), reversed(arabic.t('search.placeholder')));
		expect(line).toHaveLength(60);
		expect(line.endsWith(`${reversed(arabic.t('search.placeholder'))}  /`)).toBe(true);
		expect(line.startsWith(' '.repeat(40))).toBe(true);
	});

	it('keeps the typed query left of the key, right-aligned', async () => {
		const view = await renderApp(articles, {...app, columns: 60});
		await view.press('/', 'بحث');
		const line = lineWith(view.frame(), reversed('بحث'));
		expect(line.trimEnd().endsWith(`${reversed('بحث')} /`)).toBe(true);
		expect(line.startsWith(' '.repeat(40))).toBe(true);
	});

	it('draws the list filter line the same way, Esc isolated in the hint', async () => {
		const view = await renderApp(articles, {...app, columns: 80});
		await view.press('f');
		const line = lineWith(view.frame(), reversed('لتصفية'));
		expect(line.trimEnd().endsWith(`${reversed('اكتب لتصفية العناوين')}  f`)).toBe(true);
		// The brackets are mirrored by the RTL line (their reading order), Esc reads left to right.
		expect(line).toContain(`(${reversed('للمسح')} Esc)`);
		expect(line.startsWith(' ')).toBe(true);
	});

	it("draws the reader's : prompt the same way", async () => {
		const view = await renderApp(articles, {...app, columns: 60, rows: 10});
		await view.press(keys.enter, ':');
		const line = lines(view.frame()).at(-1)!;
		expect(line.endsWith(`${reversed(arabic.t('jump.placeholder'))}  :`)).toBe(true);
		expect(line.startsWith(' ')).toBe(true);
	});

	it('leaves the English prompts as they were: key first, at the left', async () => {
		const view = await renderApp(articles, {columns: 60});
		await view.press('/');
		expect(lineWith(view.frame(), english.t('search.placeholder')).startsWith(`/   ${english.t('search.placeholder')}`)).toBe(true);
	});
});

describe('key labels in Arabic chrome', () => {
	it('shows [ on the previous-article row and ] on the next-article row of the help', async () => {
		const view = await renderApp(articles, {...app, columns: 120, rows: keyBindings.length + 4});
		await view.press('?');
		const frame = view.frame();
		expect(lineWith(frame, reversed(arabic.t('command.previousArticle'))).trimEnd().endsWith(' [')).toBe(true);
		expect(lineWith(frame, reversed(arabic.t('command.nextArticle'))).trimEnd().endsWith(' ]')).toBe(true);
		// Several keys read left to right as on the keyboard.
		expect(lineWith(frame, reversed(arabic.t('command.first'))).trimEnd().endsWith(' g Home')).toBe(true);
	});

	it('isolates keys in hints and notices in Arabic only', () => {
		expect(commandHint(keyBindings, 'help', arabic)).toBe('\u2066?\u2069 مساعدة');
		expect(commandHint(keyBindings, 'help', english)).toBe('? help');
		expect(noticeText(noticeWithKey('notice.noSearch', 'search'), arabic)).toContain('\u2066/\u2069');
		expect(noticeText(noticeWithKey('notice.noSearch', 'search'), english)).toBe('no search yet: / to search');
	});

	it('says ← and → in terms of direction, not script', () => {
		expect(arabic.t('command.pageLeft')).toContain('النص من اليسار إلى اليمين');
		expect(arabic.t('command.pageRight')).not.toContain('اللاتيني');
	});
});

describe('numbers in the Arabic status bar', () => {
	it('draws the percent and the position the same way with and without a notice', async () => {
		const view = await renderApp(articles, {...app, columns: 80, rows: 10});
		await view.press(keys.enter);
		const plain = lines(view.frame()).at(-1)!;
		// n without a search: a notice joins the bar.
		await view.press('n');
		const noticed = lines(view.frame()).at(-1)!;
		expect(noticed).toContain(reversed('لم تبحث بعد'));
		for (const bar of [plain, noticed]) {
			expect(bar).toContain('50٪');
			expect(bar).not.toContain('٪50');
			expect(bar).toContain('¶ 1/2');
		}
	});
});

describe('numbers in Arabic search results', () => {
	it('draws ¶ N of a result as the status bar draws ¶ N/M', async () => {
		const view = await renderApp(articles, {...app, columns: 60, rows: 12});
		await view.press('/', 'three');
		await delay(200);
		const row = lineWith(view.frame(), 'Second title');
		expect(row).toContain('¶ 1');
		expect(row).not.toContain('1 ¶');
	});
});

describe('the Arabic bookmarks screen', () => {
	it('puts the focus marker at the right edge pointing left, the date at the left', async () => {
		const store = await openStore(await makeTempDir('qari-ar-bookmarks-'));
		const view = await renderApp(articles, {...app, store, columns: 60, rows: 12});
		await view.press(keys.enter, 'b');
		await delay(200);
		await view.press('B');
		await delay(100);
		const frame = view.frame();
		const row = lineWith(frame, 'First title');
		expect(row.trimEnd().endsWith('First title ❮')).toBe(true);
		expect(row).toMatch(/^\d{4}-\d\d-\d\d {2}/u);
		expect(frame).not.toContain('❯');
		// Heading at the right edge.
		expect(lineWith(frame, reversed(arabic.t('bookmarks.heading'))).startsWith(' ')).toBe(true);
	});
});

describe('the scrolled help overlay', () => {
	const overlay = (top: number, language: 'ar' | 'en' = 'en') =>
		render(
			<UiProvider settings={uiSettings({language})}>
				<HelpOverlay height={10} top={top} width={100} settings={{bidi: 'app', shape: false}} />
			</UiProvider>,
		);

	it('says more is below at the top, above at the end, both ways between', () => {
		const first = lines(overlay(0).lastFrame() ?? '');
		expect(first).toHaveLength(10);
		expect(first.at(-1)!.trim()).toBe('↓ more');
		expect(first[1]).toContain(english.t('command.next'));
		const last = lines(overlay(999).lastFrame() ?? '');
		expect(last.at(-1)!.trim()).toBe('↑ more');
		expect(last.at(-2)).toContain(english.t('command.wider'));
		expect(lines(overlay(3).lastFrame() ?? '').at(-1)!.trim()).toBe('↑↓ more');
		expect(lines(overlay(3).lastFrame() ?? '')[1]).toContain(english.t('command.pageUp'));
	});

	it('says it in Arabic, right-aligned', () => {
		const last = lines(overlay(0, 'ar').lastFrame() ?? '').at(-1)!;
		expect(last.trim()).toBe(`${reversed('المزيد')} ↓`);
		expect(last.startsWith(' ')).toBe(true);
	});
});
