import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveCacheDir} from '../../../source/core/library/index.js';

describe('resolveCacheDir', () => {
	it('prefers QARI_CACHE_DIR, then an absolute XDG_CACHE_HOME, then the platform default', () => {
		expect(resolveCacheDir({QARI_CACHE_DIR: '/x/cache', XDG_CACHE_HOME: '/y'})).toBe('/x/cache');
		expect(resolveCacheDir({QARI_CACHE_DIR: 'rel'})).toBe(path.resolve('rel'));
		expect(resolveCacheDir({QARI_CACHE_DIR: '', XDG_CACHE_HOME: '/y'})).toBe('/y/qari');
		const fallback = resolveCacheDir({XDG_CACHE_HOME: 'relative/ignored'});
		expect(fallback).not.toContain('relative');
		expect(path.isAbsolute(fallback)).toBe(true);
		expect(path.basename(fallback)).toBe('qari');
	});
});
