/**
 * The prefilter must never drop a paragraph bare Fuse.js would accept: random
 * queries over the seeds and fixtures are run through bare Fuse (same options,
 * every key) and through the prefilter and the full search.
 */
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, fuseOptions, parseQuery, search} from '../../../source/core/search/index.js';
import {substringDistance} from '../../../source/core/search/distance.js';
import {allowedErrors, FUZZY_THRESHOLD} from '../../../source/core/search/fuse-options.js';
import {readableKey} from '../../../source/core/search/packed.js';
import {Prefilter} from '../../../source/core/search/prefilter.js';
import {loadLibrary, seededRandom} from './library.js';

const index = buildSearchIndex(loadLibrary());
const bareFuse = new Fuse(index.keys, fuseOptions);
const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويء';

/** Units bare Fuse accepts for every term of a query made of plain fuzzy terms. */
function bareMatches(query: string): Set<number> {
	let matched: Set<number> | undefined;
	for (const term of parseQuery(query).clauses.flat()) {
		const found = new Set(bareFuse.search(term.text).map(result => result.refIndex));
		matched = matched ? new Set([...matched].filter(unit => found.has(unit))) : found;
	}

	return matched ?? new Set();
}

function unitOf(articleIndex: number, paragraph: number): number {
	return index.titleUnits[articleIndex]! + paragraph;
}

/** Typed mistakes: a letter dropped, doubled, changed, or two swapped. */
function mistype(word: string, random: () => number): string {
	const at = Math.floor(random() * word.length);
	const letter = letters[Math.floor(random() * letters.length)]!;
	switch (Math.floor(random() * 4)) {
		case 0: {
			return word.slice(0, at) + word.slice(at + 1);
		}

		case 1: {
			return word.slice(0, at) + letter + word.slice(at);
		}

		case 2: {
			return word.slice(0, at) + letter + word.slice(at + 1);
		}

		default: {
			return at + 1 < word.length ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2) : word;
		}
	}
}

