/**
 * The interactive reader: the Ink app inside a terminal session that is
 * always restored (see terminal/session.ts and terminal/restore-guard.ts),
 * drawn in the language, theme and key table the settings resolve to.
 */
import process from 'node:process';
import chalk from 'chalk';
import {render, type Instance} from 'ink';
import App from '../app.js';
import type {Library} from '../core/library/index.js';
import {openStore, resolveDataDir} from '../core/store/index.js';
import {oneLineMessage} from '../terminal/one-line-message.js';
import {guardSession} from '../terminal/restore-guard.js';
import {openTerminalSession} from '../terminal/session.js';
import {StartupNotices} from '../ui/hooks/startup-notices.js';
import {UiProvider} from '../ui/ui-context.js';
import {attributeLevel} from './attribute-level.js';
import {type InterfaceFlags, resolveInterfaceSettings} from './interface-settings.js';
import {reportWarnings} from './library.js';
import {requireTerminal} from './require-terminal.js';
import {createWidthMemory} from './width-memory.js';

export type InteractiveOptions = InterfaceFlags & {
	readonly library: Library;
	/** `--data-dir DIR`, if given; otherwise the environment decides (see resolveDataDir). */
	readonly dataDirFlag?: string | undefined;
	readonly env?: NodeJS.ProcessEnv;
};

export async function runInteractive(options: InteractiveOptions): Promise<void> {
	requireTerminal(process.stdin, process.stdout);
	const env = options.env ?? process.env;
	const dataDir = resolveDataDir({flag: options.dataDirFlag, env});
	// Bookmarks and positions: a store that cannot be read still opens (empty, with warnings).
	const [store, settings] = await Promise.all([openStore(dataDir), resolveInterfaceSettings(options, env, dataDir)]);
	reportWarnings(store.warnings, process.stderr);
	reportWarnings(settings.messages, process.stderr);
	const widthMemory = createWidthMemory({dataDir, preferences: settings.preferences, configWidth: settings.config.textWidth});

	// Raw mode from the start, not only once Ink's input hook is mounted after the
	// first frame: a key typed in between would be cooked by the tty (Enter arrives
	// as \n, which Ink does not take for Return) and echoed over the screen.
	process.stdin.setRawMode(true);
	// chalk took `--no-color` from argv as "no escape sequences at all"; qari keeps bold, underline and inverse.
	chalk.level = attributeLevel(chalk.level, options.color, env, {isTTY: process.stdout.isTTY, platform: process.platform});
	const session = openTerminalSession(process.stdout, settings.bidi);
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
			<UiProvider settings={settings.ui}>
				<StartupNotices notices={settings.notices}>
					<App
						library={options.library}
						bidi={settings.bidi}
						shape={settings.shape}
						store={store}
						textWidth={settings.textWidth}
						rememberTextWidth={widthMemory.remember}
					/>
				</StartupNotices>
			</UiProvider>,
			{exitOnCtrlC: true, patchConsole: false, incrementalRendering: true},
		);
		await instance.waitUntilExit();
	} finally {
		guard.dispose();
		stopApp();
		session.leave();
		// Stops background loading; what is loaded goes to the cache for the next start.
		await options.library.close().catch(() => undefined);
		// The list's status line only counts them ("listed on exit"): here they are, on the normal screen.
		reportWarnings(options.library.getSnapshot().warnings, process.stderr);
		const problems = await Promise.all([store.flush(), widthMemory.flush()]);
		for (const problem of problems) {
			if (problem) {
				process.stderr.write(`qari: ${oneLineMessage(problem)}\n`);
			}
		}
	}
}
