/**
 * Child process for the permission test (run as an unprivileged user when the
 * tests run as root): `node --import tsx tests/core/store/children/read-only-probe.ts DATA_DIR`.
 * Opens the store, tries to save, and prints what happened as JSON.
 */
import {openStore} from '../../../../source/core/store/index.js';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) {
	throw new Error('usage: read-only-probe.ts DATA_DIR');
}

const store = await openStore(dataDir);
const before = store.bookmarks().length;
let error: {name: string; message: string; code: unknown} | undefined;
const started = Date.now();
try {
	await store.add({article: {id: 'a.txt', path: '/library/a.txt', paragraphs: ['نص']}, paragraph: 0});
} catch (caught) {
	const {name, message} = caught as Error;
	error = {name, message, code: (caught as {code?: unknown}).code};
}

const addMs = Date.now() - started;
const positionError = (await store.setPosition('a.txt', 0))?.name;
process.stdout.write(`${JSON.stringify({before, after: store.bookmarks().length, warnings: store.warnings, error, positionError, addMs})}\n`);
