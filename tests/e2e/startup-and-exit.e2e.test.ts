/**
 * What the built program shows around a session in a real pseudo-terminal:
 * `--no-color` keeps the attributes (as NO_COLOR does), Ctrl+C quits also when it
 * arrives with typed text, a bad config file is seen inside the app, and load
 * warnings the status line only counts are printed after the screen closes.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt} from './build.js';
import {startQari} from './pty.js';

const timeout = 10_000;
const enterAlternate = '\u001B[?1049h';
const leaveAlternate = '\u001B[?1049l';
let scratch: string | undefined;

function scratchDir(): string {
	scratch = mkdtempSync(path.join(tmpdir(), 'qari-e2e-startup-'));
	return scratch;
}

beforeAll(async () => {
	await ensureBuilt();
});

afterEach(() => {
	if (scratch) {
		rmSync(scratch, {recursive: true, force: true});
		scratch = undefined;
	}
});

/** The SGR parameters qari wrote while its screen was up. */
function attributes(raw: string): string[] {
	const session = raw.split(enterAlternate)[1] ?? '';
	return [...session.matchAll(/\u001B\[([\d;]*)m/gu)].flatMap(match => (match[1] ?? '').split(';'));
}

describe('a session from start to exit', () => {
	it('--no-color keeps bold and inverse for the search matches, and no colour, as NO_COLOR does', async () => {
		for (const run of [{args: ['--no-color'], env: {}}, {args: [], env: {NO_COLOR: '1'}}]) {
			const qari = startQari(run.args, {cols: 100, rows: 30, env: run.env});
			await qari.waitFor(screen => screen[0]?.startsWith('qari  ') ?? false, timeout);
			qari.write('/');
			await qari.waitFor(screen => screen.some(row => row.includes('type to search')), timeout);
			qari.write('الكاظمي');
			await qari.waitFor(screen => screen.some(row => /\d+ results?/u.test(row)), timeout);
			qari.write('\r');
			await qari.waitFor(screen => screen.some(row => row.includes('¶')), timeout);
			const codes = attributes(qari.rawOutput());
			expect(codes, run.args.join(' ')).toContain('7');
			expect(codes).toContain('1');
			expect(codes.some(code => /^(3|4)[0-7]$/u.test(code))).toBe(false);
			qari.write('\u0003');
			expect(await qari.exit).toBe(0);
		}
	});

	it('quits on Ctrl+C typed in the same chunk as text, in the search and in the reader\'s : line', async () => {
		const search = startQari([]);
		await search.waitFor(screen => screen[0]?.startsWith('qari  ') ?? false, timeout);
		search.write('/x\u0003');
		expect(await search.exit).toBe(0);
		expect(search.bufferType()).toBe('normal');
		const reader = startQari([]);
		await reader.waitFor(screen => screen[0]?.startsWith('qari  ') ?? false, timeout);
		reader.write('\r');
		await reader.waitFor(screen => screen.some(row => row.includes('¶')), timeout);
		reader.write(':5\u0003');
		expect(await reader.exit).toBe(0);
	});

	it('shows a bad config file in the list status line, and lists several load warnings on exit', async () => {
		const home = scratchDir();
		mkdirSync(path.join(home, 'qari'));
		writeFileSync(path.join(home, 'qari', 'config.json'), '{"theme": "purple"}');
		const library = path.join(home, 'library');
		mkdirSync(library);
		writeFileSync(path.join(library, 'good.txt'), 'A title\nA paragraph.\n');
		for (let index = 1; index <= 3; index++) {
			writeFileSync(path.join(library, `bad${index}.txt`), Buffer.from([0, 1, 2, 3]));
		}

		const qari = startQari([library], {cols: 100, rows: 20, env: {XDG_CONFIG_HOME: home}});
		await qari.waitFor(screen => screen[0]?.startsWith('qari  ') ?? false, timeout);
		await qari.waitFor(screen => screen.some(row => /^⚠ config\.json: theme: .*⚠ 3 file warnings \(listed on exit\)/u.test(row)), timeout);
		qari.write('q');
		expect(await qari.exit).toBe(0);
		const after = qari.rawOutput().split(leaveAlternate).at(-1) ?? '';
		for (let index = 1; index <= 3; index++) {
			expect(after).toContain(`bad${index}.txt`);
		}
	});
});
