import {makeTempDir as makeTempDirWith} from '../../helpers/temp-dirs.js';

export {removeTempDirs} from '../../helpers/temp-dirs.js';

export async function makeTempDir(): Promise<string> {
	return makeTempDirWith('qari-config-');
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
