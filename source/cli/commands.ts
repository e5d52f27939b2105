/**
 * The non-interactive commands, written against plain streams so tests can
 * drive them: `qari list` and `qari read FILE`.
 */
import type {Article} from '../core/articles/index.js';
import {resolveBidiMode, type BidiPreference} from '../terminal/bidi-mode.js';
import {terminalSequences} from '../terminal/session.js';
import {listAsJson, listForPipe, listForTerminal} from './article-list.js';
import {articleLines} from './article-text.js';
import {maximumWidth} from './parse-args.js';
import {UsageError} from './usage-error.js';

export type OutputStream = {
	write(data: string): unknown;
	readonly isTTY?: boolean;
	readonly columns?: number;
};

export type CommandContext = {
	readonly stdout: OutputStream;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly cwd: string;
};

const pipeWidth = 80;

export function runList(
	articles: readonly Article[],
	options: {readonly json: boolean; readonly bidi: BidiPreference; readonly shape: boolean},
	{stdout, env, cwd}: CommandContext,
): void {
	if (options.json) {
		stdout.write(`${listAsJson(articles)}\n`);
		return;
	}

	const lines = stdout.isTTY
		? listForTerminal(articles, {
			columns: terminalColumns(stdout),
			bidi: resolveBidiMode(options.bidi, env),
			shape: options.shape,
			cwd,
		})
		: listForPipe(articles, cwd);
	writeLines(stdout, lines);
}

export function runRead(
	articles: readonly Article[],
	options: {readonly file: string; readonly width: number | undefined; readonly bidi: BidiPreference; readonly shape: boolean},
	{stdout, env}: CommandContext,
): void {
	const [article, ...others] = articles;
	if (article === undefined) {
		throw new UsageError(`no article in ${options.file}`);
	}

	if (others.length > 0) {
		throw new UsageError(`read takes one article file, but ${options.file} holds ${articles.length} articles`);
	}

	const tty = stdout.isTTY === true;
	// A pipe gets visual order unless asked otherwise: there is no terminal to reorder it.
	const bidi = tty ? resolveBidiMode(options.bidi, env) : (options.bidi === 'terminal' ? 'terminal' : 'app');
	const lines = articleLines(article, {
		width: options.width ?? (tty ? terminalColumns(stdout) : pipeWidth),
		bidi,
		shape: options.shape,
		bold: tty && colorEnabled(env),
	});
	// VTE keeps a paragraph's bidi mode from when it was written, so explicit mode
	// around the text stops it reordering qari's visual order a second time.
	const explicit = tty && bidi === 'app';
	if (explicit) {
		stdout.write(terminalSequences.explicitBidi);
	}

	writeLines(stdout, lines);
	if (explicit) {
		stdout.write(terminalSequences.implicitBidi);
	}
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
	const noColor = env['NO_COLOR'];
	return noColor === undefined || noColor === '';
}

function terminalColumns(stdout: OutputStream): number {
	const columns = stdout.columns ?? 0;
	return columns >= 1 ? Math.min(columns, maximumWidth) : pipeWidth;
}

function writeLines(stdout: OutputStream, lines: readonly string[]): void {
	if (lines.length > 0) {
		stdout.write(`${lines.join('\n')}\n`);
	}
}
