import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveConfigPath} from '../../../source/core/config/index.js';

describe('resolveConfigPath', () => {
	it('uses --config first, resolved against the working directory, and marks it explicit', () => {
		expect(resolveConfigPath({flag: 'my.json', env: {XDG_CONFIG_HOME: '/x'}})).toEqual({path: path.resolve('my.json'), explicit: true});
	});

	it('uses $XDG_CONFIG_HOME/qari/config.json', () => {
		expect(resolveConfigPath({env: {XDG_CONFIG_HOME: '/xdg', HOME: '/home/a'}})).toEqual({path: '/xdg/qari/config.json', explicit: false});
	});

	it('falls back to ~/.config/qari/config.json, ignoring a relative or empty XDG_CONFIG_HOME', () => {
		expect(resolveConfigPath({env: {XDG_CONFIG_HOME: 'rel', HOME: '/home/a'}}).path).toBe('/home/a/.config/qari/config.json');
		expect(resolveConfigPath({env: {XDG_CONFIG_HOME: '', HOME: '/home/a'}}).path).toBe('/home/a/.config/qari/config.json');
		expect(resolveConfigPath({flag: '', env: {}, home: '/h'})).toEqual({path: '/h/.config/qari/config.json', explicit: false});
	});
});
