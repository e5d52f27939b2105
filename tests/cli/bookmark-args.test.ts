import {describe, expect, it} from 'vitest';
import {parse, usageError} from './parse-helpers.js';

describe('parseArgs: bookmark commands', () => {
	it('rejects the search-only --limit', () => {
		expect(usageError(['bookmarks', '--limit', '3'])).toContain('--limit');
	});

	it('parses the list with its paths, --json and the global --data-dir', () => {
		expect(parse(['bookmarks'])).toEqual({kind: 'bookmarks', paths: [], json: false, bidi: 'auto', shape: true, dataDirFlag: undefined});
		expect(parse(['bookmarks', 'a.txt', 'news', '--json', '--data-dir', '/d'])).toMatchObject({paths: ['a.txt', 'news'], json: true, dataDirFlag: '/d'});
	});

	it('parses add with a 1-based paragraph stored from 0, and a note', () => {
		expect(parse(['bookmark', 'add', 'a.txt', '3', '--note', 'why'])).toEqual({
			kind: 'bookmark-add', file: 'a.txt', paragraph: 2, note: 'why', dataDirFlag: undefined,
		});
		expect(parse(['bookmark', 'add', 'a.txt', '1'])).toMatchObject({paragraph: 0, note: ''});
	});

	it('parses remove, export with its format, and import', () => {
		expect(parse(['bookmark', 'remove', 'abc'])).toEqual({kind: 'bookmark-remove', id: 'abc', dataDirFlag: undefined});
		expect(parse(['bookmarks', 'export'])).toMatchObject({kind: 'bookmarks-export', format: 'json'});
		expect(parse(['bookmarks', 'export', '--format=md'])).toMatchObject({kind: 'bookmarks-export', format: 'md'});
		expect(parse(['bookmarks', 'import', 'x.json'])).toMatchObject({kind: 'bookmarks-import', file: 'x.json'});
	});

	it('accepts --data-dir with the other commands too', () => {
		expect(parse(['list', '--data-dir', '/d'])).toMatchObject({kind: 'list'});
	});

	it.each([
		[['bookmark', 'add', 'a.txt', '0'], 'PARAGRAPH must be a whole number from 1, not "0"'],
		[['bookmark', 'add', 'a.txt', '2.5'], 'PARAGRAPH must be a whole number from 1, not "2.5"'],
		[['bookmark', 'add', 'a.txt'], 'add needs FILE and PARAGRAPH: qari bookmark add FILE PARAGRAPH [--note TEXT]'],
		[['bookmark', 'remove'], 'remove needs one bookmark ID: qari bookmark remove ID'],
		[['bookmark', 'remove', 'a', 'b'], 'remove needs one bookmark ID: qari bookmark remove ID'],
		[['bookmarks', 'export', '--format', 'csv'], '--format must be json or md, not "csv"'],
		[['bookmarks', 'export', 'extra'], 'export takes no arguments, got "extra"'],
		[['bookmarks', 'import'], 'import needs one FILE: qari bookmarks import FILE'],
		[['bookmarks', '--format', 'md'], '--format only applies to `qari bookmarks export`'],
		[['bookmarks', 'export', '--json'], '--json only applies to `qari list` and `qari bookmarks`'],
		[['bookmark', 'remove', 'a', '--note', 'x'], '--note only applies to `qari bookmark add`'],
		[['bookmarks', '--width', '40'], '--width only applies to `qari read FILE`'],
		[['list', '--note', 'x'], '--note only applies to `qari bookmark add`'],
		[['read', 'a.txt', '--format', 'md'], '--format only applies to `qari bookmarks export`'],
		[['bookmarks', '--data-dir='], '--data-dir needs a directory: --data-dir DIR'],
	])('rejects %j', (argv, message) => {
		expect(usageError(argv)).toBe(message);
	});
});
