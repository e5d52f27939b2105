import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

const created: string[] = [];

export async function makeTempDir(): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'qari-config-'));
	created.push(directory);
	return directory;
}

export async function removeTempDirs(): Promise<void> {
	await Promise.all(created.splice(0).map(async directory => rm(directory, {recursive: true, force: true})));
}

/** An error must be one printable line: no line break, no control character. */
export function expectOneSafeLine(text: string | undefined): string {
	if (text === undefined) {
		throw new Error('expected an error message');
	}

	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001F\u007F-\u009F]/u.test(text)) {
		throw new Error(`message has control characters: ${JSON.stringify(text)}`);
	}

	return text;
}
