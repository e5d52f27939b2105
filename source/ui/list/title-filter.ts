import {normalizeForSearch} from '../../core/search/index.js';

/**
 * Type-to-filter over the list's titles, folded as search folds text (harakat,
 * hamza forms, tatweel and case do not matter). The keys are made once per
 * library (titles never change once it is open), so a keystroke costs one
 * substring test per title, no normalising.
 */
export function titleKeys(titles: readonly {readonly title: string}[]): string[] {
	return titles.map(article => normalizeForSearch(article.title).key);
}

/**
 * The indexes of the titles that contain every word of `text`, in list order;
 * undefined when `text` has no words (the whole list shows).
 */
export function filterRows(keys: readonly string[], text: string): number[] | undefined {
	const words = normalizeForSearch(text).key.split(' ').filter(word => word !== '');
	if (words.length === 0) {
		return undefined;
	}

	const rows: number[] = [];
	for (const [index, key] of keys.entries()) {
		if (words.every(word => key.includes(word))) {
			rows.push(index);
		}
	}

	return rows;
}
