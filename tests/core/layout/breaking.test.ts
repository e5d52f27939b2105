import {describe, expect, it} from 'vitest';
import {breakLines, type BreakableCluster} from '../../../source/core/layout/breaking.js';

const clusters = (text: string): BreakableCluster[] =>
	[...text].map(character => ({width: 1, space: character === ' ', wordCharacter: /\p{L}/u.test(character)}));
const spaces = (text: string) => [...text].map(character => character === ' ');

describe('breakLines', () => {
	it('keeps a paragraph that fits on one line without looking for break opportunities', () => {
		const lines = breakLines(clusters('ab cd  '), 5, () => {
			throw new Error('not needed');
		});
		expect(lines).toEqual([{start: 0, contentEnd: 5, end: 7}]);
	});

	it('fills lines greedily at break opportunities, trailing spaces hanging', () => {
		const text = 'ab cd ef';
		expect(breakLines(clusters(text), 5, () => spaces(text))).toEqual([
			{start: 0, contentEnd: 5, end: 6},
			{start: 6, contentEnd: 8, end: 8},
		]);
	});
});
