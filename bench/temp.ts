/** Temp folders the bench makes, removed when it finishes or is interrupted. */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const made = new Set<string>();

export function makeTempDir(prefix: string): string {
	const directory = mkdtempSync(path.join(tmpdir(), `qari-bench-${prefix}-`));
	made.add(directory);
	return directory;
}

export function removeTempDir(directory: string): void {
	rmSync(directory, {recursive: true, force: true});
	made.delete(directory);
}

export function removeAllTempDirs(): void {
	for (const directory of made) {
		removeTempDir(directory);
	}
}
