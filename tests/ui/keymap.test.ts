import {describe, expect, it} from 'vitest';
import {configurableCommands, parseConfig} from '../../source/core/config/index.js';
import {applyKeyRemaps, commandForStroke, parseKeyName} from '../../source/ui/keymap.js';
import {type Binding, keyBindings, keyLabel, type KeyStroke} from '../../source/ui/keys.js';

function key(name: string): KeyStroke {
	const parsed = parseKeyName(name);
	if (!parsed.ok) {
		throw new Error(parsed.reason);
	}

	return parsed.key;
}

function keysOf(bindings: readonly Binding[], command: string): string[] {
	return bindings.find(binding => binding.command === command)?.keys.map(stroke => keyLabel(stroke)) ?? [];
}

describe('applyKeyRemaps', () => {
	it('leaves the table as it is without remaps', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {});
		expect(bindings).toEqual(keyBindings);
		expect(warnings).toEqual([]);
	});

	it('gives a remapped command exactly the keys listed', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {next: [key('j'), key('down'), key('ctrl+n')]});
		expect(keysOf(bindings, 'next')).toEqual(['j', '↓', 'Ctrl+N']);
		expect(warnings).toEqual([]);
	});

	it('removes a key a remap takes from the command that had it', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {bookmark: [key('space')]});
		expect(keysOf(bindings, 'bookmark')).toEqual(['Space']);
		expect(keysOf(bindings, 'pageDown')).toEqual(['PgDn']);
		expect(commandForStroke(bindings, key('space'))).toBe('bookmark');
		expect(commandForStroke(bindings, key('b'))).toBeUndefined();
		expect(warnings).toEqual([]);
	});

	it('warns when a command is left with no key', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {next: [key('q')]});
		expect(keysOf(bindings, 'close')).toEqual([]);
		expect(warnings).toEqual(['keys: close has no key left (q is next now)']);
	});

	it('lets the command listed first keep a key two remaps claim, with a one-line warning', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {next: [key('x'), key('j')], previous: [key('x'), key('k')]});
		expect(keysOf(bindings, 'next')).toEqual(['x', 'j']);
		expect(keysOf(bindings, 'previous')).toEqual(['k']);
		expect(warnings).toEqual(['keys: x is given to both next and previous; next keeps it']);
	});

	it('drops a key listed twice for the same command, without a warning', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {help: [key('?'), key('h'), key('?')]});
		expect(keysOf(bindings, 'help')).toEqual(['?', 'h']);
		expect(warnings).toEqual([]);
	});

	it('unbinds a command remapped to an empty list, silently', () => {
		const {bindings, warnings} = applyKeyRemaps(keyBindings, {bookmark: []});
		expect(keysOf(bindings, 'bookmark')).toEqual([]);
		expect(commandForStroke(bindings, key('b'))).toBeUndefined();
		expect(warnings).toEqual([]);
	});

	it('binds the special keys keys.ts does not know yet, with labels', () => {
		const {bindings} = applyKeyRemaps(keyBindings, {next: [key('left')], previous: [key('right')], search: [key('tab')]});
		expect(keysOf(bindings, 'next')).toEqual(['←']);
		expect(keysOf(bindings, 'previous')).toEqual(['→']);
		expect(keysOf(bindings, 'search')).toEqual(['Tab']);
	});

	it('does not change the table it was given', () => {
		const table: Binding[] = keyBindings.map(binding => ({...binding, keys: [...binding.keys]}));
		const before = JSON.stringify(table);
		applyKeyRemaps(table, {next: [key('k')]});
		expect(JSON.stringify(table)).toBe(before);
	});

	it('keeps one command per key across the whole table for any remap', () => {
		const {bindings} = applyKeyRemaps(keyBindings, {first: [key('j'), key('G')], last: [key('g')], close: [key('esc')]});
		const all = bindings.flatMap(binding => binding.keys.map(stroke => JSON.stringify(stroke)));
		expect(new Set(all).size).toBe(all.length);
		expect(commandForStroke(bindings, key('esc'))).toBe('close');
		expect(commandForStroke(bindings, key('G'))).toBe('first');
	});

	it('takes the remaps of a parsed config file', () => {
		const {config} = parseConfig({keys: {next: ['j', 'down', 'ctrl+n'], deleteBookmark: 'x'}});
		const {bindings} = applyKeyRemaps(keyBindings, config.keys);
		expect(keysOf(bindings, 'next')).toEqual(['j', '↓', 'Ctrl+N']);
		expect(keysOf(bindings, 'deleteBookmark')).toEqual(['x']);
	});
});

describe('configurable commands', () => {
	it('are exactly the commands of the key table', () => {
		expect([...configurableCommands].sort()).toEqual(keyBindings.map(binding => binding.command).sort());
	});
});
