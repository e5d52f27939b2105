/**
 * The fzf extended-search syntax. Terms are separated by spaces and must all
 * match (in any order); `|` between two terms makes them alternatives, binding
 * tighter than the spaces, as in fzf: `a b | c` is a AND (b OR c).
 *
 *   word      fuzzy match
 *   'word     exact substring          'word'   exact, on word boundaries
 *   ^word     paragraph starts with    word$    paragraph ends with
 *   ^word$    paragraph is exactly
 *   !word     does not contain (also !'word, !^word, !word$, !'word')
 *
 * A backslash before a space keeps the space inside the term (`new\ york`).
 */
import {searchKey} from './normalize.js';

export type TermKind = 'fuzzy' | 'include' | 'word' | 'prefix' | 'suffix' | 'equal';

export type QueryTerm = {
	readonly kind: TermKind;
	/** Only for the exact kinds: the paragraph must NOT match. */
	readonly negated: boolean;
	/** Normalised like the paragraphs' keys, packed (see packed.ts); never empty. */
	readonly text: string;
};

/** Clauses joined by AND; the terms of one clause joined by OR. */
export type ParsedQuery = {
	readonly clauses: ReadonlyArray<readonly QueryTerm[]>;
};

const whitespace = /\s/u;

/** Splits on unescaped whitespace; `\ ` is a literal space. `|` stays a token of its own. */
function tokenize(query: string): string[] {
	const tokens: string[] = [];
	let current = '';
	for (let index = 0; index < query.length; index++) {
		const char = query[index]!;
		if (char === '\\' && index + 1 < query.length && whitespace.test(query[index + 1]!)) {
			current += ' ';
			index++;
		} else if (whitespace.test(char)) {
			if (current) {
				tokens.push(current);
			}

			current = '';
		} else {
			current += char;
		}
	}

	if (current) {
		tokens.push(current);
	}

	return tokens;
}

/** The term a token stands for, or undefined when nothing searchable is left (harakat only, say). */
function parseTerm(token: string): QueryTerm | undefined {
	let body = token;
	const negated = body.length > 1 && body.startsWith('!');
	if (negated) {
		body = body.slice(1);
	}

	let kind: TermKind = negated ? 'include' : 'fuzzy';
	if (body.length > 1 && body.startsWith('\'')) {
		body = body.slice(1);
		if (body.length > 1 && body.endsWith('\'')) {
			kind = 'word';
			body = body.slice(0, -1);
		} else {
			kind = 'include';
		}
	} else if (body.length > 1 && body.startsWith('^')) {
		body = body.slice(1);
		if (body.length > 1 && body.endsWith('$')) {
			kind = 'equal';
			body = body.slice(0, -1);
		} else {
			kind = 'prefix';
		}
	} else if (body.length > 1 && body.endsWith('$')) {
		kind = 'suffix';
		body = body.slice(0, -1);
	}

	const text = searchKey(body);
	if (text) {
		return {kind, negated, text};
	}

	return undefined;
}

export function parseQuery(query: string): ParsedQuery {
	const clauses: QueryTerm[][] = [];
	let joinNext = false;
	for (const token of tokenize(query)) {
		if (token === '|') {
			joinNext = clauses.length > 0;
			continue;
		}

		const term = parseTerm(token);
		if (!term) {
			continue;
		}

		const last = clauses.at(-1);
		if (joinNext && last) {
			last.push(term);
		} else {
			clauses.push([term]);
		}

		joinNext = false;
	}

	return {clauses};
}
