/** The packed key alphabet must be a clean swap that nothing downstream treats specially. */
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {fuseOptions} from '../../../source/core/search/index.js';
import {packedPlaces, packUnit, readableKey} from '../../../source/core/search/packed.js';

const places = Array.from({length: 0x10000}, (_, unit) => unit).filter(unit => packUnit(unit) !== unit);

describe('packed alphabet', () => {
	it('is its own inverse over every UTF-16 unit', () => {
		for (let unit = 0; unit < 0x10000; unit++) {
			expect(packUnit(packUnit(unit))).toBe(unit);
		}
	});

	it('puts all the frequent characters below 0x100, never below 0x7F nor on whitespace', () => {
		expect(packedPlaces()).toBeGreaterThanOrEqual(50);
		for (const unit of places.filter(unit => unit < 0x100)) {
			expect(unit).toBeGreaterThanOrEqual(0x7F);
			expect(String.fromCharCode(unit).trim()).toHaveLength(1);
		}
	});

	it('gives Fuse ordinary characters: none matches an empty or unrelated key', () => {
		const fuse = new Fuse(['', 'abc', 'abd'], fuseOptions);
		for (const unit of places) {
			expect(fuse.search(String.fromCharCode(unit)), unit.toString(16)).toEqual([]);
		}
	});

	it('reads back', () => {
		expect(readableKey([...'الكاظمي “25”'].map(char => String.fromCharCode(packUnit(char.charCodeAt(0)))).join(''))).toBe('الكاظمي “25”');
	});
});
