/**
 * Settings qari remembers for the person between runs (for now the text width
 * chosen with + and -), in `preferences.json` in the data directory. The
 * config file is theirs and is never rewritten; this file is qari's.
 *
 * Text width precedence (see resolveTextWidth): a `--width`-style flag, else
 * the remembered width, else config.json's textWidth (default 80). A remembered
 * width records the config value it replaced: once the person edits textWidth
 * in config.json, the edit wins over the older remembered choice.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import {writeFileAtomic} from '../store/atomic-write.js';
import {displayText} from './describe.js';
import {TEXT_WIDTH_MAX, TEXT_WIDTH_MIN} from './schema.js';

export const PREFERENCES_FILE = 'preferences.json';
export const PREFERENCES_VERSION = 1;

export type RememberedWidth = {
	/** The width chosen with + and -. */
	readonly value: number;
	/** config.json's textWidth when it was chosen. */
	readonly configWidth: number;
};

export type Preferences = {
	readonly textWidth?: RememberedWidth;
};

const width = v.pipe(v.number(), v.integer(), v.minValue(TEXT_WIDTH_MIN), v.maxValue(TEXT_WIDTH_MAX));

const fileSchema = v.object({
	version: v.literal(PREFERENCES_VERSION),
	textWidth: v.optional(v.object({value: width, configWidth: width})),
});

const versionOnly = v.object({version: v.pipe(v.number(), v.integer())});

export type ReadPreferences = {
	readonly preferences: Preferences;
	/** One line, safe to print: the file was damaged or unreadable and is ignored. */
	readonly warning?: string;
	/** A newer qari wrote the file: it is left alone (writePreferences refuses). */
	readonly newer?: boolean;
};

export function preferencesPath(dataDir: string): string {
	return path.join(dataDir, PREFERENCES_FILE);
}

/** Never throws: a missing file is no preferences; a damaged one is ignored with a warning and replaced on the next write. */
export async function readPreferences(dataDir: string): Promise<ReadPreferences> {
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(await fs.readFile(preferencesPath(dataDir)));
	} catch (error) {
		const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
		if (code === 'ENOENT') {
			return {preferences: {}};
		}

		return {preferences: {}, warning: `${PREFERENCES_FILE} cannot be read (${code ?? 'not UTF-8'}); remembered settings ignored`};
	}

	let raw: unknown;
	try {
		raw = JSON.parse(text) as unknown;
	} catch {
		return {preferences: {}, warning: `${PREFERENCES_FILE} is not valid JSON; remembered settings ignored`};
	}

	const parsed = v.safeParse(fileSchema, raw);
	if (parsed.success) {
		return {preferences: parsed.output.textWidth ? {textWidth: parsed.output.textWidth} : {}};
	}

	const version = v.safeParse(versionOnly, raw);
	if (version.success && version.output.version > PREFERENCES_VERSION) {
		return {preferences: {}, newer: true};
	}

	const where = parsed.issues[0].path?.map(item => String(item.key)).join('.') ?? 'file';
	return {preferences: {}, warning: `${PREFERENCES_FILE} is damaged (${displayText(where)}); remembered settings ignored`};
}

/**
 * Saves the preferences atomically (mode 0600, creating the data directory).
 * Returns undefined when saved, else one line saying why not; never throws.
 * A file from a newer qari is not overwritten.
 */
export async function writePreferences(dataDir: string, preferences: Preferences): Promise<string | undefined> {
	const current = await readPreferences(dataDir);
	if (current.newer === true) {
		return `${PREFERENCES_FILE} was written by a newer qari; not changed`;
	}

	const data = {version: PREFERENCES_VERSION, ...preferences};
	if (!v.is(fileSchema, data)) {
		return `not saved: text width must be an integer from ${TEXT_WIDTH_MIN} to ${TEXT_WIDTH_MAX}`;
	}

	try {
		await fs.mkdir(dataDir, {recursive: true});
		await writeFileAtomic(preferencesPath(dataDir), `${JSON.stringify(data, undefined, '\t')}\n`);
		return undefined;
	} catch (error) {
		const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
		return `${PREFERENCES_FILE} not saved (${displayText(code)})`;
	}
}

export type TextWidthSources = {
	/** A command-line width, if one was given: it wins. */
	readonly flag?: number | undefined;
	readonly remembered?: RememberedWidth | undefined;
	/** config.json's textWidth (80 when the file does not set it). */
	readonly configWidth: number;
};

export function resolveTextWidth({flag, remembered, configWidth}: TextWidthSources): number {
	if (flag !== undefined) {
		return flag;
	}

	return remembered !== undefined && remembered.configWidth === configWidth ? remembered.value : configWidth;
}

/** The preferences after + or - chose `value` while config.json says `configWidth`. */
export function rememberTextWidth(preferences: Preferences, value: number, configWidth: number): Preferences {
	return {...preferences, textWidth: {value, configWidth}};
}
