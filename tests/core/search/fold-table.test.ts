import {describe, expect, it} from 'vitest';
import {FOLD_COMPLEX, FOLD_MAP, FOLD_REMOVE, FOLD_SPACE, foldCodePoint, foldTable, prepareFoldTable} from '../../../source/core/search/fold.js';

describe('prepareFoldTable', () => {
	it('builds the table in steps when each deadline has passed, then the same table as at once', () => {
		// A fresh module (vitest isolates test files): nothing has folded yet.
		let steps = 0;
		while (!prepareFoldTable(0)) steps++;
		expect(steps).toBeGreaterThan(10);
		expect(prepareFoldTable(0)).toBe(true);
		const {kind, value} = foldTable();
		for (const cp of [0x20, 0x41, 0x627, 0x623, 0x64E, 0x640, 0x660, 0xA0, 0xE9, 0xFB50, 0xFEFB, 0xD800, 0x4E2D]) {
			const folded = cp >= 0xD800 && cp <= 0xDFFF ? undefined : foldCodePoint(cp);
			const expected = folded === undefined ? FOLD_COMPLEX : folded === '' ? FOLD_REMOVE : folded === ' ' ? FOLD_SPACE : folded.length === 1 ? FOLD_MAP : FOLD_COMPLEX;
			expect(kind[cp], cp.toString(16)).toBe(expected);
			if (expected === FOLD_MAP) expect(value[cp]).toBe(folded!.charCodeAt(0));
		}
	});
});
