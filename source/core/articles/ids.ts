import path from 'node:path';
import {sanitizeText} from './sanitize.js';

/**
 * Article ids: the path relative to the library root, `/`-separated. Ids come
 * from file names, which are untrusted, so they are sanitised like any text.
 *
 * When an id is taken (two directory arguments that both hold `a.txt`), the
 * later article's id is prefixed with its root's directory names, nearest
 * first (`news/a.txt`, then `2024/news/a.txt`, …) until it is unique; should
 * even the full root path be taken, a counter (`a.txt~2`) settles it. Ids are
 * assigned in load order, so the result is deterministic.
 */
export class IdAllocator {
	readonly #taken = new Set<string>();

	allocate(root: string, relativePath: string): string {
		const base = sanitizeText(relativePath);
		const rootSegments = path.resolve(root).split(path.sep).filter(segment => segment !== '');
		const candidates = [base];
		for (let count = 1; count <= rootSegments.length; count++) {
			candidates.push(sanitizeText([...rootSegments.slice(-count), relativePath].join('/')));
		}
		let id = candidates.find(candidate => !this.#taken.has(candidate));
		for (let counter = 2; id === undefined; counter++) {
			const numbered = `${base}~${counter}`;
			if (!this.#taken.has(numbered)) id = numbered;
		}
		this.#taken.add(id);
		return id;
	}
}
