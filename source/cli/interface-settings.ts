/**
 * Everything the interactive reader takes from the command line, the
 * environment, config.json and preferences.json, resolved once before the
 * first frame. Precedence: flag > environment > config file > default (the
 * language: flag > config > locale). Problems come back as lines for stderr;
 * none of them stops qari.
 */
import {type Config, loadConfig, readPreferences, type ReadPreferences, resolveConfigPath, resolveTextWidth} from '../core/config/index.js';
import {resolveBidiMode, type BidiPreference} from '../terminal/bidi-mode.js';
import type {BidiMode} from '../core/layout/index.js';
import type {StartupNotice} from '../ui/hooks/startup-notices.js';
import {createTranslator, resolveLanguage} from '../ui/i18n/index.js';
import {keyBindings} from '../ui/keys.js';
import {applyKeyRemaps, type KeyRemapTable} from '../ui/keymap.js';
import {createTheme, resolveColor} from '../ui/theme.js';
import type {UiSettings} from '../ui/ui-context.js';

type Env = Readonly<Record<string, string | undefined>>;

export type InterfaceFlags = {
	/** `--bidi`, else QARI_BIDI (parse-args checked both). */
	readonly bidi?: BidiPreference | undefined;
	readonly shape?: boolean | undefined;
	readonly lang?: string | undefined;
	readonly configFlag?: string | undefined;
	readonly color?: boolean | undefined;
};

export type InterfaceSettings = {
	readonly ui: UiSettings;
	readonly bidi: BidiMode;
	readonly shape: boolean;
	readonly config: Config;
	/** The text width to start with (remembered, else config.json's). */
	readonly textWidth: number;
	readonly preferences: ReadPreferences['preferences'];
	/** One line each, for stderr before the screen opens. */
	readonly messages: readonly string[];
	/** The config file's problems among them, also shown in the app (the list's status line) from the first frame. */
	readonly notices: readonly StartupNotice[];
};

export async function resolveInterfaceSettings(flags: InterfaceFlags, env: Env, dataDir: string): Promise<InterfaceSettings> {
	const where = resolveConfigPath({flag: flags.configFlag, env});
	const [loaded, remembered] = await Promise.all([loadConfig(where.path, {explicit: where.explicit}), readPreferences(dataDir)]);
	const {config} = loaded;
	const messages: string[] = [];
	const notices: StartupNotice[] = [];
	if (loaded.error !== undefined) {
		messages.push(`${loaded.error} (starting with the defaults)`);
		notices.push({kind: 'config', detail: loaded.error});
	}

	if (remembered.warning !== undefined) {
		messages.push(remembered.warning);
	}

	const remaps = applyKeyRemaps(keyBindings, config.keys as KeyRemapTable);
	messages.push(...remaps.warnings);
	notices.push(...remaps.warnings.map((detail): StartupNotice => ({kind: 'keys', detail})));
	const color = resolveColor({flag: flags.color, env});
	return {
		ui: {
			translator: createTranslator(resolveLanguage({flag: flags.lang, config: config.lang, env})),
			theme: createTheme({preference: config.theme, color, env}),
			bindings: remaps.bindings,
		},
		bidi: resolveBidiMode(flags.bidi ?? config.bidi ?? 'auto', env),
		shape: flags.shape ?? config.shape ?? true,
		config,
		textWidth: resolveTextWidth({remembered: remembered.preferences.textWidth, configWidth: config.textWidth}),
		preferences: remembered.preferences,
		messages,
		notices,
	};
}
