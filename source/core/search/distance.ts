/**
 * The fewest edits (insertions, deletions, substitutions) that turn `pattern`
 * into some substring of `text`: the measure Fuse's Bitap search thresholds.
 * Myers' bit-parallel algorithm for patterns of up to 32 units, so a whole
 * vocabulary can be measured on each keystroke; plain dynamic programming above.
 */

const patternMasks = new Int32Array(0x10000);

export function substringDistance(pattern: string, text: string, from = 0, to = text.length): number {
	const length = pattern.length;
	if (length === 0) {
		return 0;
	}

	return length <= 32 ? myers(pattern, text, from, to) : dynamic(pattern, text.slice(from, to));
}

/** Over `text[from .. to)`, so vocabulary words need not be sliced out. */
function myers(pattern: string, text: string, from: number, to: number): number {
	const length = pattern.length;
	for (let index = 0; index < length; index++) {
		const code = pattern.charCodeAt(index);
		patternMasks[code] = patternMasks[code]! | (1 << index);
	}

	const high = 1 << (length - 1);
	let positive = -1;
	let negative = 0;
	let score = length;
	let best = length;
	for (let index = from; index < to; index++) {
		const equal = patternMasks[text.charCodeAt(index)]!;
		const vertical = equal | negative;
		const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
		let positiveH = negative | ~(horizontal | positive);
		let negativeH = positive & horizontal;
		if (positiveH & high) {
			score++;
		} else if (negativeH & high) {
			score--;
		}

		// No carry into bit 0: the match may start anywhere in the text.
		positiveH <<= 1;
		negativeH <<= 1;
		positive = negativeH | ~(vertical | positiveH);
		negative = positiveH & vertical;
		if (score < best) {
			best = score;
		}
	}

	for (let index = 0; index < length; index++) {
		patternMasks[pattern.charCodeAt(index)] = 0;
	}

	return best;
}

function dynamic(pattern: string, text: string): number {
	const length = pattern.length;
	let previous = new Int32Array(length + 1);
	let current = new Int32Array(length + 1);
	for (let row = 0; row <= length; row++) {
		previous[row] = row;
	}

	let best = length;
	for (let column = 0; column < text.length; column++) {
		const code = text.charCodeAt(column);
		current[0] = 0;
		for (let row = 1; row <= length; row++) {
			const substitution = previous[row - 1]! + (pattern.charCodeAt(row - 1) === code ? 0 : 1);
			current[row] = Math.min(substitution, previous[row]! + 1, current[row - 1]! + 1);
		}

		best = Math.min(best, current[length]!);
		[previous, current] = [current, previous];
	}

	return best;
}

/** Plain edit distance between `pattern` and the whole of `text[from .. to)`. */
export function editDistance(pattern: string, text: string, from = 0, to = text.length): number {
	const length = pattern.length;
	let previous = new Int32Array(length + 1);
	let current = new Int32Array(length + 1);
	for (let row = 0; row <= length; row++) {
		previous[row] = row;
	}

	for (let column = from; column < to; column++) {
		const code = text.charCodeAt(column);
		current[0] = column - from + 1;
		for (let row = 1; row <= length; row++) {
			const substitution = previous[row - 1]! + (pattern.charCodeAt(row - 1) === code ? 0 : 1);
			current[row] = Math.min(substitution, previous[row]! + 1, current[row - 1]! + 1);
		}

		[previous, current] = [current, previous];
	}

	return previous[length]!;
}
