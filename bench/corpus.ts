/**
 * A deterministic corpus of Arabic news-like paragraphs for the benchmarks
 * (search at 1k/10k/100k paragraphs, the 10,000-article library, bookmarks):
 * words drawn Zipf-weighted from a realistic vocabulary (the seeds'
 * own words as the frequent head, then Debian's hunspell-ar dictionary), with
 * some harakat, tatweel, Eastern and Western digits, Persian letter forms,
 * punctuation and Latin names, like real articles.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {SearchableArticle} from '../source/core/search/index.js';

export const DEFAULT_DICTIONARY = '/usr/share/hunspell/ar.dic';
const defaultSeeds = fileURLToPath(new URL('../seeds/', import.meta.url));

export type CorpusOptions = {
	readonly paragraphs?: number;
	readonly paragraphsPerArticle?: number;
	readonly seed?: number;
	readonly dictionaryPath?: string;
	readonly seedsDirectory?: string;
	readonly log?: (line: string) => void;
};

export type Corpus = {
	readonly articles: SearchableArticle[];
	/** Words by Zipf rank, most frequent first. */
	readonly vocabulary: readonly string[];
	readonly source: 'hunspell' | 'seeds';
};

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D2B79F5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const arabicWord = /^[\u0621-\u064A]{2,}$/u;

/** The seeds' Arabic words, most frequent first. */
function seedWords(directory: string): string[] {
	const counts = new Map<string, number>();
	for (const file of readdirSync(directory).filter(name => name.endsWith('.txt')).sort()) {
		for (const token of readFileSync(directory + file, 'utf8').split(/[^\u0621-\u064A]+/u)) {
			if (arabicWord.test(token)) {
				counts.set(token, (counts.get(token) ?? 0) + 1);
			}
		}
	}

	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

function shuffle<T>(items: T[], random: () => number): T[] {
	for (let index = items.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[items[index], items[other]] = [items[other]!, items[index]!];
	}

	return items;
}

/** Stand-in for the dictionary: the seeds' words with clitics, suffixes and one-letter changes. */
function seedVariants(head: readonly string[], random: () => number): string[] {
	const variants = new Set<string>();
	for (const word of head) {
		for (const prefix of ['و', 'ب', 'ل', 'ف', 'وال', 'بال']) {
			variants.add(prefix + word);
		}

		for (const suffix of ['ها', 'هم', 'ين', 'ات', 'ون']) {
			variants.add(word + suffix);
		}
	}

	const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
	for (let count = 0; count < 30_000; count++) {
		const word = head[Math.floor(random() * head.length)]!;
		const at = Math.floor(random() * word.length);
		variants.add(word.slice(0, at) + letters[Math.floor(random() * letters.length)]! + word.slice(at + 1));
	}

	return [...variants];
}

export function loadVocabulary(options: CorpusOptions = {}): {words: string[]; source: Corpus['source']} {
	const random = seededRandom((options.seed ?? 1) ^ 0x5EED);
	const head = seedWords(options.seedsDirectory ?? defaultSeeds);
	const known = new Set(head);
	const dictionary = options.dictionaryPath ?? DEFAULT_DICTIONARY;
	if (existsSync(dictionary)) {
		const tail: string[] = [];
		for (const line of readFileSync(dictionary, 'utf8').split('\n')) {
			const word = line.split(/[/\t]/u, 1)[0]!.trim();
			if (arabicWord.test(word) && !known.has(word)) {
				known.add(word);
				tail.push(word);
			}
		}

		return {words: [...head, ...shuffle(tail, random)], source: 'hunspell'};
	}

	(options.log ?? console.error)(`corpus: ${dictionary} not found (apt-get install -y hunspell-ar); `
		+ 'falling back to the seeds\' words and generated variants');
	const tail = seedVariants(head, random).filter(word => !known.has(word));
	return {words: [...head, ...shuffle(tail, random)], source: 'seeds'};
}

/** Cumulative Zipf–Mandelbrot weights, for sampling a rank by binary search. */
function zipfTable(size: number): Float64Array {
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) {
		total += 1 / ((rank + 2.7) ** 1.05);
		cumulative[rank] = total;
	}

	return cumulative.map(value => value / total);
}

