/**
 * The CLI and e2e tests run the real bundle (node bin/qari.js). `npm test`
 * builds it first; when a test file is run on its own and dist/ is missing,
 * the first test file to get here builds it while the others wait.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const qariBin = fileURLToPath(new URL('../../bin/qari.js', import.meta.url));
const bundle = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
// Outside the work tree, so a run killed mid-build leaves nothing in the repository.
const lock = path.join(tmpdir(), `qari-build-lock-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}`);

export async function ensureBuilt(): Promise<void> {
	if (existsSync(bundle)) {
		return;
	}

	try {
		mkdirSync(lock);
	} catch {
		// Someone else is building: wait for them.
		for (let waited = 0; existsSync(lock) && waited < 60_000; waited += 100) {
			await delay(100); // eslint-disable-line no-await-in-loop
		}

		return;
	}

	try {
		execFileSync(process.execPath, ['scripts/build.js'], {cwd: repoRoot, stdio: 'pipe'});
	} finally {
		rmSync(lock, {recursive: true, force: true});
	}
}
