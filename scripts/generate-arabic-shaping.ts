/**
 * Writes source/core/layout/arabic-shaping-data.ts: the joining type of every code point
 * whose type is not U, and the isolated/final/initial/medial presentation forms of each
 * Arabic letter that has them.
 *
 * Usage: npx tsx scripts/generate-arabic-shaping.ts [ArabicShaping.txt(.gz)] [UnicodeData.txt(.gz)]
 * Defaults: the vendored tests/fixtures/unicode/ArabicShaping.txt.gz and Debian's
 * /usr/share/unicode/UnicodeData.txt (`apt-get install unicode-data`). UnicodeData is needed
 * for two things ArabicShaping.txt leaves out: which unlisted characters are transparent
 * (general category Mn, Me, Cf) and the presentation forms, recovered from the
 * `<isolated>`/`<final>`/`<initial>`/`<medial>` decompositions of U+FB50–FDFF and U+FE70–FEFF.
 * The generated file is committed, so building qari never needs these inputs.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

type JoiningType = 'U' | 'T' | 'R' | 'L' | 'D' | 'C';
const formNames = ['isolated', 'final', 'initial', 'medial'] as const;
const alefVariants = [0x0622, 0x0623, 0x0625, 0x0627];
const lam = 0x0644;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shapingPath = process.argv[2] ?? join(root, 'tests/fixtures/unicode/ArabicShaping.txt.gz');
const unicodeDataPath = process.argv[3] ?? '/usr/share/unicode/UnicodeData.txt';
const outputPath = join(root, 'source/core/layout/arabic-shaping-data.ts');

function readText(path: string): string {
	const bytes = readFileSync(path);
	return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function dataLines(text: string): string[][] {
	return text
		.split('\n')
		.map(line => line.replace(/#.*/, '').trim())
		.filter(line => line !== '')
		.map(line => line.split(';').map(field => field.trim()));
}

const shapingText = readText(shapingPath);
const version = /ArabicShaping-([\d.]+)\.txt/.exec(shapingText)?.[1];
if (!version) throw new Error(`${shapingPath}: no ArabicShaping-<version>.txt header`);

// ArabicShaping.txt: explicitly listed joining types win over the general-category default.
const listed = new Map<number, JoiningType>();
for (const [code, , type] of dataLines(shapingText)) {
	if (!code || !type || !/^[UTRLDC]$/.test(type)) throw new Error(`bad ArabicShaping line: ${code}`);
	listed.set(Number.parseInt(code, 16), type as JoiningType);
}

const joining = new Map<number, JoiningType>();
// [isolated, final, initial, medial] per letter; 0 where no form exists.
const forms = new Map<number, number[]>();
const lamAlef = new Map<number, number[]>();

for (const fields of dataLines(readText(unicodeDataPath))) {
	const code = Number.parseInt(fields[0] ?? '', 16);
	const category = fields[2] ?? '';
	const decomposition = fields[5] ?? '';
	if (category === 'Mn' || category === 'Me' || category === 'Cf') joining.set(code, 'T');
	const inPresentationBlocks = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
	const match = /^<(isolated|final|initial|medial)> ([0-9A-F]+)(?: ([0-9A-F]+))?$/.exec(decomposition);
	if (!inPresentationBlocks || !match) continue;
	const form = formNames.indexOf(match[1] as (typeof formNames)[number]);
	const first = Number.parseInt(match[2]!, 16);
	const second = match[3] === undefined ? undefined : Number.parseInt(match[3], 16);
	if (second === undefined) {
		const letterForms = forms.get(first) ?? [0, 0, 0, 0];
		// Forms-B (U+FE70–FEFF) is the set every Arabic terminal font covers; prefer it on duplicates.
		if (letterForms[form] === 0 || code >= 0xfe70) letterForms[form] = code;
		forms.set(first, letterForms);
	} else if (first === lam && alefVariants.includes(second)) {
		const ligatures = lamAlef.get(second) ?? [0, 0];
		if (form > 1) throw new Error(`lam-alef ligature U+${code.toString(16)} is neither isolated nor final`);
		ligatures[form] = code;
		lamAlef.set(second, ligatures);
	}
}
for (const [code, type] of listed) joining.set(code, type);

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

// Ranges of consecutive code points sharing one joining type other than U.
const ranges: string[] = [];
const codes = [...joining.keys()].filter(code => joining.get(code) !== 'U').sort((a, b) => a - b);
for (let index = 0; index < codes.length; ) {
	const first = codes[index]!;
	const type = joining.get(first)!;
	let last = first;
	while (codes[index + 1] === last + 1 && joining.get(last + 1) === type) {
		last++;
		index++;
	}
	index++;
	ranges.push(first === last ? `${hex(first)}${type}` : `${hex(first)}-${hex(last)}${type}`);
}

function wrap(items: string[], width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const item of items) {
		if (line !== '' && line.length + 1 + item.length > width) {
			lines.push(line);
			line = '';
		}
		line = line === '' ? item : `${line} ${item}`;
	}
	if (line !== '') lines.push(line);
	return lines;
}

const formRows = [...forms.entries()]
	.sort(([a], [b]) => a - b)
	.map(([letter, letterForms]) => {
		const type = joining.get(letter) ?? 'U';
		const cells = letterForms.map(code => (code === 0 ? '0' : `0x${hex(code)}`)).join(', ');
		return `\t[0x${hex(letter)}, ${cells}], // ${type} ${String.fromCodePoint(letter)}`;
	});
const ligatureRows = [...lamAlef.entries()]
	.sort(([a], [b]) => a - b)
	.map(([alef, [isolated, final]]) => `\t[0x${hex(alef)}, 0x${hex(isolated!)}, 0x${hex(final!)}],`);
if (ligatureRows.length !== alefVariants.length) throw new Error('missing lam-alef ligatures');

const output = `// Generated by scripts/generate-arabic-shaping.ts from ArabicShaping-${version}.txt and
// UnicodeData.txt. Do not edit by hand; rerun the generator instead.

export const unicodeVersion = '${version}';

/**
 * Joining_Type of every code point whose type is not U (Non_Joining), as space-separated
 * \`FIRST[-LAST]TYPE\` items in hex, sorted: T Transparent, R Right_Joining, L Left_Joining,
 * D Dual_Joining, C Join_Causing. Unlisted characters of category Mn, Me or Cf are T.
 */
export const joiningRanges = \`
${wrap(ranges, 96).join('\n')}
\`;

/** [letter, isolated, final, initial, medial] presentation forms; 0 where Unicode has none. */
export const presentationForms: ReadonlyArray<readonly [number, number, number, number, number]> = [
${formRows.join('\n')}
];

/** [alef, isolated, final]: the lam-alef ligature for lam (U+0644) followed by that alef. */
export const lamAlefLigatures: ReadonlyArray<readonly [number, number, number]> = [
${ligatureRows.join('\n')}
];
`;
writeFileSync(outputPath, output);

// Letters that join but lack some of their contextual forms: shaping.ts falls back for these.
for (const [letter, letterForms] of forms) {
	const type = joining.get(letter) ?? 'U';
	const needed = type === 'D' ? [0, 1, 2, 3] : type === 'R' ? [0, 1] : type === 'L' ? [0, 2] : [0];
	const missing = needed.filter(form => letterForms[form] === 0).map(form => formNames[form]);
	if (missing.length > 0) console.log(`U+${hex(letter)} (${type}) has no ${missing.join('/')} form`);
}
console.log(`wrote ${outputPath}: ${ranges.length} joining ranges, ${forms.size} letters with forms`);