function sampleRank(cumulative: Float64Array, random: () => number): number {
	const target = random();
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (cumulative[middle]! < target) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

const harakat = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651\u064E', '\u064B'];
const latinNames = ['Reuters', 'Pompeo', 'CNN', 'AFP', 'Washington Post', 'Kadhimi', 'Rudaw', 'Middle East Eye'];
const eastern = '٠١٢٣٤٥٦٧٨٩';

function decorate(word: string, random: () => number): string {
	let result = word;
	if (random() < 0.002) {
		result = result.replaceAll('ي', 'ی').replaceAll('ك', 'ک');
	}

	if (random() < 0.08) {
		result = [...result].map(letter => (random() < 0.6 ? letter + harakat[Math.floor(random() * harakat.length)]! : letter)).join('');
	} else if (random() < 0.01 && result.length > 3) {
		const middle = Math.floor(result.length / 2);
		result = result.slice(0, middle) + 'ـــ' + result.slice(middle);
	}

	return result;
}

function numberToken(random: () => number): string {
	const value = random() < 0.4 ? String(1990 + Math.floor(random() * 35)) : String(1 + Math.floor(random() * 500));
	return random() < 0.5 ? [...value].map(digit => eastern[Number(digit)]!).join('') : value;
}

function sentence(words: readonly string[], cumulative: Float64Array, random: () => number, length: number): string {
	const tokens: string[] = [];
	let size = 0;
	while (size < length) {
		const roll = random();
		let token: string;
		if (roll < 0.03) {
			token = numberToken(random);
		} else if (roll < 0.033) {
			token = latinNames[Math.floor(random() * latinNames.length)]!;
		} else {
			token = decorate(words[sampleRank(cumulative, random)]!, random);
		}

		const punctuation = random();
		if (punctuation < 0.06) {
			token += '،';
		} else if (punctuation < 0.09) {
			token += '.';
		}

		tokens.push(token);
		size += token.length + 1;
	}

	return tokens.join(' ');
}

export function generateCorpus(options: CorpusOptions = {}): Corpus {
	const {words, source} = loadVocabulary(options);
	const random = seededRandom(options.seed ?? 1);
	const cumulative = zipfTable(words.length);
	const total = options.paragraphs ?? 100_000;
	const perArticle = options.paragraphsPerArticle ?? 10;
	const articles: SearchableArticle[] = [];
	for (let start = 0; start < total; start += perArticle) {
		const paragraphs: string[] = [];
		for (let count = 0; count < Math.min(perArticle, total - start); count++) {
			paragraphs.push(sentence(words, cumulative, random, 250 + Math.floor(random() * 100)));
		}

		const number = articles.length;
		articles.push({
			id: `bench/${String(number).padStart(6, '0')}.txt`,
			path: `/bench/${String(number).padStart(6, '0')}.txt`,
			title: sentence(words, cumulative, random, 40 + Math.floor(random() * 40)),
			paragraphs,
		});
	}

	return {articles, vocabulary: words, source};
}

/**
 * What a reader would type: words from the vocabulary by frequency band (the
 * most common match tens of thousands of paragraphs), two-word queries, typos
 * (a letter wrong, missing, swapped), a hamza / teh marbuta written plainly,
 * and a Latin name. Each is then typed one character at a time.
 */
export function benchQueries(vocabulary: readonly string[], seed = 1): string[] {
	const random = seededRandom(seed ^ 0x9E3779B9);
	const pick = (from: number, to: number, test: (word: string) => boolean): string => {
		const end = Math.min(to, vocabulary.length);
		const offset = Math.floor(random() * (end - from));
		for (let step = 0; step < end - from; step++) {
			const word = vocabulary[from + ((offset + step) % (end - from))]!;
			if (test(word)) {
				return word;
			}
		}

		return vocabulary[from]!;
	};

	const longer = (length: number) => (word: string) => word.length >= length;
	const middle = (word: string) => Math.floor(word.length / 2);
	const wrongLetter = pick(300, 3000, longer(6));
	const missingLetter = pick(3000, 30_000, longer(6));
	const swapped = pick(300, 3000, longer(7));
	const plain = pick(50, 5000, word => word.length >= 5 && /[أإآة]/u.test(word));
	return [
		pick(0, 100, longer(5)),
		pick(300, 3000, longer(5)),
		pick(20_000, 100_000, longer(6)),
		`${pick(300, 3000, longer(5))} ${pick(0, 300, longer(4))}`,
		`${pick(20_000, 100_000, longer(5))} ${pick(300, 3000, longer(5))}`,
		wrongLetter.slice(0, middle(wrongLetter)) + (wrongLetter[middle(wrongLetter)] === 'ن' ? 'ت' : 'ن') + wrongLetter.slice(middle(wrongLetter) + 1),
		missingLetter.slice(0, middle(missingLetter)) + missingLetter.slice(middle(missingLetter) + 1),
		swapped.slice(0, middle(swapped) - 1) + swapped[middle(swapped)]! + swapped[middle(swapped) - 1]! + swapped.slice(middle(swapped) + 1),
		plain.replace(/[أإآ]/gu, 'ا').replace(/ة/gu, 'ه'),
		'reuters',
	];
}
