/**
 * qari's command line: parse, pick the subcommand, report errors in one line.
 * The work itself lives in small modules under ./cli/.
 */
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {runBookmarkCommand} from './cli/bookmark-commands.js';
import {runList, runRead, type CommandContext} from './cli/commands.js';
import {helpText} from './cli/help-text.js';
import {loadArticles, rejectUnknownCommand, reportWarnings} from './cli/library.js';
import {openInteractiveLibrary} from './cli/open-library.js';
import {parseArgs} from './cli/parse-args.js';
import {requireTerminal} from './cli/require-terminal.js';
import {runSearch} from './cli/search-command.js';
import {failureExitCode, UsageError, usageExitCode} from './cli/usage-error.js';
import {oneLineMessage} from './terminal/one-line-message.js';

// This file and the bundle (dist/cli.js) both sit one level below the repository root.
const seedsDirectory = fileURLToPath(new URL('../seeds/', import.meta.url));

async function main(): Promise<void> {
	const {env} = process;
	const request = parseArgs({argv: process.argv.slice(2), env, helpText, importMeta: import.meta});
	const context: CommandContext = {stdout: process.stdout, env, cwd: process.cwd()};

	switch (request.kind) {
		case 'help': {
			process.stdout.write(`${request.text}\n`);
			return;
		}

		case 'version': {
			process.stdout.write(`${request.text}\n`);
			return;
		}

		case 'list': {
			const library = await loadArticles(request.paths, seedsDirectory);
			reportWarnings(library.warnings, process.stderr);
			runList(library.articles, request, context);
			return;
		}

		case 'bookmarks':
		case 'bookmark-add':
		case 'bookmark-remove':
		case 'bookmarks-export':
		case 'bookmarks-import': {
			await runBookmarkCommand(request, {...context, stderr: process.stderr, seedsDirectory});
			return;
		}

		case 'read': {
			const library = await loadArticles([request.file], seedsDirectory);
			reportWarnings(library.warnings, process.stderr);
			runRead(library.articles, request, context);
			return;
		}

		case 'search': {
			const library = await loadArticles(request.paths, seedsDirectory);
			reportWarnings(library.warnings, process.stderr);
			runSearch(library.articles, request, context);
			return;
		}

		case 'interactive': {
			rejectUnknownCommand(request.paths);
			requireTerminal(process.stdin, process.stdout);
			// Loaded on demand (list, read and --help start without React, Ink and
			// yoga), and started now so it overlaps with reading the articles.
			const interactive = import('./cli/interactive.js');
			interactive.catch(() => undefined); // Awaited below; not unhandled if loading fails first.
			// Titles only: paragraphs and the search index load behind the first frame.
			// Its warnings are printed once the screen is closed (runInteractive), where they stay visible.
			const library = await openInteractiveLibrary(request.paths, seedsDirectory, env);
			const {runInteractive} = await interactive;
			await runInteractive({
				library,
				bidi: request.bidi,
				shape: request.shape,
				lang: request.lang,
				configFlag: request.configFlag,
				color: request.color,
				dataDirFlag: request.dataDirFlag,
				env,
			});
		}
	}
}

// `qari list | head -1` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	throw error;
});

// Not a top-level await: the bundle is CommonJS (see scripts/build.js).
main().catch((error: unknown) => {
	process.stderr.write(`qari: ${oneLineMessage(error)}\n`);
	process.exitCode = error instanceof UsageError ? usageExitCode : failureExitCode;
});
