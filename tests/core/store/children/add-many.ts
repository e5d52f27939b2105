/**
 * Child process for the concurrency test:
 * `node --import tsx tests/core/store/children/add-many.ts DATA_DIR COUNT PREFIX`.
 * Prints `ready`, waits for a line on stdin (so both children start together),
 * adds COUNT bookmarks one after another, then prints a JSON summary.
 */
import {once} from 'node:events';
import {openStore} from '../../../../source/core/store/index.js';

const [dataDir, countText, prefix] = process.argv.slice(2);
if (dataDir === undefined || countText === undefined || prefix === undefined) {
	throw new Error('usage: add-many.ts DATA_DIR COUNT PREFIX');
}

const article = {id: `${prefix}.txt`, path: `/library/${prefix}.txt`, paragraphs: ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة']};
const store = await openStore(dataDir);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.pause();

const started = Date.now();
for (let index = 0; index < Number(countText); index++) {
	await store.add({article, paragraph: index % article.paragraphs.length, note: `${prefix}-${index}`});
}

process.stdout.write(`${JSON.stringify({started, finished: Date.now()})}\n`);
