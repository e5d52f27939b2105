/** Runs the built CLI (node bin/qari.js) with pipes for stdin, stdout and stderr. */
import {execFile} from 'node:child_process';
import {qariBin, repoRoot} from '../e2e/build.js';
import {cleanTerminalEnv} from '../e2e/terminal-env.js';

export type QariResult = {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
};

export async function runQari(
	args: readonly string[],
	options: {readonly env?: Readonly<Record<string, string | undefined>>; readonly cwd?: string} = {},
): Promise<QariResult> {
	return new Promise(resolve => {
		const child = execFile(
			process.execPath,
			[qariBin, ...args],
			{cwd: options.cwd ?? repoRoot, env: cleanTerminalEnv(options.env), encoding: 'utf8', timeout: 20_000},
			(error, stdout, stderr) => {
				const code = error === null ? 0 : (typeof error.code === 'number' ? error.code : -1);
				resolve({code, stdout, stderr});
			},
		);
		child.stdin?.end();
	});
}
