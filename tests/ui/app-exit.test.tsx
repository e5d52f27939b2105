import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';
import {describe, expect, it} from 'vitest';
import App from '../../source/app.js';
import type {Article} from '../../source/core/articles/index.js';
import {libraryFromArticles} from '../../source/core/library/index.js';
import {applyKeyRemaps} from '../../source/ui/keymap.js';
import {type Binding, keyBindings} from '../../source/ui/keys.js';
import {UiProvider} from '../../source/ui/ui-context.js';
import {article, delay, keys, uiSettings} from './render-app.js';

/** Just enough of a terminal for Ink, so that `waitUntilExit` can be observed. */
class FakeStdout extends EventEmitter {
	columns = 80;
	rows = 24;
	isTTY = false;
	frames: string[] = [];
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** Renders with fake streams and Ink's own Ctrl+C handling off, so only qari's key handling can quit. */
function renderWithFakes(app: ReactElement) {
	const stdout = new FakeStdout();
	const stdin = new FakeStdin();
	const instance = render(app, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {stdout, stdin, instance};
}

async function exits(articles: readonly Article[], inputs: string[], bindings: readonly Binding[] = keyBindings): Promise<boolean> {
	const {stdin, instance} = renderWithFakes(
		<UiProvider settings={uiSettings({bindings})}>
			<App library={libraryFromArticles(articles, [])} bidi="app" shape />
		</UiProvider>,
	);
	let exited = false;
	void instance.waitUntilExit().then(() => {
		exited = true;
	});
	await delay();
	for (const input of inputs) {
		stdin.write(input);
		await delay();
	}

	// A loaded machine can take more than one delay to exit: wait a while before calling it "stayed".
	for (let waited = 0; !exited && waited < 500; waited += 50) {
		await delay(50); // eslint-disable-line no-await-in-loop
	}

	const result = exited;
	instance.unmount();
	return result;
}

const library = [article('a.txt', 'Title', ['One.', 'Two.'])];

describe('quitting', () => {
	it('quits with q on the list, also when the library is empty', async () => {
		expect(await exits(library, ['q'])).toBe(true);
		expect(await exits([], ['q'])).toBe(true);
	});

	it('does not quit with q in the reader or in the help, only goes back', async () => {
		expect(await exits(library, [keys.enter, 'q'])).toBe(false);
		expect(await exits(library, ['?', 'q'])).toBe(false);
		expect(await exits(library, [keys.enter, 'q', 'q'])).toBe(true);
	});

	it('quits with Ctrl+C from the reader and from the help', async () => {
		expect(await exits(library, [keys.enter, keys.ctrlC])).toBe(true);
		expect(await exits(library, [keys.enter, '?', keys.ctrlC])).toBe(true);
	});

	// Typed fast (or sent by tmux), Ctrl+C shares a chunk with text: Ink's own exitOnCtrlC sees only a lone one.
	it('quits with Ctrl+C in the same chunk as typed text, on every screen', async () => {
		expect(await exits(library, [`/x${keys.ctrlC}`])).toBe(true);
		expect(await exits(library, ['/', `x${keys.ctrlC}`])).toBe(true);
		expect(await exits(library, [keys.enter, `:5${keys.ctrlC}`])).toBe(true);
		expect(await exits(library, [keys.enter, ':', `5${keys.ctrlC}`])).toBe(true);
		expect(await exits(library, ['f', `ab${keys.ctrlC}`])).toBe(true);
		expect(await exits(library, [`j${keys.ctrlC}k`])).toBe(true);
		expect(await exits(library, ['/', 'x'])).toBe(false);
	});

	it('quits with Ctrl+C in a chunk even when the config file moved quit to another key', async () => {
		const {bindings} = applyKeyRemaps(keyBindings, {quit: [{input: 'q', ctrl: true}]});
		expect(await exits(library, ['/', `x${keys.ctrlC}`], bindings)).toBe(true);
	});

	it('keeps Ctrl+U in the same chunk as typed text: it clears the query', async () => {
		const {stdout, stdin, instance} = renderWithFakes(<App library={libraryFromArticles(library, [])} bidi="app" shape />);
		await delay();
		stdin.write('/');
		await delay();
		stdin.write('abc\u0015zq');
		await delay();
		const frame = stdout.frames.at(-1) ?? '';
		instance.unmount();
		expect(frame).toContain('zq');
		expect(frame).not.toContain('abc');
	});
});
