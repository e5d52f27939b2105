/** Runs a TypeScript child script of these tests with `node --import tsx`, from the repository root. */
import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process';
import path from 'node:path';
import {repoRoot} from './helpers.js';

export function spawnChild(script: string, args: string[]): ChildProcessWithoutNullStreams {
	return spawn(process.execPath, ['--import', 'tsx', path.join('tests/core/store/children', script), ...args], {
		cwd: repoRoot,
		stdio: 'pipe',
	});
}

/** Resolves with the first stdout line that matches, rejects if the child exits first (with its stderr). */
export async function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
	return new Promise((resolve, reject) => {
		let stdout = '';
		let stderr = '';
		const onData = (chunk: Buffer) => {
			stdout += chunk.toString('utf8');
			const line = stdout.split('\n').find(candidate => pattern.test(candidate));
			if (line !== undefined) {
				cleanup();
				resolve(line);
			}
		};

		const onError = (chunk: Buffer) => {
			stderr += chunk.toString('utf8');
		};

		const onExit = (code: number | null) => {
			cleanup();
			reject(new Error(`child exited (${code}) before printing ${pattern}: ${stderr}`));
		};

		const cleanup = () => {
			child.stdout.off('data', onData);
			child.stderr.off('data', onError);
			child.off('exit', onExit);
		};

		child.stdout.on('data', onData);
		child.stderr.on('data', onError);
		child.on('exit', onExit);
	});
}

export async function exitCode(child: ChildProcessWithoutNullStreams): Promise<number | null> {
	if (child.exitCode !== null || child.signalCode !== null) {
		return child.exitCode;
	}

	return new Promise(resolve => {
		child.on('exit', code => {
			resolve(code);
		});
	});
}
