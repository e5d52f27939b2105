/** `qari search QUERY [PATH…]`: ranked results over the loaded articles. */
import type {Article} from '../core/articles/index.js';
import {buildSearchIndex, search} from '../core/search/index.js';
import {resolveBidiMode} from '../terminal/bidi-mode.js';
import {terminalSequences} from '../terminal/session.js';
import {colorEnabled, type CommandContext} from './commands.js';
import {maximumWidth} from './parse-args.js';
import type {SearchCommandRequest} from './search-args.js';
import {searchAsJson, searchForPipe, searchForTerminal} from './search-output.js';

export function runSearch(
	articles: readonly Article[],
	request: Pick<SearchCommandRequest, 'query' | 'json' | 'limit' | 'bidi' | 'shape'>,
	{stdout, env}: CommandContext,
): void {
	const results = search(buildSearchIndex(articles), request.query, {limit: request.limit});
	if (request.json) {
		stdout.write(`${searchAsJson(results)}\n`);
		return;
	}

	if (results.length === 0) {
		return;
	}

	if (stdout.isTTY !== true) {
		stdout.write(`${searchForPipe(results).join('\n')}\n`);
		return;
	}

	const bidi = resolveBidiMode(request.bidi, env);
	const columns = Math.min(Math.max(1, stdout.columns ?? 80), maximumWidth);
	const lines = searchForTerminal(results, {columns, bidi, shape: request.shape, color: colorEnabled(env)});
	// As for `qari read`: explicit mode stops VTE terminals reordering the visual text again.
	const explicit = bidi === 'app';
	stdout.write(`${explicit ? terminalSequences.explicitBidi : ''}${lines.join('\n')}\n${explicit ? terminalSequences.implicitBidi : ''}`);
}
