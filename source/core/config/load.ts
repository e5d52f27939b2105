/**
 * Reads config.json. Never throws and never prints: the result is the config
 * to use (the defaults when anything is wrong) and, when something is wrong,
 * one line of plain text saying what, naming the file and the setting.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {displayText, formatPath, quote, suggestion} from './describe.js';
import {type Config, configKeys, configSchema, defaultConfig} from './schema.js';

export type LoadedConfig = {
	readonly config: Config;
	/** One line, safe to print; set when the file was not used. */
	readonly error?: string;
};

export type LoadConfigOptions = {
	/** The file was named with `--config FILE`: then it missing is an error. */
	readonly explicit: boolean;
};

/** A config file is a few hundred bytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

const utf8 = new TextDecoder('utf-8', {fatal: true});

type ReadOutcome = {readonly bytes: Uint8Array} | {readonly code: string | undefined} | {readonly tooLarge: number};

/** Checked with stat first: a FIFO or device (`--config /dev/stdin`) would block or never end. */
async function readConfigBytes(file: string): Promise<ReadOutcome> {
	try {
		const info = await fs.stat(file);
		if (info.isDirectory()) {
			return {code: 'EISDIR'};
		}

		if (!info.isFile()) {
			return {code: 'ENOTFILE'};
		}

		if (info.size > MAX_CONFIG_BYTES) {
			return {tooLarge: info.size};
		}

		return {bytes: await fs.readFile(file)};
	} catch (error) {
		return {code: errorCode(error)};
	}
}

export async function loadConfig(file: string, {explicit}: LoadConfigOptions): Promise<LoadedConfig> {
	const name = displayText(path.basename(file));
	const failed = (problem: string): LoadedConfig => ({config: defaultConfig, error: `${name}: ${problem}`});

	const read = await readConfigBytes(file);
	if ('code' in read) {
		if (read.code === 'ENOENT' && !explicit) {
			return {config: defaultConfig};
		}

		return {config: defaultConfig, error: `cannot read config file ${displayText(file, 300)}: ${describeReadError(read.code)}`};
	}

	const tooLarge = (size: number): string => `too large for a config file (${size} bytes, at most ${MAX_CONFIG_BYTES})`;
	if ('tooLarge' in read) {
		return failed(tooLarge(read.tooLarge));
	}

	// Checked again: the file may have grown between stat and read.
	const {bytes} = read;
	if (bytes.byteLength > MAX_CONFIG_BYTES) {
		return failed(tooLarge(bytes.byteLength));
	}

	let text: string;
	try {
		text = utf8.decode(bytes).replace(/^\uFEFF/u, '');
	} catch {
		return failed('not valid UTF-8 text');
	}

	let raw: unknown;
	try {
		raw = JSON.parse(text) as unknown;
	} catch (error) {
		return failed(describeJsonError(error, text));
	}

	return checkConfig(raw, failed);
}

/** Validates parsed JSON; exported for tests and for callers that hold the text already. */
export function parseConfig(raw: unknown, fileName = 'config.json'): LoadedConfig {
	return checkConfig(raw, problem => ({config: defaultConfig, error: `${displayText(fileName)}: ${problem}`}));
}

function checkConfig(raw: unknown, failed: (problem: string) => LoadedConfig): LoadedConfig {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return failed('expected a JSON object such as {"theme": "dark"}');
	}

	// Checked before the schema, which would name only the first: every typo is worth seeing at once.
	const unknown = Object.keys(raw).filter(key => !(configKeys as readonly string[]).includes(key));
	if (unknown.length > 0) {
		const list = unknown.slice(0, 5).map(key => quote(key)).join(', ') + (unknown.length > 5 ? ', …' : '');
		const hint = unknown.length === 1 ? suggestion(unknown[0] ?? '', configKeys) : '';
		return failed(`unknown setting${unknown.length === 1 ? '' : 's'} ${list}${hint}; known: ${configKeys.join(', ')}`);
	}

	const result = v.safeParse(configSchema, raw);
	if (!result.success) {
		const [issue] = result.issues;
		return failed(describeIssue(issue));
	}

	const parsed = result.output;
	return {
		config: {
			bidi: parsed.bidi,
			shape: parsed.shape,
			lang: parsed.lang,
			theme: parsed.theme ?? defaultConfig.theme,
			textWidth: parsed.textWidth ?? defaultConfig.textWidth,
			keys: parsed.keys ?? defaultConfig.keys,
		},
	};
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	// A record key that failed is named in the message itself (`unknown command "nxt"`).
	const items = (issue.path ?? []).filter(item => !('origin' in item && item.origin === 'key'));
	const keys = items.map(item => item.key).filter((key): key is string | number => typeof key === 'string' || typeof key === 'number');
	const where = formatPath(keys);
	const message = issue.message.replace(/\s+/gu, ' ');
	return where === '' ? message : `${where}: ${message}`;
}

/**
 * V8's messages quote the text around the error, which came from the file; only
 * the position is kept, as a line and column.
 */
function describeJsonError(error: unknown, text: string): string {
	if (text.trim() === '') {
		return 'empty file; expected a JSON object such as {"theme": "dark"}';
	}

	const message = error instanceof Error ? error.message : '';
	const position = /at position (\d+)/u.exec(message);
	if (position?.[1] !== undefined) {
		const offset = Number(position[1]);
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		const column = offset - before.lastIndexOf('\n');
		return `not valid JSON (line ${line}, column ${column})`;
	}

	return message.includes('end of JSON') ? 'not valid JSON (it ends too early)' : 'not valid JSON';
}

function describeReadError(code: string | undefined): string {
	switch (code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'EISDIR': {
			return 'it is a directory';
		}

		case 'ENOTFILE': {
			return 'not a regular file';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		default: {
			return code ?? 'read error';
		}
	}
}

function errorCode(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
