import {describe, expect, it} from 'vitest';
import {detectBidiMode, isBidiPreference, resolveBidiMode} from '../../source/terminal/bidi-mode.js';

describe('detectBidiMode', () => {
	it('leaves reordering to terminals that always reorder', () => {
		expect(detectBidiMode({KONSOLE_VERSION: '230805'})).toBe('terminal');
		expect(detectBidiMode({MLTERM: '3.9.3'})).toBe('terminal');
		expect(detectBidiMode({TERM_PROGRAM: 'Apple_Terminal'})).toBe('terminal');
	});

	it('reorders itself everywhere else', () => {
		expect(detectBidiMode({})).toBe('app');
		expect(detectBidiMode({VTE_VERSION: '7600', TERM: 'xterm-256color'})).toBe('app');
		expect(detectBidiMode({TERM_PROGRAM: 'WezTerm'})).toBe('app');
		expect(detectBidiMode({TERM_PROGRAM: 'iTerm.app'})).toBe('app');
		expect(detectBidiMode({TERM: 'xterm-kitty', KITTY_WINDOW_ID: '1'})).toBe('app');
		expect(detectBidiMode({TERM_PROGRAM: 'tmux', TMUX: '/tmp/tmux-0/default,1,0'})).toBe('app');
		expect(detectBidiMode({WT_SESSION: 'abc'})).toBe('app');
	});

	it('treats an empty variable as unset', () => {
		expect(detectBidiMode({KONSOLE_VERSION: ''})).toBe('app');
		expect(detectBidiMode({MLTERM: ''})).toBe('app');
	});
});

describe('resolveBidiMode', () => {
	it('detects only for auto', () => {
		const konsole = {KONSOLE_VERSION: '230805'};
		expect(resolveBidiMode('auto', konsole)).toBe('terminal');
		expect(resolveBidiMode('app', konsole)).toBe('app');
		expect(resolveBidiMode('terminal', {})).toBe('terminal');
	});

	it('knows the three preferences and nothing else', () => {
		expect(['auto', 'app', 'terminal'].every(value => isBidiPreference(value))).toBe(true);
		expect(isBidiPreference('App')).toBe(false);
		expect(isBidiPreference('')).toBe(false);
	});
});
