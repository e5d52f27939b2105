/**
 * `qari search QUERY [PATH…] [--json] [--limit N]`: the request, or a
 * one-line UsageError for an empty query or a bad limit.
 */
import type {BidiPreference} from '../terminal/bidi-mode.js';
import {UsageError} from './usage-error.js';

export type SearchCommandRequest = {
	readonly kind: 'search';
	readonly query: string;
	readonly paths: readonly string[];
	readonly json: boolean;
	readonly limit: number;
	readonly bidi: BidiPreference;
	readonly shape: boolean;
};

export const defaultSearchLimit = 20;
export const maximumSearchLimit = 10_000;

type SearchFlags = {
	readonly json: boolean;
	readonly limit: string | undefined;
	readonly shape: boolean;
	readonly width: string | undefined;
};

export function parseSearchRequest(rest: readonly string[], flags: SearchFlags, bidi: BidiPreference): SearchCommandRequest {
	if (flags.width !== undefined) {
		throw new UsageError('--width only applies to `qari read FILE`');
	}

	const [query, ...paths] = rest;
	if (query === undefined || query.trim() === '') {
		throw new UsageError('search needs a QUERY: qari search QUERY [PATH…] [--json] [--limit N]');
	}

	return {kind: 'search', query, paths, json: flags.json, limit: parseLimit(flags.limit), bidi, shape: flags.shape};
}

function parseLimit(value: string | undefined): number {
	if (value === undefined) {
		return defaultSearchLimit;
	}

	const limit = /^\d{1,5}$/u.test(value) ? Number(value) : Number.NaN;
	if (!(limit >= 1 && limit <= maximumSearchLimit)) {
		throw new UsageError(`--limit must be a whole number of results from 1 to ${maximumSearchLimit}`);
	}

	return limit;
}

/** --limit belongs to search only. */
export function rejectSearchOnlyFlags(flags: {readonly limit: string | undefined}): void {
	if (flags.limit !== undefined) {
		throw new UsageError('--limit only applies to `qari search QUERY`');
	}
}
