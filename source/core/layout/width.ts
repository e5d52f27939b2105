import stringWidth from 'string-width';

/**
 * Display width of one grapheme cluster in terminal cells. Most clusters in an
 * article are a single Arabic or Latin letter, so those skip string-width's
 * regular expressions; everything else (emoji, CJK, marks) goes through it.
 */
export function clusterWidth(cluster: string): number {
	const code = cluster.charCodeAt(0);
	if ((code >= 0x20 && code < 0x7F) || isNarrowLetter(code)) {
		let index = 1;
		while (index < cluster.length && isArabicMark(cluster.charCodeAt(index))) {
			index++;
		}

		if (index === cluster.length) {
			return 1;
		}
	}

	return stringWidth(cluster);
}

/** Harakat and Quranic marks: zero width, always drawn on the letter before them. */
function isArabicMark(code: number): boolean {
	return (code >= 0x064B && code <= 0x065F) || code === 0x0670 || (code >= 0x06D6 && code <= 0x06ED && code !== 0x06DD && code !== 0x06DE && code !== 0x06E5 && code !== 0x06E6 && code !== 0x06E9);
}

function isNarrowLetter(code: number): boolean {
	return (code >= 0x00A0 && code <= 0x02FF && code !== 0x00AD) // Latin-1 and Latin Extended letters
		|| code === 0x060C || code === 0x061B || code === 0x061F // Arabic comma, semicolon, question mark
		|| (code >= 0x0621 && code <= 0x064A) // Arabic letters
		|| (code >= 0x0660 && code <= 0x066D) // Arabic-Indic digits and number punctuation
		|| (code >= 0x0671 && code <= 0x06D3) // Extended Arabic letters (Persian, Urdu)
		|| (code >= 0x05D0 && code <= 0x05EA) // Hebrew letters
		|| (code >= 0xFB50 && code <= 0xFDFF && code !== 0xFD3E && code !== 0xFD3F) // Presentation forms A
		|| (code >= 0xFE70 && code <= 0xFEFC); // Presentation forms B
}
