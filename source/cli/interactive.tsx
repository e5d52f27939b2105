/**
 * The interactive reader: the Ink app inside a terminal session that is
 * always restored (see terminal/session.ts and terminal/restore-guard.ts).
 */
import process from 'node:process';
import {render, type Instance} from 'ink';
import App, {type AppProps} from '../app.js';
import {openStore, resolveDataDir} from '../core/store/index.js';
import {oneLineMessage} from '../terminal/one-line-message.js';
import {guardSession} from '../terminal/restore-guard.js';
import {openTerminalSession} from '../terminal/session.js';
import {reportWarnings} from './library.js';
import {requireTerminal} from './require-terminal.js';

/** What the app is drawn with, less the store, which is opened here. */
export type InteractiveOptions = Omit<AppProps, 'store'> & {
	/** `--data-dir DIR`, if given; otherwise the environment decides (see resolveDataDir). */
	readonly dataDirFlag?: string | undefined;
	readonly env?: NodeJS.ProcessEnv;
};

export async function runInteractive(options: InteractiveOptions): Promise<void> {
	requireTerminal(process.stdin, process.stdout);
	// Bookmarks and positions: a store that cannot be read still opens (empty, with warnings).
	const store = await openStore(resolveDataDir({flag: options.dataDirFlag, env: options.env ?? process.env}));
	reportWarnings(store.warnings, process.stderr);

	// Raw mode from the start, not only once Ink's input hook is mounted after the
	// first frame: a key typed in between would be cooked by the tty (Enter arrives
	// as \n, which Ink does not take for Return) and echoed over the screen.
	process.stdin.setRawMode(true);
	const session = openTerminalSession(process.stdout, options.bidi);
	let instance: Instance | undefined;
	const stopApp = () => {
		try {
			instance?.unmount();
		} finally {
			process.stdin.setRawMode(false);
		}
	};

	const guard = guardSession(session, {process, stderr: process.stderr, beforeLeave: stopApp});
	try {
		instance = render(
			<App
				library={options.library}
				bidi={options.bidi}
				shape={options.shape}
				color={options.color}
				store={store}
			/>,
			{exitOnCtrlC: true, patchConsole: false, incrementalRendering: true},
		);
		await instance.waitUntilExit();
	} finally {
		guard.dispose();
		stopApp();
		session.leave();
		// Stops background loading; what is loaded goes to the cache for the next start.
		await options.library.close().catch(() => undefined);
		const problem = await store.flush();
		if (problem) {
			process.stderr.write(`qari: ${oneLineMessage(problem)}\n`);
		}
	}
}
