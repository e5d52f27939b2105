/**
 * Where the config file is: `--config FILE`, else `$XDG_CONFIG_HOME/qari/config.json`,
 * else `~/.config/qari/config.json`. Applied by hand, like the data directory
 * (source/core/store/paths.ts), so the environment can be injected in tests.
 */
import {homedir} from 'node:os';
import path from 'node:path';

export const CONFIG_FILE = 'config.json';
const APP_DIR_NAME = 'qari';

export type ConfigPathSource = {
	/** The `--config FILE` option, if given. */
	readonly flag?: string | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
	/** Home directory when `HOME` is unset; defaults to `os.homedir()`. */
	readonly home?: string;
};

export type ConfigPath = {
	readonly path: string;
	/** True for `--config FILE`: then a missing file is an error, not "use the defaults". */
	readonly explicit: boolean;
};

/** Empty values count as unset; a relative `XDG_CONFIG_HOME` is ignored, as the XDG specification requires. */
export function resolveConfigPath({flag, env, home}: ConfigPathSource): ConfigPath {
	if (flag !== undefined && flag !== '') {
		return {path: path.resolve(flag), explicit: true};
	}

	const xdg = env['XDG_CONFIG_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) {
		return {path: path.join(xdg, APP_DIR_NAME, CONFIG_FILE), explicit: false};
	}

	const envHome = env['HOME'];
	const base = envHome !== undefined && envHome !== '' ? envHome : (home ?? homedir());
	return {path: path.join(base, '.config', APP_DIR_NAME, CONFIG_FILE), explicit: false};
}
