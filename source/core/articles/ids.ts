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
	/** Each root's directory names: 10,000 files share a handful of roots. */
	readonly #rootSegments = new Map<string, readonly string[]>();

	allocate(root: string, relativePath: string): string {
		const base = sanitizeText(relativePath);
		// The usual case, a free id, costs one look-up; prefixes are made only when it is taken.
		let id = this.#taken.has(base) ? this.#prefixed(root, relativePath) : base;
		for (let counter = 2; id === undefined; counter++) {
			const numbered = `${base}~${counter}`;
			if (!this.#taken.has(numbered)) id = numbered;
		}
		this.#taken.add(id);
		return id;
	}

	#prefixed(root: string, relativePath: string): string | undefined {
		let rootSegments = this.#rootSegments.get(root);
		if (rootSegments === undefined) {
			rootSegments = path.resolve(root).split(path.sep).filter(segment => segment !== '');
			this.#rootSegments.set(root, rootSegments);
		}
		for (let count = 1; count <= rootSegments.length; count++) {
			const candidate = sanitizeText([...rootSegments.slice(-count), relativePath].join('/'));
			if (!this.#taken.has(candidate)) return candidate;
		}
		return undefined;
	}
}
