/**
 * Turns argv (+ environment) into one request for the CLI to carry out, or a
 * UsageError. meow does the tokenising; the checks that give one-line errors
 * (unknown flags, bad values, flags on the wrong command) live here because
 * meow's own reports span several lines.
 */
import meow from 'meow';
import {isBidiPreference, type BidiPreference} from '../terminal/bidi-mode.js';
import {type Language, LanguageFlagError, parseLanguage} from '../ui/i18n/index.js';
import {bookmarkCommandNames, isBookmarkCommand, parseBookmarkRequest, rejectBookmarkOnlyFlags, type BookmarkRequest} from './bookmark-args.js';
import {parseSearchRequest, rejectSearchOnlyFlags, type SearchCommandRequest} from './search-args.js';
import {UsageError} from './usage-error.js';

export type CliRequest =
	| BookmarkRequest
	| SearchCommandRequest
	| {readonly kind: 'help'; readonly text: string}
	| {readonly kind: 'version'; readonly text: string}
	| {
		readonly kind: 'interactive';
		readonly paths: readonly string[];
		/** `--bidi`, else QARI_BIDI; undefined when neither is given, so the config file can decide. */
		readonly bidi: BidiPreference | undefined;
		/** `--shape`/`--no-shape`; undefined when not given (the config file, then true). */
		readonly shape: boolean | undefined;
		/** `--data-dir DIR`: where bookmarks and reading positions live. */
		readonly dataDirFlag: string | undefined;
		/** `--lang ar|en`: the interface language (else the config file, then the locale). */
		readonly lang: Language | undefined;
		/** `--config FILE`: read instead of $XDG_CONFIG_HOME/qari/config.json. */
		readonly configFlag: string | undefined;
		/** `--color` / `--no-color`; undefined: NO_COLOR decides. */
		readonly color: boolean | undefined;
	}
	| {
		readonly kind: 'list';
		readonly paths: readonly string[];
		readonly json: boolean;
		readonly bidi: BidiPreference;
		readonly shape: boolean;
	}
	| {
		readonly kind: 'read';
		readonly file: string;
		/** Undefined: the terminal's width, or 80 when not a terminal. */
		readonly width: number | undefined;
		readonly bidi: BidiPreference;
		readonly shape: boolean;
	};

export const commandNames = ['list', 'read', 'search', ...bookmarkCommandNames] as const;

export const maximumWidth = 1000;

const flagDefinitions = {
	bidi: {type: 'string'},
	// No default: `--no-shape` and `--shape` must be told apart from "not given" (the config file decides then).
	shape: {type: 'boolean'},
	lang: {type: 'string'},
	config: {type: 'string'},
	color: {type: 'boolean'},
	width: {type: 'string'},
	json: {type: 'boolean', default: false},
	limit: {type: 'string'},
	dataDir: {type: 'string'},
	note: {type: 'string'},
	format: {type: 'string'},
	help: {type: 'boolean', shortFlag: 'h', default: false},
	version: {type: 'boolean', shortFlag: 'v', default: false},
} as const;

const knownFlagKeys = new Set<string>([...Object.keys(flagDefinitions), 'h', 'v']);

type ParseContext = {
	readonly argv: readonly string[];
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly helpText: string;
	readonly importMeta: ImportMeta;
};

export function parseArgs({argv, env, helpText, importMeta}: ParseContext): CliRequest {
	const cli = runMeow(argv, helpText, importMeta);
	const {flags} = cli;

	rejectUnknownFlags(flags, argv);

	if (flags.help) {
		return {kind: 'help', text: cli.help};
	}

	if (flags.version) {
		return {kind: 'version', text: cli.pkg.version ?? 'unknown'};
	}

	const lang = parseLangFlag(flags.lang);
	const [first, ...rest] = cli.input;
	if (first !== undefined && (commandNames as readonly string[]).includes(first)) {
		rejectInteractiveOnlyFlags(flags);
	}

	const withShape = {...flags, shape: flags.shape ?? true};
	if (isBookmarkCommand(first)) {
		rejectSearchOnlyFlags(flags);
		return parseBookmarkRequest(first, rest, {...withShape, bidi: bidiPreference(flags.bidi, env, 'auto')});
	}

	rejectBookmarkOnlyFlags(flags);
	if (first === 'search') {
		return parseSearchRequest(rest, withShape, bidiPreference(flags.bidi, env, 'auto'));
	}

	rejectSearchOnlyFlags(flags);
	const command = first === 'list' || first === 'read' ? first : 'interactive';
	const paths = command === 'interactive' ? cli.input : rest;

	if (flags.json && command !== 'list') {
		throw new UsageError('--json only applies to `qari list`');
	}

	if (flags.width !== undefined && command !== 'read') {
		throw new UsageError('--width only applies to `qari read FILE`');
	}

	if (command === 'interactive') {
		return {
			kind: 'interactive',
			paths,
			bidi: bidiPreference(flags.bidi, env, undefined),
			shape: flags.shape,
			dataDirFlag: flags.dataDir,
			lang,
			configFlag: flags.config,
			color: flags.color,
		};
	}

	const bidi = bidiPreference(flags.bidi, env, command === 'read' ? 'app' : 'auto');
	const shape = flags.shape ?? true;

	if (command === 'list') {
		return {kind: 'list', paths, json: flags.json, bidi, shape};
	}

	const [file, ...extra] = paths;
	if (file === undefined) {
		throw new UsageError('read needs one FILE: qari read FILE [--width N]');
	}

	if (extra.length > 0) {
		throw new UsageError(`read takes one FILE, got ${paths.length}`);
	}

	return {kind: 'read', file, width: parseWidth(flags.width), bidi, shape};
}

