/**
 * Makes sure a terminal session is left however the process ends: normal
 * exit, SIGTERM/SIGHUP/SIGINT, an uncaught exception or an unhandled
 * rejection. For a crash the terminal is restored first, then one line goes
 * to stderr (never a stack trace over a half-drawn screen).
 */
import {oneLineMessage} from './one-line-message.js';
import type {TerminalSession} from './session.js';

type Listener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The slice of `process` the guard uses, so tests can hand it a fake. */
export type GuardedProcess = {
	on(event: string, listener: Listener): unknown;
	off(event: string, listener: Listener): unknown;
	exit(code?: number): unknown;
};

export type GuardOptions = {
	readonly process: GuardedProcess;
	readonly stderr: {write(data: string): unknown};
	/** Runs before the session is left, e.g. unmounting Ink so it stops drawing and releases raw mode. */
	readonly beforeLeave?: () => void;
};

/** Exit codes follow the shell convention 128 + signal number. */
const signalExitCodes = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143} as const;

export type RestoreGuard = {
	/** Removes the handlers (the session itself is left by the caller). */
	dispose(): void;
};

export function guardSession(session: TerminalSession, {process, stderr, beforeLeave}: GuardOptions): RestoreGuard {
	const restore = () => {
		try {
			beforeLeave?.();
		} finally {
			session.leave();
		}
	};

	const safely = (step: () => void) => {
		try {
			step();
		} catch {
			// Restoring must never stop the exit path.
		}
	};

	const handlers: Array<[string, Listener]> = [
		['exit', () => {
			// Only synchronous work is possible here.
			safely(restore);
		}],
		['uncaughtException', (error: unknown) => {
			safely(restore);
			stderr.write(`qari: ${oneLineMessage(error)}\n`);
			process.exit(1);
		}],
		['unhandledRejection', (reason: unknown) => {
			safely(restore);
			stderr.write(`qari: ${oneLineMessage(reason)}\n`);
			process.exit(1);
		}],
	];
	for (const [signal, code] of Object.entries(signalExitCodes)) {
		handlers.push([signal, () => {
			safely(restore);
			process.exit(code);
		}]);
	}

	for (const [event, listener] of handlers) {
		process.on(event, listener);
	}

	return {
		dispose() {
			for (const [event, listener] of handlers) {
				process.off(event, listener);
			}
		},
	};
}
