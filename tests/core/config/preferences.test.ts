import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	PREFERENCES_FILE,
	readPreferences,
	rememberTextWidth,
	resolveTextWidth,
	writePreferences,
} from '../../../source/core/config/index.js';
import {expectOneSafeLine, makeTempDir, removeTempDirs} from './helpers.js';

afterEach(removeTempDirs);

describe('preferences.json', () => {
	it('is empty when there is no file', async () => {
		expect(await readPreferences(path.join(await makeTempDir(), 'none'))).toEqual({preferences: {}});
	});

	it('round-trips a remembered width, creating the data directory, readable by the owner only', async () => {
		const dataDir = path.join(await makeTempDir(), 'qari');
		const preferences = rememberTextWidth({}, 96, 80);
		expect(await writePreferences(dataDir, preferences)).toBeUndefined();
		expect(await readPreferences(dataDir)).toEqual({preferences: {textWidth: {value: 96, configWidth: 80}}});
		const file = path.join(dataDir, PREFERENCES_FILE);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({version: 1, textWidth: {value: 96, configWidth: 80}});
		expect((await stat(file)).mode & 0o777).toBe(0o600);
	});

	it('ignores a damaged file with a one-line warning, and replaces it on the next write', async () => {
		const dataDir = await makeTempDir();
		const file = path.join(dataDir, PREFERENCES_FILE);
		await writeFile(file, '{"version": 1, "textWidth": {"value": 5000, "configWidth": 80}}');
		const damaged = await readPreferences(dataDir);
		expect(damaged.preferences).toEqual({});
		expect(expectOneSafeLine(damaged.warning)).toBe('preferences.json is damaged (textWidth.value); remembered settings ignored');

		await writeFile(file, 'not json');
		expect((await readPreferences(dataDir)).warning).toBe('preferences.json is not valid JSON; remembered settings ignored');

		expect(await writePreferences(dataDir, {textWidth: {value: 70, configWidth: 80}})).toBeUndefined();
		expect((await readPreferences(dataDir)).preferences).toEqual({textWidth: {value: 70, configWidth: 80}});
	});

	it('leaves a file from a newer qari alone', async () => {
		const dataDir = await makeTempDir();
		const file = path.join(dataDir, PREFERENCES_FILE);
		const newer = '{"version": 2, "textWidth": 90, "other": true}';
		await writeFile(file, newer);
		expect(await readPreferences(dataDir)).toEqual({preferences: {}, newer: true});
		expect(await writePreferences(dataDir, {textWidth: {value: 70, configWidth: 80}})).toBe('preferences.json was written by a newer qari; not changed');
		expect(await readFile(file, 'utf8')).toBe(newer);
	});

	it('refuses a width out of range instead of writing a file it would reject', async () => {
		const dataDir = await makeTempDir();
		expect(await writePreferences(dataDir, {textWidth: {value: 10, configWidth: 80}})).toMatch(/^not saved/u);
		expect(await readPreferences(dataDir)).toEqual({preferences: {}});
	});

	it('reports, without throwing, when the data directory cannot be created', async () => {
		const base = await makeTempDir();
		const blocker = path.join(base, 'file');
		await writeFile(blocker, '');
		const reason = await writePreferences(path.join(blocker, 'qari'), {textWidth: {value: 90, configWidth: 80}});
		expect(expectOneSafeLine(reason)).toMatch(/^preferences\.json not saved \((ENOTDIR|EEXIST)\)$/u);
	});

	it('reads a file that cannot be read as a warning', async () => {
		const dataDir = await makeTempDir();
		await mkdir(path.join(dataDir, PREFERENCES_FILE));
		expect((await readPreferences(dataDir)).warning).toBe('preferences.json cannot be read (EISDIR); remembered settings ignored');
	});
});

describe('resolveTextWidth', () => {
	it('is the config width when nothing was remembered', () => {
		expect(resolveTextWidth({configWidth: 80})).toBe(80);
		expect(resolveTextWidth({configWidth: 120})).toBe(120);
	});

	it('prefers the remembered width while config.json still says what it said then', () => {
		expect(resolveTextWidth({remembered: {value: 96, configWidth: 80}, configWidth: 80})).toBe(96);
	});

	it('lets an edit of config.json win over an older remembered width', () => {
		expect(resolveTextWidth({remembered: {value: 96, configWidth: 80}, configWidth: 100})).toBe(100);
	});

	it('lets a flag win over both', () => {
		expect(resolveTextWidth({flag: 60, remembered: {value: 96, configWidth: 80}, configWidth: 80})).toBe(60);
	});
});