/** `--lang` is checked wherever it appears, so a typo is reported even before a command is chosen. */
function parseLangFlag(value: string | undefined): Language | undefined {
	if (value === undefined) {
		return undefined;
	}

	try {
		return parseLanguage(value);
	} catch (error: unknown) {
		throw error instanceof LanguageFlagError ? new UsageError(error.message) : error;
	}
}

/** The interface settings mean nothing to the printing commands; saying so beats ignoring them. */
function rejectInteractiveOnlyFlags(flags: {readonly lang?: string | undefined; readonly config?: string | undefined; readonly color?: boolean | undefined}): void {
	const given = [flags.lang === undefined ? '' : '--lang', flags.config === undefined ? '' : '--config', flags.color === undefined ? '' : (flags.color ? '--color' : '--no-color')];
	const [flag] = given.filter(Boolean);
	if (flag !== undefined) {
		throw new UsageError(`${flag} only applies to the interactive reader (qari [PATH…])`);
	}
}

function runMeow(argv: readonly string[], helpText: string, importMeta: ImportMeta) {
	try {
		return meow(helpText, {
			importMeta,
			argv: [...argv],
			flags: flagDefinitions,
			allowUnknownFlags: true,
			// Booleans without a default stay undefined when not given (see --shape, --color).
			booleanDefault: undefined,
			autoHelp: false,
			autoVersion: false,
		});
	} catch (error: unknown) {
		// E.g. "The flag --width can only be set once."
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(message.replace(/^The flag/u, 'the flag').replace(/\.$/u, ''));
	}
}

function rejectUnknownFlags(flags: Readonly<Record<string, unknown>>, argv: readonly string[]): void {
	const unknownKeys = Object.keys(flags).filter(key => !knownFlagKeys.has(key));
	const [firstUnknown] = unknownKeys;
	if (firstUnknown === undefined) {
		return;
	}

	const typed = argv.find(token => token.startsWith('-') && flagKey(token) === firstUnknown);
	const shown = typed?.split('=')[0] ?? `--${firstUnknown}`;
	throw new UsageError(`unknown flag ${shown} (see qari --help)`);
}

/** `--foo-bar=1` → `fooBar`, `--no-foo` → `foo`, `-x` → `x` (as meow keys them). */
function flagKey(token: string): string {
	const name = token.replace(/^-+/u, '').split('=')[0] ?? '';
	const positive = name.startsWith('no-') ? name.slice(3) : name;
	return positive.replaceAll(/-([a-z])/gu, (_match, letter: string) => letter.toUpperCase());
}

function bidiPreference<Fallback extends BidiPreference | undefined>(
	flag: string | undefined,
	env: Readonly<Record<string, string | undefined>>,
	fallback: Fallback,
): BidiPreference | Fallback {
	if (flag !== undefined) {
		if (!isBidiPreference(flag)) {
			throw new UsageError(`--bidi must be auto, app or terminal, not ${JSON.stringify(flag)}`);
		}

		return flag;
	}

	const fromEnv = env['QARI_BIDI'];
	if (fromEnv === undefined || fromEnv === '') {
		return fallback;
	}

	if (!isBidiPreference(fromEnv)) {
		throw new UsageError(`QARI_BIDI must be auto, app or terminal, not ${JSON.stringify(fromEnv)}`);
	}

	return fromEnv;
}

function parseWidth(value: string | undefined): number | undefined {
	if (value === undefined) {
		return undefined;
	}

	const width = /^\d{1,4}$/u.test(value) ? Number(value) : Number.NaN;
	if (!(width >= 1 && width <= maximumWidth)) {
		throw new UsageError(`--width must be a whole number of columns from 1 to ${maximumWidth}`);
	}

	return width;
}
