/** The environment qari runs in under test and benchmark. */
import process from 'node:process';

/**
 * A terminal environment without anything that changes how qari or Ink
 * behave: Ink renders only its last frame when it thinks it runs in CI, and
 * the bidi mode must not depend on the terminal the tests were started from.
 */
export function cleanTerminalEnv(overrides: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		const dropped = key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')
			|| ['NO_COLOR', 'FORCE_COLOR', 'QARI_BIDI', 'KONSOLE_VERSION', 'MLTERM', 'TERM_PROGRAM', 'TMUX', 'DEV'].includes(key);
		if (!dropped && value !== undefined) {
			env[key] = value;
		}
	}

	env['TERM'] = 'xterm-256color';
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) {
			delete env[key]; // eslint-disable-line @typescript-eslint/no-dynamic-delete
		} else {
			env[key] = value;
		}
	}

	return env;
}
