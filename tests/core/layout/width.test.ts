import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {clusterWidth} from '../../../source/core/layout/width.js';

describe('clusterWidth', () => {
	it('agrees with string-width on every fast-path character, alone and with harakat', () => {
		const ranges: Array<[number, number]> = [[0x20, 0x7E], [0xA0, 0x2FF], [0x600, 0x6FF], [0x5D0, 0x5EA], [0xFB50, 0xFDFF], [0xFE70, 0xFEFC]];
		for (const [from, to] of ranges) {
			for (let code = from; code <= to; code++) {
				const character = String.fromCharCode(code);
				for (const cluster of [character, character + '\u064E', character + '\u0651\u064F']) {
					expect(clusterWidth(cluster), cluster.codePointAt(0)!.toString(16)).toBe(stringWidth(cluster));
				}
			}
		}
	});

	it('measures wide and zero-width clusters', () => {
		expect(clusterWidth('日')).toBe(2);
		expect(clusterWidth('😀')).toBe(2);
		expect(clusterWidth('\u064E')).toBe(0);
	});
});
