/**
 * Times a program started in an 80×24 pseudo-terminal: node-pty for the
 * terminal, a headless xterm.js for the screen, so "the list's first frame"
 * is what a person would see, not a guess at escape sequences. Each moment is
 * stamped when the chunk of output that completed it arrived.
 */
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import xtermHeadless from '@xterm/headless';
import * as pty from 'node-pty';
import {cleanTerminalEnv} from '../tests/e2e/terminal-env.js';

const {Terminal} = xtermHeadless;

export type Screen = readonly string[];

export type Memory = {readonly rssBytes: number; readonly hwmBytes: number};

export type PtyTiming = {
	/** From spawn to the chunk that drew the first frame. */
	readonly firstFrameMs: number;
	/** From spawn to the chunk after which `settled` held (undefined without `settled`). */
	readonly settledMs: number | undefined;
	/** VmRSS and VmHWM of the child once settled (or at the first frame). */
	readonly memory: Memory | undefined;
	/** Whether `busy` held on any screen before settling (e.g. a progress indicator). */
	readonly sawBusy: boolean;
};

export type PtyTimingOptions = {
	readonly args: readonly string[];
	readonly cwd: string;
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly firstFrame: (screen: Screen) => boolean;
	/** Waited for after the first frame: the work behind it is done. */
	readonly settled?: (screen: Screen) => boolean;
	readonly busy?: (screen: Screen) => boolean;
	readonly timeoutMs: number;
	/** Typed to leave once measured; the process is killed if it has not exited 10 s later. */
	readonly quitKeys?: string;
};

/** VmRSS and VmHWM from /proc (Linux); undefined elsewhere or once the process is gone. */
export function readMemory(pid: number): Memory | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'mu').exec(status)?.[1] ?? Number.NaN) * 1024;
		return {rssBytes: kilobytes('VmRSS'), hwmBytes: kilobytes('VmHWM')};
	} catch {
		return undefined;
	}
}

/** Spawn to exit, for `node -e 0`: no screen to watch. */
export async function timeToExit(args: readonly string[], cwd: string): Promise<number> {
	return new Promise(resolve => {
		const started = performance.now();
		const child = pty.spawn(process.execPath, [...args], {name: 'xterm-256color', cols: 80, rows: 24, cwd, env: cleanTerminalEnv()});
		child.onExit(() => {
			resolve(performance.now() - started);
		});
	});
}

export async function timeInPty(options: PtyTimingOptions): Promise<PtyTiming> {
	const terminal = new Terminal({cols: 80, rows: 24, allowProposedApi: true});
	const started = performance.now();
	const child = pty.spawn(process.execPath, [...options.args], {
		name: 'xterm-256color',
		cols: 80,
		rows: 24,
		cwd: options.cwd,
		env: cleanTerminalEnv(options.env),
	});
	// The terminal answers the app's queries (cursor position, device attributes) like a real one.
	terminal.onData(reply => {
		child.write(reply);
	});

	const screen = (): Screen => {
		const buffer = terminal.buffer.active;
		return Array.from({length: 24}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
	};

	return new Promise((resolve, reject) => {
		let firstFrameMs: number | undefined;
		let settledMs: number | undefined;
		let memory: Memory | undefined;
		let sawBusy = false;
		let failure: Error | undefined;
		let finished = false;
		let killTimer: NodeJS.Timeout | undefined;
		const finish = () => {
			if (finished) {
				return;
			}

			finished = true;
			clearTimeout(timer);
			if (options.quitKeys === undefined) {
				child.kill('SIGTERM');
			} else {
				child.write(options.quitKeys);
			}

			// A program that ignores the keys is still ended, so runs never pile up.
			killTimer = setTimeout(() => {
				child.kill('SIGKILL');
			}, 10_000);
		};

		const timer = setTimeout(() => {
			failure = new Error(`${firstFrameMs === undefined ? 'no first frame' : 'not settled'} within ${options.timeoutMs / 1000} s; the screen shows:\n${screen().join('\n').trim()}`);
			child.kill('SIGKILL');
		}, options.timeoutMs);

		child.onData(data => {
			const arrived = performance.now() - started;
			terminal.write(data, () => {
				if (finished) {
					return;
				}

				const now = screen();
				if (options.busy?.(now)) {
					sawBusy = true;
				}

				if (firstFrameMs === undefined && options.firstFrame(now)) {
					firstFrameMs = arrived;
				}

				if (firstFrameMs !== undefined && (!options.settled || options.settled(now))) {
					settledMs = options.settled ? arrived : undefined;
					memory = readMemory(child.pid);
					finish();
				}
			});
		});
		child.onExit(({exitCode}) => {
			clearTimeout(timer);
			clearTimeout(killTimer);
			terminal.dispose();
			if (failure) {
				reject(failure);
			} else if (firstFrameMs === undefined) {
				reject(new Error(`exited (status ${exitCode}) before its first frame; the screen shows:\n${screen().join('\n').trim()}`));
			} else if (options.settled && settledMs === undefined) {
				reject(new Error(`exited (status ${exitCode}) before settling`));
			} else {
				resolve({firstFrameMs, settledMs, memory, sawBusy});
			}
		});
	});
}
