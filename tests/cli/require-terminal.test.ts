import {describe, expect, it} from 'vitest';
import {requireTerminal} from '../../source/cli/require-terminal.js';
import {UsageError} from '../../source/cli/usage-error.js';

describe('requireTerminal', () => {
	it('accepts a terminal on both ends', () => {
		expect(() => {
			requireTerminal({isTTY: true}, {isTTY: true});
		}).not.toThrow();
	});

	it('names the end that is not a terminal', () => {
		expect(() => {
			requireTerminal({}, {isTTY: true});
		}).toThrow(new UsageError('the reader needs a terminal on stdin (for piped use try `qari list` or `qari read FILE`)'));
		expect(() => {
			requireTerminal({isTTY: true}, {isTTY: false});
		}).toThrow(/terminal on stdout/u);
	});
});