/** Random queries: pieces of keys (some across a space, with the space dropped), mistyped, and random letters. */
function randomQueries(count: number, seed: number): string[] {
	const random = seededRandom(seed);
	const queries: string[] = [];
	while (queries.length < count) {
		const key = readableKey(index.keys[Math.floor(random() * index.keys.length)]!);
		const length = 2 + Math.floor(random() * 11);
		const start = Math.floor(random() * Math.max(1, key.length - length));
		let piece = key.slice(start, start + length).replaceAll(' ', '');
		const edits = Math.floor(random() * 4);
		for (let edit = 0; edit < edits; edit++) {
			piece = mistype(piece, random);
		}

		if (random() < 0.15) {
			piece = Array.from({length: 3 + Math.floor(random() * 6)}, () => letters[Math.floor(random() * letters.length)]!).join('');
		}

		// Operator characters would change the query's meaning; bare Fuse knows none.
		if (piece && !/[\s'!^$|\\]/u.test(piece)) {
			queries.push(piece);
		}
	}

	return queries;
}

describe('Fuse arithmetic', () => {
	it('allowedErrors is exactly what Fuse accepts', () => {
		const pattern = 'abcdefghijklmnopqrstuvwxyzABCDEF';
		for (let length = 1; length <= 32; length++) {
			const word = pattern.slice(0, length);
			const errors = allowedErrors(length);
			const mangle = (count: number): string => '#'.repeat(count) + word.slice(count);
			expect(Fuse.match(word, `  ${mangle(errors)}  `, fuseOptions).isMatch, `${length} letters, ${errors} edits`).toBe(true);
			if (errors + 1 < length) {
				expect(Fuse.match(word, `  ${mangle(errors + 1)}  `, fuseOptions).isMatch, `${length} letters, ${errors + 1} edits`).toBe(false);
			}
		}

		expect(allowedErrors(3)).toBe(Math.floor(3 * FUZZY_THRESHOLD));
	});

	it('substringDistance (Myers, bit-parallel) agrees with dynamic programming', () => {
		const random = seededRandom(17);
		const naive = (pattern: string, text: string): number => {
			let previous = Array.from({length: pattern.length + 1}, (_, row) => row);
			let best = pattern.length;
			for (const char of text) {
				const current = [0];
				for (let row = 1; row <= pattern.length; row++) {
					current.push(Math.min(previous[row - 1]! + (pattern[row - 1] === char ? 0 : 1), previous[row]! + 1, current[row - 1]! + 1));
				}

				best = Math.min(best, current[pattern.length]!);
				previous = current;
			}

			return best;
		};

		for (let round = 0; round < 500; round++) {
			const make = (length: number): string => Array.from({length}, () => 'abcd'[Math.floor(random() * 4)]!).join('');
			const pattern = make(1 + Math.floor(random() * 40));
			const text = make(Math.floor(random() * 60));
			expect(substringDistance(pattern, text), `${pattern} in ${text}`).toBe(naive(pattern, text));
		}
	});
});

describe('prefilter soundness against bare Fuse.js', () => {
	const queries = randomQueries(400, 29);

	it('covers single terms: every paragraph bare Fuse accepts is a candidate', () => {
		let accepted = 0;
		for (const query of queries) {
			const candidates = Prefilter.prepared(index, parseQuery(query)).allCandidates();
			for (const unit of bareMatches(query)) {
				accepted++;
				expect(candidates.has(unit), `«${query}» unit ${unit}: «${index.keys[unit]}»`).toBe(true);
			}
		}

		// The test would prove nothing if the queries matched nothing.
		expect(accepted).toBeGreaterThan(1000);
	});

	it('covers two-term queries too', () => {
		for (let position = 0; position + 1 < 200; position += 2) {
			const query = `${queries[position]!} ${queries[position + 1]!}`;
			const candidates = Prefilter.prepared(index, parseQuery(query)).allCandidates();
			for (const unit of bareMatches(query)) {
				expect(candidates.has(unit), `«${query}» unit ${unit}`).toBe(true);
			}
		}
	});

	it('gives the same paragraphs as bare Fuse when nothing is capped', () => {
		for (const query of [...queries.slice(0, 200), 'السفارةالأميركية', 'رئيسالوزراء', 'الكاظمي طلال']) {
			const found = search(index, query, {limit: Number.POSITIVE_INFINITY, candidateLimit: Number.POSITIVE_INFINITY});
			const units = new Set(found.map(result => unitOf(result.articleIndex, result.paragraph)));
			expect([...units].sort((a, b) => a - b), `«${query}»`).toEqual([...bareMatches(query)].sort((a, b) => a - b));
		}
	});

	it('finds a match that only runs across a space (a query missing its space)', () => {
		const found = search(index, 'رئيسالوزراء', {limit: 100});
		expect(found.map(result => `${result.articleId}:${result.paragraph}`)).toContain('s0:12');
	});
});

describe('queries longer than Fuse\'s 32 units', () => {
	const long = 'قوات\\ الحشد\\ الشعبي\\ المفترض\\ أنها\\ خاضعة';

	it('match as a whole, chunk by chunk', () => {
		expect(parseQuery(long).clauses[0]![0]!.text.length).toBeGreaterThan(32);
		expect(search(index, long).map(result => `${result.articleId}:${result.paragraph}`)).toEqual(['s1:2']);
	});

	it('do not degrade to matching any one chunk, as bare Fuse does', () => {
		const halfGibberish = 'قوات\\ الحشد\\ الشعبي\\ المفترض\\ أنها\\ ظظظظ\\ غغغغ\\ ثثثث\\ ضضضض\\ ذذذذ';
		const text = parseQuery(halfGibberish).clauses[0]![0]!.text;
		expect(text.length).toBeGreaterThan(45);
		// Fuse alone accepts it: its first 32-unit chunk matches.
		expect(bareFuse.search(text).map(result => result.refIndex)).toContain(unitOf(1, 2));
		expect(search(index, halfGibberish)).toEqual([]);
	});

	it('work as many words, in any order', () => {
		const query = 'حسين صدام بقيادة 2003 في المتحدة الولايات';
		expect(query.length).toBeGreaterThan(32);
		expect(search(index, query, {limit: 1}).map(result => `${result.articleId}:${result.paragraph}`)).toEqual(['s0:9']);
	});
});
