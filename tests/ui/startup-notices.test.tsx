import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import App from '../../source/app.js';
import {libraryFromArticles} from '../../source/core/library/index.js';
import {layoutParagraph, lineToString} from '../../source/core/layout/index.js';
import {type StartupNotice, StartupNotices} from '../../source/ui/hooks/startup-notices.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {noticePieces, pieceWidths} from '../../source/ui/list/list-status.js';
import {UiProvider} from '../../source/ui/ui-context.js';
import {article, delay, uiSettings} from './render-app.js';

const badTheme: StartupNotice = {kind: 'config', detail: 'config.json: theme: expected "dark", "light" or "auto", got "purple"'};
const articles = [article('a.txt', 'Title', ['One.'])];

async function statusLine(notices: readonly StartupNotice[], language: 'en' | 'ar', warnings: readonly string[] = []): Promise<string> {
	const app = render(
		<UiProvider settings={uiSettings({language})}>
			<StartupNotices notices={notices}>
				<App library={libraryFromArticles(articles, warnings)} bidi="app" shape textWidth={400} />
			</StartupNotices>
		</UiProvider>,
	);
	await delay();
	const line = (app.lastFrame() ?? '').split('\n').at(-1) ?? '';
	app.unmount();
	return line;
}

/** Arabic text as the app draws it: visual order, shaped. */
function drawn(text: string): string {
	return lineToString(layoutParagraph(text, {width: 1000, bidi: 'app', shape: true, direction: 'rtl'}).lines[0]!).trim();
}

describe('problems from before the first frame, in the list status line', () => {
	it('shows an invalid config file first, in the English frame, instead of the key hints', async () => {
		const line = await statusLine([badTheme], 'en');
		expect(line).toContain('⚠ config.json: theme: expected "dark", "light" or "auto", got "purple"; using the defaults');
		expect(line).not.toContain('? help');
	});

	it('puts the Arabic frame around the English detail in the Arabic interface', async () => {
		const ar = createTranslator('ar');
		const line = await statusLine([badTheme], 'ar');
		// The frame before the detail, read right to left: it ends the line.
		expect(line.trimEnd().endsWith(drawn('⚠ خطأ في ملف الإعدادات:'))).toBe(true);
		expect(line).toContain('config.json: theme: expected');
		expect(ar.t('config.keyWarning', {warning: 'keys: x'})).toContain('keys: x');
	});

	it('shows key remap warnings the same way', async () => {
		const line = await statusLine([{kind: 'keys', detail: 'keys: close has no key left (q is help now)'}], 'en');
		expect(line).toContain('⚠ config file: keys: close has no key left (q is help now)');
	});

	it('keeps the file count whole after a long config problem, each notice laid out on its own', async () => {
		const warnings = Array.from({length: 7}, (_, index) => `warning: skipped binary file bad${index}.txt`);
		const line = await statusLine([badTheme], 'en', warnings);
		expect(line).toMatch(/^⚠ config\.json: theme: expected .*…  ⚠ 7 file warnings \(listed on exit\)\s*$/u);
		const arabic = await statusLine([badTheme], 'ar', warnings);
		// Mirrored: the config problem at the right, the count at the left, never mixed into one bidi run.
		expect(arabic.trimStart().startsWith(drawn(createTranslator('ar').t('warning.fileCount', {count: 7})))).toBe(true);
	});

	it('splits the width: the last piece whole, the earlier ones from what is left', () => {
		expect(pieceWidths([80, 35], 100)).toEqual([63, 35]);
		expect(pieceWidths([10, 35], 100)).toEqual([10, 35]);
		expect(pieceWidths([35], 20)).toEqual([20]);
		expect(noticePieces([], createTranslator('en'), [])).toEqual([]);
	});
});
