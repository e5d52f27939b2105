import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {openStore, type Store} from '../../source/core/store/index.js';
import {keyBindings} from '../../source/ui/keys.js';
import {applyKeyRemaps} from '../../source/ui/keymap.js';
import {MARKER_LTR} from '../../source/ui/reader/reader-body.js';
import {fakeLibrary} from '../helpers/fake-library.js';
import {makeTempDir, removeTempDirs} from '../helpers/temp-dirs.js';
import {article, delay, keys, renderApp} from './render-app.js';

const english = article('en.txt', 'English', ['first paragraph', 'second paragraph', 'third paragraph']);
const arabic = article('ar.txt', 'عنوان', ['الفقرة الأولى', 'الفقرة الثانية']);
const articles = [english, arabic];

async function tempStore(): Promise<Store> {
	return openStore(await makeTempDir('qari-reader-keys-'));
}

afterEach(async () => {
	cleanup();
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
	await removeTempDirs();
});

/** The row a text is on, from the first marker column. */
function lineWith(frame: string, text: string): string {
	const found = frame.split('\n').find(line => line.includes(text));
	if (found === undefined) {
		throw new Error(`no line with ${text} in\n${frame}`);
	}

	return found;
}

const focused = (frame: string, text: string) => lineWith(frame, text).trimStart().startsWith(MARKER_LTR);
const status = (frame: string) => frame.split('\n').at(-1) ?? '';

describe('keys typed on the Arabic keyboard layout', () => {
	it('ت moves like j and ن like k: the keys at their places', async () => {
		const app = await renderApp(articles);
		await app.press(keys.enter, 'ت');
		expect(focused(app.frame(), 'second paragraph')).toBe(true);
		await app.press('ت', 'ن');
		expect(focused(app.frame(), 'second paragraph')).toBe(true);
		// Several keys in one chunk, as typed fast: each one counts.
		await app.press('تت');
		expect(focused(app.frame(), 'third paragraph')).toBe(true);
	});

	it('لا (one key: lam-alef) toggles a bookmark like b', async () => {
		const store = await tempStore();
		const app = await renderApp(articles, {store});
		await app.press(keys.enter, 'لا');
		await delay(200);
		expect(store.bookmarks()).toMatchObject([{articleId: 'en.txt', paragraph: 0}]);
		expect(status(app.frame())).toContain('bookmarked');
	});

	it('is text, not keys, while a line takes text', async () => {
		// Logical order, unshaped: the typed letters show as they are.
		const app = await renderApp(articles, {bidi: 'terminal', shape: false});
		await app.press('/', 'تن');
		expect(app.frame()).toContain('تن');
		await app.press(keys.escape, 'ب', 'تن');
		// ب (f) opened the title filter; what follows is typed into it.
		expect(app.frame()).toContain('تن');
		expect(app.frame()).toContain('No title matches.');
	});
});

describe('remapped keys', () => {
	it('a remap from the config table changes what a key does, everywhere keys are read', async () => {
		const {bindings} = applyKeyRemaps(keyBindings, {next: [{input: 'x'}], previous: [{input: 'j'}]});
		const app = await renderApp(articles, {bindings});
		await app.press(keys.enter, 'x', 'x');
		expect(focused(app.frame(), 'third paragraph')).toBe(true);
		await app.press('j');
		expect(focused(app.frame(), 'second paragraph')).toBe(true);
		// ↓ went with the remap: next has only x now.
		await app.press(keys.down);
		expect(focused(app.frame(), 'second paragraph')).toBe(true);
		// The Arabic layout reads the remapped table too: ت is j, now previous.
		await app.press('ت');
		expect(focused(app.frame(), 'first paragraph')).toBe(true);
	});
});

describe('y copies the focused paragraph', () => {
	function terminal(isTTY: boolean) {
		vi.stubEnv('TERM', 'xterm-256color');
		for (const name of ['TMUX', 'STY', 'VTE_VERSION', 'TERM_PROGRAM']) {
			vi.stubEnv(name, '');
		}

		const before = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
		Object.defineProperty(process.stdout, 'isTTY', {configurable: true, value: isTTY});
		tempRestores.push(() => {
			if (before) {
				Object.defineProperty(process.stdout, 'isTTY', before);
			} else {
				Reflect.deleteProperty(process.stdout, 'isTTY');
			}
		});
		return vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
	}

	const tempRestores: Array<() => void> = [];
	afterEach(() => {
		for (const restore of tempRestores.splice(0)) {
			restore();
		}
	});

	it('writes OSC 52 with the paragraph in logical order, base64, and says so', async () => {
		const write = terminal(true);
		const app = await renderApp(articles);
		await app.press(keys.down, keys.enter, 'j', 'y');
		const expected = `\u001B]52;c;${Buffer.from('الفقرة الثانية', 'utf8').toString('base64')}\u0007`;
		expect(write.mock.calls.map(([data]) => String(data))).toContain(expected);
		expect(status(app.frame())).toContain('copied to the clipboard');
	});

	it('writes nothing where the terminal cannot, and says so', async () => {
		const write = terminal(false);
		const app = await renderApp(articles);
		await app.press(keys.enter, 'y');
		expect(write.mock.calls.some(([data]) => String(data).includes(']52;'))).toBe(false);
		expect(status(app.frame())).toContain('this terminal has no clipboard access');
	});
});

