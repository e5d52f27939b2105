/**
 * Temporary directories for one test file: made under the system's temp
 * directory with a prefix that says which tests left them, and removed
 * together in `afterEach`.
 */
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

const created: string[] = [];

export async function makeTempDir(prefix = 'qari-test-'): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), prefix));
	created.push(directory);
	return directory;
}

export async function removeTempDirs(): Promise<void> {
	await Promise.all(created.splice(0).map(async directory => rm(directory, {recursive: true, force: true})));
}
