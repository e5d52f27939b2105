import {describe, expect, it} from 'vitest';
import {parse, usageError} from './parse-helpers.js';

describe('parseArgs', () => {
	it('opens the reader on the given paths, or none for the seeds', () => {
		// Settings not given stay undefined: the config file decides them (see cli/interface-settings.ts).
		expect(parse([])).toEqual({kind: 'interactive', paths: []});
		expect(parse(['a.txt', 'news/'])).toEqual({kind: 'interactive', paths: ['a.txt', 'news/']});
	});

	it('tells --shape and --no-shape from not given for the reader', () => {
		expect(parse(['--no-shape'])).toMatchObject({kind: 'interactive', shape: false});
		expect(parse(['--shape'])).toMatchObject({kind: 'interactive', shape: true});
		expect(parse([])).toMatchObject({shape: undefined, bidi: undefined});
		expect(parse([], {QARI_BIDI: 'app'})).toMatchObject({bidi: 'app'});
	});

	it('carries --lang, --config and --color/--no-color to the reader', () => {
		expect(parse(['--lang', 'ar'])).toMatchObject({kind: 'interactive', lang: 'ar'});
		expect(parse(['--lang=en', 'x'])).toMatchObject({lang: 'en', paths: ['x']});
		expect(parse(['--config', '/tmp/q.json'])).toMatchObject({configFlag: '/tmp/q.json'});
		expect(parse(['--no-color'])).toMatchObject({color: false});
		expect(parse(['--color'])).toMatchObject({color: true});
		expect(parse([])).toMatchObject({lang: undefined, configFlag: undefined, color: undefined});
	});

	it('rejects a --lang that is not ar or en in one line', () => {
		expect(usageError(['--lang', 'fr'])).toBe('--lang must be ar or en, not "fr"');
		expect(usageError(['--lang=AR'])).toBe('--lang must be ar or en, not "AR"');
		expect(usageError(['list', '--lang', 'xx'])).toBe('--lang must be ar or en, not "xx"');
	});

	it('rejects the interface settings on the printing commands', () => {
		expect(usageError(['list', '--lang', 'ar'])).toBe('--lang only applies to the interactive reader (qari [PATH…])');
		expect(usageError(['read', 'a.txt', '--config', 'c.json'])).toBe('--config only applies to the interactive reader (qari [PATH…])');
		expect(usageError(['search', 'x', '--no-color'])).toBe('--no-color only applies to the interactive reader (qari [PATH…])');
	});

	it('carries --data-dir to the interactive reader', () => {
		expect(parse(['--data-dir', '/tmp/q', 'a.txt'])).toMatchObject({kind: 'interactive', paths: ['a.txt'], dataDirFlag: '/tmp/q'});
		expect(parse([])).toMatchObject({dataDirFlag: undefined});
	});

	it('parses list and its --json flag', () => {
		expect(parse(['list'])).toEqual({kind: 'list', paths: [], json: false, bidi: 'auto', shape: true});
		expect(parse(['list', 'x', '--json', '--no-shape'])).toEqual({kind: 'list', paths: ['x'], json: true, bidi: 'auto', shape: false});
	});

	it('parses read with a width and defaults its bidi mode to app', () => {
		expect(parse(['read', 'a.txt'])).toEqual({kind: 'read', file: 'a.txt', width: undefined, bidi: 'app', shape: true});
		expect(parse(['read', 'a.txt', '--width', '40'])).toMatchObject({width: 40});
		expect(parse(['read', '--width=1000', 'a.txt'])).toMatchObject({width: 1000, file: 'a.txt'});
	});

	it('takes --bidi from the flag first, then QARI_BIDI, then the default', () => {
		expect(parse(['--bidi', 'terminal'])).toMatchObject({bidi: 'terminal'});
		expect(parse([], {QARI_BIDI: 'terminal'})).toMatchObject({bidi: 'terminal'});
		expect(parse(['read', 'a', '--bidi', 'auto'], {QARI_BIDI: 'terminal'})).toMatchObject({bidi: 'auto'});
		expect(parse(['read', 'a'], {QARI_BIDI: 'terminal'})).toMatchObject({bidi: 'terminal'});
		expect(parse(['list'], {QARI_BIDI: ''})).toMatchObject({bidi: 'auto'});
	});

	it('answers --help and --version wherever they stand', () => {
		expect(parse(['--help'])).toMatchObject({kind: 'help'});
		expect(parse(['read', 'x', '-h'])).toMatchObject({kind: 'help'});
		const help = parse(['--help']);
		expect(help.kind === 'help' && help.text).toContain('$ qari');
		expect(parse(['--version'])).toEqual({kind: 'version', text: expect.stringMatching(/^\d+\.\d+\.\d+/u)});
		expect(parse(['-v'])).toMatchObject({kind: 'version'});
	});

	it.each([
		[['read', 'a', '--width', '0']],
		[['read', 'a', '--width', 'abc']],
		[['read', 'a', '--width', '-3']],
		[['read', 'a', '--width', '2.5']],
		[['read', 'a', '--width', '1001']],
		[['read', 'a', '--width']],
	])('rejects the width in %j', argv => {
		expect(usageError(argv)).toBe('--width must be a whole number of columns from 1 to 1000');
	});

	it('rejects unknown bidi modes from the flag and the environment', () => {
		expect(usageError(['--bidi', 'x'])).toBe('--bidi must be auto, app or terminal, not "x"');
		expect(usageError(['--bidi'])).toBe('--bidi must be auto, app or terminal, not ""');
		expect(usageError([], {QARI_BIDI: 'rtl'})).toBe('QARI_BIDI must be auto, app or terminal, not "rtl"');
	});

	it('rejects unknown flags by the name they were typed with', () => {
		expect(usageError(['--frobnicate'])).toBe('unknown flag --frobnicate (see qari --help)');
		expect(usageError(['list', '--dry-run=1'])).toBe('unknown flag --dry-run (see qari --help)');
		expect(usageError(['-x'])).toBe('unknown flag -x (see qari --help)');
	});

	it('rejects flags on commands they do not belong to', () => {
		expect(usageError(['--json'])).toBe('--json only applies to `qari list`');
		expect(usageError(['list', '--width', '40'])).toBe('--width only applies to `qari read FILE`');
	});

	it('wants exactly one FILE for read', () => {
		expect(usageError(['read'])).toMatch(/^read needs one FILE/u);
		expect(usageError(['read', 'a', 'b'])).toBe('read takes one FILE, got 2');
	});

	it('turns meow\'s repeated-flag error into one line', () => {
		expect(usageError(['read', 'a', '--width', '3', '--width', '4'])).toBe('the flag --width can only be set once');
	});
});
