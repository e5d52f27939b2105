/**
 * `npm run bench [-- [--quick] [SECTION…]]`: every benchmark, several runs
 * each, one table of medians with `node -e 0` as the baseline.
 *
 * Sections: startup (first frame on the seeds), library (first frame and
 * indexing of a 10,000-article library, cold and warm cache), layout, search
 * (1k/10k/100k paragraphs beside Fuse.js and fzf), bookmarks (save latency).
 * What each row means: BENCHMARKS.md.
 */
import {existsSync} from 'node:fs';
import process from 'node:process';
import {bookmarksSection} from './bookmarks.js';
import {type Corpus, DEFAULT_DICTIONARY, generateCorpus} from './corpus.js';
import {librarySection} from './library.js';
import {layoutSection} from './layout.js';
import {describeMachine, loadAverage} from './machine.js';
import {hasFzf, searchSection} from './search.js';
import {measureBaseline, qariBin, startupSection} from './startup.js';
import {formatMs} from './stats.js';
import {formatTable, type Row, type SectionResult} from './table.js';
import {makeTempDir, removeAllTempDirs} from './temp.js';

const sections = ['startup', 'library', 'layout', 'search', 'bookmarks'] as const;
type Section = typeof sections[number];

const settings = {
	full: {baseline: 12, startup: 12, library: 3, layoutRounds: 5, layoutRoundMs: 400, builds: 3, passes: 3, referenceKeystrokes: 6, bookmarkRounds: 3},
	quick: {baseline: 5, startup: 5, library: 1, layoutRounds: 3, layoutRoundMs: 200, builds: 1, passes: 1, referenceKeystrokes: 3, bookmarkRounds: 1},
};

const usage = `usage: npm run bench -- [--quick] [${sections.join('|')}]…
  --quick   fewer runs of each benchmark: rough figures in about half the time
  SECTION   run only these sections (default: all)`;

function parseArguments(argv: readonly string[]): {quick: boolean; chosen: Section[]} {
	let quick = false;
	const chosen: Section[] = [];
	for (const argument of argv) {
		if (argument === '--quick') {
			quick = true;
		} else if (argument === '--help' || argument === '-h') {
			console.log(usage);
			process.exit(0);
		} else if ((sections as readonly string[]).includes(argument)) {
			chosen.push(argument as Section);
		} else {
			console.error(`bench: unknown argument ${argument}\n${usage}`);
			process.exit(2);
		}
	}

	return {quick, chosen: chosen.length > 0 ? sections.filter(section => chosen.includes(section)) : [...sections]};
}

const log = (line: string): void => {
	console.error(`· ${line}`);
};

async function main(): Promise<void> {
	const {quick, chosen} = parseArguments(process.argv.slice(2));
	const runs = quick ? settings.quick : settings.full;
	const started = performance.now();
	console.log(`qari bench${quick ? ' --quick' : ''}: ${describeMachine()}`);
	if (process.env['QARI_BENCH_BIN']) {
		console.log(`timing ${qariBin} (QARI_BENCH_BIN)`);
	}

	const missing = [existsSync(DEFAULT_DICTIONARY) ? '' : 'hunspell-ar', hasFzf() ? '' : 'fzf'].filter(Boolean);
	if (missing.length > 0) {
		console.log(`missing: ${missing.join(', ')} — for the figures in BENCHMARKS.md: sudo apt-get install -y ${missing.join(' ')}`);
	}

	const dataDir = makeTempDir('data');
	let corpus: Corpus | undefined;
	const sharedCorpus = (): Corpus => {
		if (!corpus) {
			const begun = performance.now();
			corpus = generateCorpus({paragraphs: 100_000, log});
			log(`corpus: ${corpus.articles.length} articles, 100,000 paragraphs, vocabulary ${corpus.source} (${corpus.vocabulary.length} words), generated in ${formatMs(performance.now() - begun)}`);
		}

		return corpus;
	};

	log(`baseline: node -e 0, ${runs.baseline} runs`);
	const {baseline, row: baselineRow} = await measureBaseline(runs.baseline);
	const rows: Row[] = [baselineRow];
	const notes: string[] = [];
	const perSection: Record<Section, () => Promise<SectionResult>> = {
		startup: async () => startupSection(runs.startup, baseline, dataDir),
		library: async () => librarySection(sharedCorpus().articles, runs.library, baseline, dataDir, log),
		layout: async () => layoutSection(runs.layoutRounds, runs.layoutRoundMs),
		search: async () => searchSection(sharedCorpus(), {
			sizes: [1000, 10_000, 100_000],
			builds: runs.builds,
			passes: runs.passes,
			referenceKeystrokes: runs.referenceKeystrokes,
			limit: 50,
		}, log),
		bookmarks: async () => bookmarksSection(sharedCorpus().articles, runs.bookmarkRounds, 50),
	};
	for (const section of chosen) {
		log(`${section}…`);
		try {
			const result = await perSection[section](); // eslint-disable-line no-await-in-loop
			rows.push(...result.rows);
			notes.push(...result.notes);
		} catch (error: unknown) {
			// One broken section (code in progress) leaves the others' figures standing.
			const message = error instanceof Error ? error.message : String(error);
			rows.push({name: `${section}: failed (see notes)`, runs: '0', median: 'n/a', result: 'error'});
			notes.push(`${section}: ${message}`);
		}
	}

	console.log();
	console.log(formatTable(rows));
	console.log();
	for (const note of notes) {
		console.log(`- ${note}`);
	}

	console.log(`- whole bench: ${formatMs(performance.now() - started)}; ${loadAverage()} at the end.`);
	if (rows.some(row => row.result === 'error')) {
		process.exitCode = 1;
	}
}

process.on('SIGINT', () => {
	removeAllTempDirs();
	process.exit(130);
});

try {
	await main();
} finally {
	removeAllTempDirs();
}
