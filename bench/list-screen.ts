/**
 * How the bench recognises the article list on screen: its header names the
 * article count (`qari  10,000 articles`), and while the library is still
 * being read or indexed it says `loading` / `indexing` with a percentage.
 */
import type {Screen} from './pty-run.js';

const countPattern = /(\d[\d,.٬ ]*)\s+articles?\b/u;

/** The screen shows the list with `count` articles in its header. */
export function showsList(count: number): (screen: Screen) => boolean {
	return screen => screen.some(line => {
		const match = countPattern.exec(line);
		return match !== null && Number(match[1]!.replace(/[^\d]/gu, '')) === count;
	});
}

/** Some line says work is still running. */
export function showsProgress(screen: Screen): boolean {
	return screen.some(line => /\b(loading|indexing)\b/iu.test(line));
}

/** The list with `count` articles and no progress indicator: loading and indexing are done. */
export function showsSettledList(count: number): (screen: Screen) => boolean {
	const list = showsList(count);
	return screen => list(screen) && !showsProgress(screen);
}
