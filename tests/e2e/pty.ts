/**
 * Runs qari in a real pseudo-terminal (node-pty) and feeds everything it
 * writes into a headless xterm.js, so tests can read the screen as a person
 * would see it and check which buffer (normal or alternate) is showing.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import xtermHeadless from '@xterm/headless';
import * as pty from 'node-pty';
import {qariBin, repoRoot} from './build.js';
import {cleanTerminalEnv} from './terminal-env.js';

export {cleanTerminalEnv} from './terminal-env.js';

const {Terminal} = xtermHeadless;

export type ScreenPredicate = string | RegExp | ((rows: readonly string[]) => boolean);

export type QariInPty = {
	/** The visible rows as text, trailing blanks trimmed. */
	screen(): string[];
	/** Resolves once the screen shows `what`; rejects with the screen in the message after `timeoutMs`. */
	waitFor(what: ScreenPredicate, timeoutMs?: number): Promise<void>;
	/** Types into the terminal (e.g. 'j', ' ', '\x1b[5~' for PgUp, '\x03' for Ctrl+C). */
	write(keys: string): void;
	/** Exit code once the process has ended and its last output has been drawn. */
	readonly exit: Promise<number>;
	/** Everything the process wrote, escape sequences included. */
	rawOutput(): string;
	/** Which xterm buffer is showing: `alternate` while a full-screen app runs. */
	bufferType(): 'normal' | 'alternate';
	kill(signal?: string): void;
};

export type StartOptions = {
	readonly cols?: number;
	readonly rows?: number;
	/** Added to (or, with `undefined`, removed from) the base environment. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly cwd?: string;
};

export function startQari(args: readonly string[], options: StartOptions = {}): QariInPty {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const terminal = new Terminal({cols, rows, allowProposedApi: true});
	// Each run gets its own empty data directory, so saved reading positions never
	// leak between tests (or from the person's own) unless a test passes one.
	const dataDir = mkdtempSync(path.join(tmpdir(), 'qari-e2e-data-'));
	// Likewise the library cache: never the person's own (a test that needs one kept passes QARI_CACHE_DIR).
	const cacheDir = mkdtempSync(path.join(tmpdir(), 'qari-e2e-cache-'));
	// And the settings: no config file of the person's, and an English locale, unless a test gives its own.
	const configHome = mkdtempSync(path.join(tmpdir(), 'qari-e2e-config-'));
	const locale = {LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'en_US.UTF-8'};
	const child = pty.spawn(process.execPath, [qariBin, ...args], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? repoRoot,
		env: cleanTerminalEnv({QARI_DATA_DIR: dataDir, QARI_CACHE_DIR: cacheDir, XDG_CONFIG_HOME: configHome, ...locale, ...options.env}),
	});

	let raw = '';
	let drawn = Promise.resolve();
	let lastDataAt = Date.now();
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const listener of listeners) {
			listener();
		}
	};

	child.onData(data => {
		raw += data;
		lastDataAt = Date.now();
		drawn = drawn.then(async () => new Promise<void>(resolve => {
			terminal.write(data, resolve);
		}));
		void drawn.then(notify);
	});

	// The terminal answers the app's queries (cursor position, device attributes) like a real one.
	terminal.onData(reply => {
		child.write(reply);
	});

	const exit = new Promise<number>(resolve => {
		child.onExit(({exitCode}) => {
			rmSync(dataDir, {recursive: true, force: true});
			rmSync(cacheDir, {recursive: true, force: true});
			rmSync(configHome, {recursive: true, force: true});
			void (async () => {
				// node-pty can report the exit before the last output has been read.
				while (Date.now() - lastDataAt < 100) {
					await delay(25); // eslint-disable-line no-await-in-loop
				}

				await drawn;
				notify();
				resolve(exitCode);
			})();
		});
	});

	const screen = (): string[] => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines;
	};

	const matches = (what: ScreenPredicate): boolean => {
		const lines = screen();
		if (typeof what === 'function') {
			return what(lines);
		}

		const text = lines.join('\n');
		return typeof what === 'string' ? text.includes(what) : what.test(text);
	};

	const waitFor = async (what: ScreenPredicate, timeoutMs = 5000): Promise<void> => {
		const deadline = Date.now() + timeoutMs;
		await drawn;
		while (!matches(what)) {
			const left = deadline - Date.now();
			if (left <= 0) {
				throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(what)}; the screen shows:\n${screen().join('\n')}`);
			}

			// Wake on new output, or re-check now and then (output may have been drawn already).
			await new Promise<void>(resolve => { // eslint-disable-line no-await-in-loop
				const done = () => {
					listeners.delete(done);
					clearTimeout(timer);
					resolve();
				};

				const timer = setTimeout(done, Math.min(left, 100));
				listeners.add(done);
			});
			await drawn; // eslint-disable-line no-await-in-loop
		}
	};

	return {
		screen,
		waitFor,
		write(keys) {
			child.write(keys);
		},
		exit,
		rawOutput: () => raw,
		bufferType: () => terminal.buffer.active.type,
		kill(signal) {
			child.kill(signal);
		},
	};
}
