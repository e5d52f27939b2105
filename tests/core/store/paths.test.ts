import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveDataDir} from '../../../source/core/store/index.js';

describe('resolveDataDir', () => {
	const env = {QARI_DATA_DIR: '/q/data', XDG_DATA_HOME: '/xdg', HOME: '/home/reader'};

	it('prefers --data-dir over everything', () => {
		expect(resolveDataDir({flag: '/from/flag', env})).toBe('/from/flag');
	});

	it('uses QARI_DATA_DIR when there is no flag', () => {
		expect(resolveDataDir({env})).toBe('/q/data');
		expect(resolveDataDir({flag: '', env})).toBe('/q/data');
	});

	it('uses $XDG_DATA_HOME/qari next, without a -nodejs suffix', () => {
		expect(resolveDataDir({env: {XDG_DATA_HOME: '/xdg', HOME: '/home/reader'}})).toBe('/xdg/qari');
	});

	it('falls back to ~/.local/share/qari, ignoring empty and relative XDG_DATA_HOME', () => {
		expect(resolveDataDir({env: {HOME: '/home/reader'}})).toBe('/home/reader/.local/share/qari');
		expect(resolveDataDir({env: {XDG_DATA_HOME: '', HOME: '/home/reader'}})).toBe('/home/reader/.local/share/qari');
		expect(resolveDataDir({env: {XDG_DATA_HOME: 'relative/dir', HOME: '/home/reader'}})).toBe('/home/reader/.local/share/qari');
		expect(resolveDataDir({env: {}, home: '/fallback/home'})).toBe('/fallback/home/.local/share/qari');
	});

	it('makes relative --data-dir and QARI_DATA_DIR absolute against the working directory', () => {
		expect(resolveDataDir({flag: 'books', env: {}})).toBe(path.resolve('books'));
		expect(resolveDataDir({env: {QARI_DATA_DIR: 'data'}})).toBe(path.resolve('data'));
	});
});
