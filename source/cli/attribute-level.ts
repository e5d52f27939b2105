/**
 * chalk (which Ink draws with) reads `--no-color` from process.argv when it is
 * loaded and then drops every escape sequence, bold and inverse included. qari's
 * `--no-color` means what NO_COLOR means: no colours, attributes kept, so the
 * focus and the search matches stay visible. This is the level chalk would have
 * chosen without looking at the command line (its supports-color, flags not
 * sniffed); the plain theme then uses attributes only.
 */
type Env = Readonly<Record<string, string | undefined>>;

export type ColorLevel = 0 | 1 | 2 | 3;

function forcedLevel(value: string): ColorLevel {
	if (value === 'true' || value === '') {
		return 1;
	}

	if (value === 'false') {
		return 0;
	}

	const level = Number.parseInt(value, 10);
	return Number.isNaN(level) ? 0 : (Math.max(0, Math.min(level, 3)) as ColorLevel);
}

/**
 * supports-color's answer for a stream, without the command-line flags (chalk
 * 5.6). Windows and CI give 1 where it may say more: with colour off only
 * whether it is 0 matters.
 */
export function levelWithoutFlags(env: Env, {isTTY, platform}: {readonly isTTY: boolean; readonly platform: NodeJS.Platform}): ColorLevel {
	const force = env['FORCE_COLOR'] === undefined ? undefined : forcedLevel(env['FORCE_COLOR']);
	if (force === 0) {
		return 0;
	}

	if (env['TF_BUILD'] !== undefined && env['AGENT_NAME'] !== undefined) {
		return 1;
	}

	if (!isTTY && force === undefined) {
		return 0;
	}

	const min: ColorLevel = force ?? 0;
	const term = env['TERM'] ?? '';
	if (term === 'dumb') {
		return min;
	}

	if (platform === 'win32') {
		return 1;
	}

	if (env['CI'] !== undefined) {
		return ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI', 'TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'].some(name => env[name] !== undefined) || env['CI_NAME'] === 'codeship' ? 1 : min;
	}

	if (env['TEAMCITY_VERSION'] !== undefined) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/u.test(env['TEAMCITY_VERSION']) ? 1 : 0;
	}

	return Math.max(min, terminalLevel(env, term)) as ColorLevel;
}

function terminalLevel(env: Env, term: string): ColorLevel {
	if (env['COLORTERM'] === 'truecolor' || ['xterm-kitty', 'xterm-ghostty', 'wezterm'].includes(term)) {
		return 3;
	}

	if (env['TERM_PROGRAM'] === 'iTerm.app') {
		return Number.parseInt((env['TERM_PROGRAM_VERSION'] ?? '').split('.')[0] ?? '', 10) >= 3 ? 3 : 2;
	}

	if (env['TERM_PROGRAM'] === 'Apple_Terminal' || /-256(color)?$/iu.test(term)) {
		return 2;
	}

	return /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/iu.test(term) || env['COLORTERM'] !== undefined ? 1 : 0;
}

/**
 * The level to set on chalk for the interactive reader: unchanged, except after
 * `--no-color`, where it becomes the one NO_COLOR would have left (only
 * attributes are drawn then: the theme is `plain`). Only 0 or not 0 matters there.
 */
export function attributeLevel(current: ColorLevel, colorFlag: boolean | undefined, env: Env, stream: {readonly isTTY: boolean; readonly platform: NodeJS.Platform}): ColorLevel {
	return colorFlag === false ? levelWithoutFlags(env, stream) : current;
}
