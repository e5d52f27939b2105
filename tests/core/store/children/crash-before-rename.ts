/**
 * Child process for the atomicity test:
 * `node --import tsx tests/core/store/children/crash-before-rename.ts DATA_DIR`.
 * Adds a bookmark through a file system whose rename never happens: once the
 * temporary file is written and synced it prints `TEMP <path>` and hangs, so
 * the parent can kill it at the worst moment.
 */
import {openStore, type StoreFs} from '../../../../source/core/store/index.js';
import {defaultFs} from '../../../../source/core/store/fs.js';

const [dataDir] = process.argv.slice(2);
if (dataDir === undefined) {
	throw new Error('usage: crash-before-rename.ts DATA_DIR');
}

const hangingFs: StoreFs = {
	...defaultFs,
	async rename(from) {
		process.stdout.write(`TEMP ${from}\n`);
		setInterval(() => undefined, 60_000); // keep the process alive until killed
		await new Promise(() => undefined);
	},
};

const store = await openStore(dataDir, {fs: hangingFs, lock: {staleMs: 2000, retries: {retries: 0, factor: 1, minTimeout: 1, maxTimeout: 1, randomize: false}}});
await store.add({article: {id: 'new.txt', path: '/library/new.txt', paragraphs: ['never saved']}, paragraph: 0, note: 'lost in the crash'});
