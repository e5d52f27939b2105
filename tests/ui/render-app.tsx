import {fileURLToPath} from 'node:url';
import {render} from 'ink-testing-library';
import type {Article} from '../../source/core/articles/index.js';
import {loadLibrary} from '../../source/core/articles/index.js';
import App, {type AppProps} from '../../source/app.js';
import {libraryFromArticles, type Library} from '../../source/core/library/index.js';
import {createTranslator, type Language} from '../../source/ui/i18n/index.js';
import {keyBindings} from '../../source/ui/keys.js';
import type {Binding} from '../../source/ui/keys.js';
import {createTheme} from '../../source/ui/theme.js';
import {UiProvider, type UiSettings} from '../../source/ui/ui-context.js';

export const seedsDir = fileURLToPath(new URL('../../seeds', import.meta.url));

export const delay = async (ms = 50) =>
	new Promise<void>(resolve => {
		setTimeout(resolve, ms);
	});

export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	ctrlC: '\u0003',
} as const;

export async function loadSeeds(): Promise<readonly Article[]> {
	const {articles} = await loadLibrary([seedsDir]);
	return articles;
}

type Options = Partial<Omit<AppProps, 'library'>> & {
	/** Load warnings of a library made from `articles`. */
	readonly warnings?: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	/** Colour on (dark theme) or off (NO_COLOR: attributes only, the default here). */
	readonly color?: boolean;
	readonly language?: Language;
	/** The active key table (after remaps); the built-in one by default. */
	readonly bindings?: readonly Binding[];
};

/** What interactive.tsx hands the UiProvider, for tests. */
export function uiSettings({color = false, language = 'en', bindings = keyBindings}: Pick<Options, 'color' | 'language' | 'bindings'> = {}): UiSettings {
	return {translator: createTranslator(language), theme: createTheme({preference: 'dark', color, env: {}}), bindings};
}

/**
 * Renders the app with ink-testing-library. Its stdout reports 100 columns and no
 * rows (so the app assumes 24); other sizes are set on the stream and announced
 * with a `resize` event, as a real terminal does.
 */
export async function renderApp(articles: readonly Article[] | Library, options: Options = {}) {
	const {columns, rows, warnings = [], color, language, bindings, ...props} = options;
	const library = 'getSnapshot' in articles ? articles : libraryFromArticles(articles, warnings);
	const instance = render(
		<UiProvider settings={uiSettings({color, language, bindings})}>
			{/* The full terminal width (400 is the most + allows) unless a test sets one: layouts compare with it. */}
			<App library={library} bidi="app" shape textWidth={400} {...props} />
		</UiProvider>,
	);
	if (columns !== undefined || rows !== undefined) {
		resize(instance.stdout, columns ?? 100, rows);
	}

	await delay();
	const press = async (...inputs: string[]) => {
		for (const input of inputs) {
			instance.stdin.write(input);
			await delay();
		}
	};

	const frame = () => instance.lastFrame() ?? '';
	return {...instance, press, frame, resize: async (newColumns: number, newRows?: number) => {
		resize(instance.stdout, newColumns, newRows);
		await delay();
	}};
}

function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number | undefined) {
	Object.defineProperty(stdout, 'columns', {configurable: true, get: () => columns});
	Object.defineProperty(stdout, 'rows', {configurable: true, get: () => rows});
	stdout.emit('resize');
}

export function article(id: string, title: string, paragraphs: string[]): Article {
	return {id, path: `/library/${id}`, title, paragraphs};
}
