import {EventEmitter} from 'node:events';
import {describe, expect, it, vi} from 'vitest';
import {guardSession, type GuardedProcess} from '../../source/terminal/restore-guard.js';
import {openTerminalSession, terminalSequences as seq} from '../../source/terminal/session.js';

function fakeStream() {
	const chunks: string[] = [];
	return {chunks, text: () => chunks.join(''), write: (data: string) => chunks.push(data)};
}

class FakeProcess extends EventEmitter implements GuardedProcess {
	readonly exitCodes: Array<number | undefined> = [];
	exit(code?: number) {
		this.exitCodes.push(code);
	}
}

describe('openTerminalSession', () => {
	it('enters the alternate screen with explicit bidi in app mode and undoes all of it on leave', () => {
		const stream = fakeStream();
		const session = openTerminalSession(stream, 'app');
		expect(stream.text()).toBe(seq.enterAlternateScreen + seq.hideCursor + seq.explicitBidi);
		expect(session.isActive).toBe(true);

		session.leave();
		expect(stream.text()).toBe(
			seq.enterAlternateScreen + seq.hideCursor + seq.explicitBidi
			+ seq.implicitBidi + seq.showCursor + seq.leaveAlternateScreen,
		);
		expect(session.isActive).toBe(false);
	});

	it('never touches the bidi mode in terminal mode', () => {
		const stream = fakeStream();
		openTerminalSession(stream, 'terminal').leave();
		expect(stream.text()).toBe(seq.enterAlternateScreen + seq.hideCursor + seq.showCursor + seq.leaveAlternateScreen);
		expect(stream.text()).not.toContain('\u001B[8');
	});

	it('leaves only once however often it is asked', () => {
		const stream = fakeStream();
		const session = openTerminalSession(stream, 'app');
		session.leave();
		session.leave();
		session.leave();
		expect(stream.chunks).toHaveLength(2);
		expect(stream.text().split(seq.leaveAlternateScreen)).toHaveLength(2);
	});
});

describe('guardSession', () => {
	function setUp() {
		const stream = fakeStream();
		const stderr = fakeStream();
		const process = new FakeProcess();
		const session = openTerminalSession(stream, 'app');
		const order: string[] = [];
		const beforeLeave = vi.fn(() => {
			order.push(session.isActive ? 'unmount while active' : 'unmount after leave');
		});
		const guard = guardSession(session, {process, stderr, beforeLeave});
		return {stream, stderr, process, session, guard, beforeLeave, order};
	}

	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	])('restores the terminal on %s and exits with %i', (signal, code) => {
		const {stream, process, session, order} = setUp();
		process.emit(signal);
		expect(session.isActive).toBe(false);
		expect(stream.text().endsWith(seq.leaveAlternateScreen)).toBe(true);
		expect(order).toEqual(['unmount while active']);
		expect(process.exitCodes).toEqual([code]);
	});

	it('restores, then prints one line and exits 1 on an uncaught exception', () => {
		const {stream, stderr, process, session} = setUp();
		const error = new Error('layout exploded\n    at someFunction (file.ts:1:1)');
		process.emit('uncaughtException', error);
		expect(session.isActive).toBe(false);
		expect(stream.text()).toContain(seq.implicitBidi + seq.showCursor + seq.leaveAlternateScreen);
		expect(stderr.text()).toBe('qari: layout exploded\n');
		expect(process.exitCodes).toEqual([1]);
	});

	it('restores and exits 1 on an unhandled rejection, keeping control characters out of the message', () => {
		const {stderr, process, session} = setUp();
		process.emit('unhandledRejection', new Error('bad \u001B[31mname'), Promise.resolve());
		expect(session.isActive).toBe(false);
		expect(stderr.text()).toBe('qari: bad ?[31mname\n');
		expect(process.exitCodes).toEqual([1]);
	});

	it('restores on a plain exit', () => {
		const {process, session, beforeLeave} = setUp();
		process.emit('exit', 0);
		expect(session.isActive).toBe(false);
		expect(beforeLeave).toHaveBeenCalledTimes(1);
		expect(process.exitCodes).toEqual([]);
	});

	it('still leaves the session when unmounting throws', () => {
		const stream = fakeStream();
		const process = new FakeProcess();
		const session = openTerminalSession(stream, 'terminal');
		guardSession(session, {
			process,
			stderr: fakeStream(),
			beforeLeave() {
				throw new Error('unmount failed');
			},
		});
		process.emit('SIGTERM');
		expect(session.isActive).toBe(false);
		expect(process.exitCodes).toEqual([143]);
	});

	it('removes every handler on dispose', () => {
		const {process, guard} = setUp();
		const events = ['exit', 'uncaughtException', 'unhandledRejection', 'SIGTERM', 'SIGHUP', 'SIGINT'];
		expect(events.map(event => process.listenerCount(event))).toEqual(events.map(() => 1));
		guard.dispose();
		expect(events.map(event => process.listenerCount(event))).toEqual(events.map(() => 0));
	});
});
