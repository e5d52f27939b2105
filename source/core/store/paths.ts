/**
 * Where qari keeps bookmarks and reading positions. The XDG rules are applied
 * by hand (not through env-paths) so the environment can be injected: env-paths
 * reads `process.env` itself and would append `-nodejs` to the name.
 */
import {homedir} from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'qari';
export const BOOKMARKS_FILE = 'bookmarks.json';
export const POSITIONS_FILE = 'positions.json';

export type DataDirSource = {
	/** The `--data-dir DIR` option, if given. */
	readonly flag?: string | undefined;
	readonly env: NodeJS.ProcessEnv;
	/** Home directory when `HOME` is unset; defaults to `os.homedir()`. */
	readonly home?: string;
};

/**
 * `--data-dir` > `QARI_DATA_DIR` > `$XDG_DATA_HOME/qari` > `~/.local/share/qari`,
 * as an absolute path. Empty values count as unset; a relative `XDG_DATA_HOME`
 * is ignored, as the XDG Base Directory specification requires. A relative
 * `--data-dir` or `QARI_DATA_DIR` is taken relative to the working directory.
 */
export function resolveDataDir({flag, env, home}: DataDirSource): string {
	if (flag !== undefined && flag !== '') {
		return path.resolve(flag);
	}

	const fromEnv = env['QARI_DATA_DIR'];
	if (fromEnv !== undefined && fromEnv !== '') {
		return path.resolve(fromEnv);
	}

	const xdg = env['XDG_DATA_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) {
		return path.join(xdg, APP_DIR_NAME);
	}

	const envHome = env['HOME'];
	const base = envHome !== undefined && envHome !== '' ? envHome : (home ?? homedir());
	return path.join(base, '.local', 'share', APP_DIR_NAME);
}
