/**
 * Arabic contextual shaping into Unicode presentation forms, for terminals that draw
 * each cell's character as given and so never join Arabic letters themselves.
 *
 * Hand-written because the npm Arabic reshapers drop harakat or duplicate the alef of
 * lam-alef; the joining data comes from ArabicShaping.txt (see arabic-shaping-data.ts).
 *
 * Decisions:
 * - Joining follows the Unicode Arabic joining algorithm: T (harakat and other marks, Mn/Me/Cf)
 *   is skipped when looking for neighbours; C (tatweel, ZWJ) joins both sides; everything
 *   else unlisted, ZWNJ included, is U and breaks joining.
 * - Only letters that join (R, L, D) are replaced; a U letter such as hamza has one form and
 *   stays itself, as in GNU FriBidi.
 * - A missing form falls back to the nearest one that exists, keeping the join on the right
 *   (towards the previous letter) when it can: no medial → final, no final or initial →
 *   isolated. FriBidi instead leaves such a letter unshaped, which draws as isolated.
 *   Only U+06BA (no initial/medial) and U+0677 (no final) are affected in Unicode 15.
 * - Lam-alef: lam followed by آ أ إ ا forms one ligature (U+FEF5–FEFC), isolated or final
 *   depending on whether the lam joins the letter before it, even when harakat sit between
 *   the two, as OpenType fonts (HarfBuzz) do for this mandatory ligature. GNU FriBidi 1.0
 *   ligates only a directly adjacent pair, so for lam + mark + alef it draws separate lam and
 *   alef; VTE never ligates. One cell for two letters is right Arabic typography, so qari
 *   ligates across marks. The ligature goes on the lam's code unit, the alef's unit
 *   becomes '', and marks keep their own units.
 */
import {joiningRanges, lamAlefLigatures, presentationForms} from './arabic-shaping-data.js';

const transparent = 1;
/** Joins the character before it in logical order (R, D, C). */
const joinsPrevious = 2;
/** Joins the character after it in logical order (L, D, C). */
const joinsNext = 4;
const typeBits: Record<string, number> = {
	T: transparent,
	R: joinsPrevious,
	L: joinsNext,
	D: joinsPrevious | joinsNext,
	C: joinsPrevious | joinsNext,
};

const isolated = 0;
const final = 1;
const initial = 2;
const medial = 3;

const lam = 0x0644;

/** Joining bits of every BMP code unit; astral characters use the range lists below. */
const bmpTypes = new Uint8Array(0x10000);
const astralStarts: number[] = [];
const astralEnds: number[] = [];
const astralTypes: number[] = [];

for (const item of joiningRanges.trim().split(/\s+/)) {
	const match = /^([0-9A-F]+)(?:-([0-9A-F]+))?([TRLDC])$/.exec(item);
	if (!match) throw new Error(`arabic-shaping-data.ts: bad joining range ${item}`);
	const first = Number.parseInt(match[1]!, 16);
	const last = match[2] === undefined ? first : Number.parseInt(match[2], 16);
	const bits = typeBits[match[3]!]!;
	if (last < 0x10000) {
		bmpTypes.fill(bits, first, last + 1);
	} else {
		astralStarts.push(first);
		astralEnds.push(last);
		astralTypes.push(bits);
	}
}

function astralType(codePoint: number): number {
	let low = 0;
	let high = astralStarts.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (codePoint < astralStarts[middle]!) high = middle - 1;
		else if (codePoint > astralEnds[middle]!) low = middle + 1;
		else return astralTypes[middle]!;
	}

	return 0;
}

// Presentation forms as ready-made strings, four per letter, so shaping allocates nothing per letter.
let firstLetter = 0x10000;
let lastLetter = 0;
for (const [letter] of presentationForms) {
	firstLetter = Math.min(firstLetter, letter);
	lastLetter = Math.max(lastLetter, letter);
}

const formStrings: Array<string | undefined> = Array.from({length: (lastLetter - firstLetter + 1) * 4});
for (const [letter, isolatedForm, finalForm, initialForm, medialForm] of presentationForms) {
	if ((bmpTypes[letter]! & (joinsPrevious | joinsNext)) === 0) continue;
	const finalOrIsolated = finalForm || isolatedForm;
	const base = (letter - firstLetter) * 4;
	formStrings[base + isolated] = String.fromCharCode(isolatedForm);
	formStrings[base + final] = String.fromCharCode(finalOrIsolated);
	formStrings[base + initial] = String.fromCharCode(initialForm || isolatedForm);
	formStrings[base + medial] = String.fromCharCode(medialForm || finalOrIsolated);
}

/** Per alef variant: [isolated ligature, final ligature]. */
const lamAlef = new Map<number, readonly [string, string]>();
for (const [alef, isolatedLigature, finalLigature] of lamAlefLigatures) {
	lamAlef.set(alef, [String.fromCharCode(isolatedLigature), String.fromCharCode(finalLigature)]);
}

/**
 * Shapes Arabic-script text in LOGICAL order. Returns one string per UTF-16 code unit of `text`:
 * the presentation form to draw for that unit, '' when a ligature already drew it with its neighbour,
 * or the unit itself when it is not shaped.
 */
export function shapeArabic(text: string): string[] {
	const length = text.length;
	const shaped = new Array<string>(length);
	// The last non-transparent character: its form waits until the next one is known.
	let pending = -1;
	let pendingType = 0;
	let pendingJoinsBack = false;
	// The alef whose unit a lam-alef ligature has already drawn.
	let consumed = -1;

	for (let index = 0; index < length; index++) {
		const start = index;
		const unit = text.charCodeAt(index);
		let type = bmpTypes[unit]!;
		if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < length) {
			const low = text.charCodeAt(index + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				// An astral character counts once, at its high surrogate; none has presentation forms.
				type = astralType(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
				index++;
				shaped[index] = text[index]!;
			}
		}

		if (type === transparent) {
			shaped[start] = text[start]!;
			continue;
		}

		const joinsBack = (type & joinsPrevious) !== 0 && (pendingType & joinsNext) !== 0;
		if (pending >= 0) shapePending(joinsBack, start);
		pending = start;
		pendingType = type;
		pendingJoinsBack = joinsBack;
	}

	if (pending >= 0) shapePending(false);
	return shaped;

	/** Draws the pending character now that it is known whether it joins the next one. */
	function shapePending(joinsForward: boolean, next = -1): void {
		if (pending === consumed) return;
		const unit = text.charCodeAt(pending);
		if (unit === lam && joinsForward && next >= 0) {
			const ligature = lamAlef.get(text.charCodeAt(next));
			if (ligature) {
				shaped[pending] = pendingJoinsBack ? ligature[1] : ligature[0];
				shaped[next] = '';
				consumed = next;
				return;
			}
		}

		const form = pendingJoinsBack ? (joinsForward ? medial : final) : joinsForward ? initial : isolated;
		shaped[pending] =
			(unit >= firstLetter && unit <= lastLetter ? formStrings[(unit - firstLetter) * 4 + form] : undefined) ??
			text[pending]!;
	}
}
