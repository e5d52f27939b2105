/**
 * Where the library cache lives: `QARI_CACHE_DIR`, else `$XDG_CACHE_HOME/qari`,
 * else the platform's cache directory (`~/.cache/qari` on Linux,
 * `~/Library/Caches/qari` on macOS). The environment is passed in, as for the
 * data directory (source/core/store/paths.ts): env-paths reads `process.env`
 * itself, so the variables are applied here and env-paths only gives the default.
 */
import path from 'node:path';
import envPaths from 'env-paths';

export function resolveCacheDir(env: NodeJS.ProcessEnv): string {
	const fromEnv = env['QARI_CACHE_DIR'];
	if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
	// The XDG specification says a relative path is invalid and must be ignored.
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'qari');
	return envPaths('qari', {suffix: ''}).cache;
}
