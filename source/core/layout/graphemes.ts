/**
 * Grapheme clusters with their UTF-16 offsets. A cluster is the smallest unit the
 * engine ever moves: line breaks, bidi reordering and highlights never split one,
 * so harakat always stay with their base letter (rule L3 comes for free).
 */
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Text made only of characters whose grapheme rules reduce to "a cluster is a
 * base character and the marks (and ZWNJ/ZWJ) after it": printable Latin, Greek,
 * Cyrillic, Hebrew, Arabic (without its Prepend number signs), common
 * punctuation and presentation forms. Intl.Segmenter costs about half of a
 * paragraph's layout time, so such text — nearly every article — skips it.
 */
const simpleText = /^[\u0020-\u007E\u00A0-\u05FF\u0606-\u06DC\u06DE-\u070E\u0710-\u077F\u2000-\u200A\u200C\u200D\u2010-\u2027\u202F-\u205E\u20A0-\u20C0\uFB1D-\uFDFF\uFE70-\uFEFE]*$/;
const extendsCluster = /[\p{M}\u200C\u200D]/u;

/** Start offsets of every grapheme cluster, plus `text.length` at the end. */
export function graphemeBoundaries(text: string): number[] {
	const boundaries: number[] = [];
	if (simpleText.test(text)) {
		for (let index = 0; index < text.length; index++) {
			if (index === 0 || !extendsCluster.test(text[index]!)) {
				boundaries.push(index);
			}
		}
	} else {
		for (const {index} of segmenter.segment(text)) {
			boundaries.push(index);
		}
	}

	boundaries.push(text.length);
	return boundaries;
}