describe('the text block', () => {
	it('is laid out at the maximum width and centred; + and - change it live and it is remembered', async () => {
		const remembered: number[] = [];
		const long = article('long.txt', 'Long', ['word '.repeat(60).trim()]);
		const app = await renderApp([long], {textWidth: 40, rememberTextWidth: width => remembered.push(width)});
		await app.press(keys.enter);
		const rows = () => app.frame().split('\n').filter(line => line.includes('word'));
		// 100 columns: 40 of text and two gutters leave 58, 29 each side.
		expect(rows()[0]).toMatch(/^ {29}▌word/u);
		expect(Math.max(...rows().map(line => line.trimEnd().length))).toBeLessThanOrEqual(29 + 1 + 40);
		const narrow = rows().length;
		await app.press('+');
		expect(status(app.frame())).toContain('text width 44');
		expect(rows()[0]).toMatch(/^ {27}▌word/u);
		expect(rows().length).toBeLessThan(narrow);
		await app.press('-', '-');
		expect(rows()[0]).toMatch(/^ {31}▌word/u);
		// Each new width is passed on (effects run after the frame); the last is what stays.
		await delay(100);
		expect(remembered[0]).toBe(44);
		expect(remembered.at(-1)).toBe(36);
		// The terminal narrower than the width: the text takes what there is.
		await app.resize(30, 24);
		expect(rows()[0]).toMatch(/^▌word/u);
	});

	it('+ goes no wider than the terminal allows: the notice and the width remembered are what is seen', async () => {
		const remembered: number[] = [];
		const long = article('long.txt', 'Long', ['word '.repeat(60).trim()]);
		// 100 columns: at most 98 of text between the two gutters.
		const app = await renderApp([long], {textWidth: 92, rememberTextWidth: width => remembered.push(width)});
		await app.press(keys.enter, '+');
		expect(status(app.frame())).toContain('text width 96');
		await app.press('+');
		expect(status(app.frame())).toContain('text width 98');
		await app.press('+');
		expect(status(app.frame())).toContain('text width 98');
		await delay(100);
		expect(remembered.at(-1)).toBe(98);
		// - narrows what is seen, 4 at a time.
		await app.press('-');
		expect(status(app.frame())).toContain('text width 94');
		// A wider terminal lets + go on.
		await app.resize(200, 24);
		await app.press('+', '+', '+');
		expect(status(app.frame())).toContain('text width 106');
		await delay(100);
		expect(remembered.at(-1)).toBe(106);
	});

	it('← turns to the next page of an Arabic article', async () => {
		const many = article('many.txt', 'عنوان', Array.from({length: 30}, (_, index) => `فقرة رقم ${index + 1}`));
		const app = await renderApp([many], {rows: 10});
		const paragraph = () => Number(/¶ (\d+)\/30/u.exec(status(app.frame()))?.[1]);
		await app.press(keys.enter);
		expect(paragraph()).toBe(1);
		await app.press('\u001B[D');
		const turned = paragraph();
		expect(turned).toBeGreaterThan(3);
		// → goes back a page, as PgUp does.
		await app.press('\u001B[C');
		expect(paragraph()).toBeLessThan(turned);
	});
});

describe('a pending article opened with ]', () => {
	it('is asked for first and shows the loading line in the interface language', async () => {
		const library = fakeLibrary([english, arabic, article('third.txt', 'Third', ['third article'])]);
		const prioritized: number[] = [];
		const prioritize = library.prioritize.bind(library);
		library.prioritize = (index: number) => {
			prioritized.push(index);
			prioritize(index);
		};

		const app = await renderApp(library, {language: 'ar', bidi: 'terminal', shape: false});
		await app.press(keys.enter, ']');
		expect(prioritized).toContain(1);
		expect(app.frame()).toContain('جارٍ التحميل…');
	});
});
