/**
 * config.json (the person's settings, validated) and preferences.json (what
 * qari remembers between runs): pure core, no UI.
 */
export {configurableCommands, type ConfigurableCommand} from './commands.js';
export {isCtrlC, keyNames, type KeyNameResult, type SpecialKey, parseKeyName, type ParsedKey, sameKey} from './key-names.js';
export {loadConfig, type LoadConfigOptions, type LoadedConfig, MAX_CONFIG_BYTES, parseConfig} from './load.js';
export {CONFIG_FILE, type ConfigPath, type ConfigPathSource, resolveConfigPath} from './paths.js';
export {
	PREFERENCES_FILE,
	PREFERENCES_VERSION,
	type Preferences,
	preferencesPath,
	readPreferences,
	type ReadPreferences,
	type RememberedWidth,
	rememberTextWidth,
	resolveTextWidth,
	type TextWidthSources,
	writePreferences,
} from './preferences.js';
export {
	type BidiSetting,
	type Config,
	configKeys,
	DEFAULT_TEXT_WIDTH,
	defaultConfig,
	type KeyRemaps,
	type LangSetting,
	TEXT_WIDTH_MAX,
	TEXT_WIDTH_MIN,
	type ThemeSetting,
} from './schema.js';
