import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {type Command, commandForKey, commandsForInput, hintFor, keyBindings, keyLabel, keysLabel, noKey, typingInput} from '../../source/ui/keys.js';

function key(flags: Partial<Key> = {}): Key {
	return {...noKey, ...flags};
}

describe('key table', () => {
	it('maps the documented keys to their commands', () => {
		const cases: Array<[string, Partial<Key>, Command]> = [
			['j', {}, 'next'],
			['', {downArrow: true}, 'next'],
			['k', {}, 'previous'],
			['', {upArrow: true}, 'previous'],
			[' ', {}, 'pageDown'],
			['', {pageDown: true}, 'pageDown'],
			['', {pageUp: true}, 'pageUp'],
			['g', {}, 'first'],
			['', {home: true}, 'first'],
			['G', {shift: true}, 'last'],
			['', {end: true}, 'last'],
			['\r', {return: true}, 'open'],
			['', {escape: true, meta: true}, 'back'],
			['q', {}, 'close'],
			['?', {}, 'help'],
			['c', {ctrl: true}, 'quit'],
		];
		for (const [input, flags, command] of cases) {
			expect(commandForKey(input, key(flags)), JSON.stringify([input, flags])).toBe(command);
		}
	});

	it('binds / n N to search and b to the bookmark toggle', () => {
		expect(commandForKey('/', key())).toBe('search');
		expect(commandForKey('n', key())).toBe('nextMatch');
		expect(commandForKey('N', key({shift: true}))).toBe('previousMatch');
		expect(commandForKey('b', key())).toBe('bookmark');
		expect(commandForKey('b', key({ctrl: true}))).toBeUndefined();
	});

	it('binds B and the bookmarks view keys d u e', () => {
		expect(commandForKey('B', key({shift: true}))).toBe('bookmarks');
		expect(commandForKey('d', key())).toBe('deleteBookmark');
		expect(commandForKey('u', key())).toBe('undoDelete');
		expect(commandForKey('e', key())).toBe('editNote');
		// Ctrl+U still clears a query; plain u is not text-clearing.
		expect(commandForKey('u', key({ctrl: true}))).toBe('clearQuery');
	});

	it('does not treat modified letters as plain ones', () => {
		expect(commandForKey('c', key())).toBeUndefined();
		expect(commandForKey('j', key({ctrl: true}))).toBeUndefined();
		expect(commandForKey('q', key({meta: true}))).toBeUndefined();
	});

	it('binds every key to one command only and describes every command', () => {
		const labels = keyBindings.flatMap(binding => binding.keys.map(stroke => keyLabel(stroke)));
		expect(new Set(labels).size).toBe(labels.length);
		const commands = keyBindings.map(binding => binding.command);
		expect(new Set(commands).size).toBe(commands.length);
		for (const binding of keyBindings) {
			expect(binding.keys.length).toBeGreaterThan(0);
			expect(binding.description.length).toBeGreaterThan(3);
		}
	});

	it('labels keys for the help and hints', () => {
		expect(keysLabel('next')).toBe('↓ j');
		expect(keysLabel('pageDown')).toBe('Space PgDn');
		expect(keysLabel('quit')).toBe('Ctrl+C');
		expect(hintFor('help')).toBe('? help');
		expect(hintFor('open')).toBe('Enter open');
	});

	it('takes apart keys that arrive together in one input event', () => {
		expect(commandsForInput('j', key())).toEqual(['next']);
		expect(commandsForInput('jjk', key())).toEqual(['next', 'next', 'previous']);
		expect(commandsForInput('\rjG', key())).toEqual(['open', 'next', 'last']);
		expect(commandsForInput('jx\u0003', key())).toEqual(['next', 'quit']);
		expect(commandsForInput('xwz', key())).toEqual([]);
		expect(commandsForInput('jj', key({ctrl: true}))).toEqual([]);
	});

	it('while typing a query, takes plain keys as text and keeps special and Ctrl keys', () => {
		expect(typingInput('j', key())).toEqual({kind: 'text', text: 'j'});
		expect(typingInput('q', key())).toEqual({kind: 'text', text: 'q'});
		expect(typingInput('/', key())).toEqual({kind: 'text', text: '/'});
		expect(typingInput('بغداد', key())).toEqual({kind: 'text', text: 'بغداد'});
		expect(typingInput('a\u001B[31mb', key())).toEqual({kind: 'text', text: 'a[31mb'});
		expect(typingInput('', key({escape: true, meta: true}))).toEqual({kind: 'command', command: 'back'});
		expect(typingInput('', key({return: true}))).toEqual({kind: 'command', command: 'open'});
		expect(typingInput('', key({downArrow: true}))).toEqual({kind: 'command', command: 'next'});
		expect(typingInput('', key({delete: true}))).toEqual({kind: 'command', command: 'deleteBack'});
		expect(typingInput('', key({backspace: true}))).toEqual({kind: 'command', command: 'deleteBack'});
		expect(typingInput('u', key({ctrl: true}))).toEqual({kind: 'command', command: 'clearQuery'});
		expect(typingInput('c', key({ctrl: true}))).toEqual({kind: 'command', command: 'quit'});
		expect(typingInput('x', key({ctrl: true}))).toBeUndefined();
	});
});
