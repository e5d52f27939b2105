import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {configurableCommands} from '../../source/core/config/commands.js';
import {createTranslator} from '../../source/ui/i18n/index.js';
import {commandForKey, commandsForInput, hintFor, keyBindings, keyLabel, keysLabel, noKey, typingInput} from '../../source/ui/keys.js';
import {applyKeyRemaps} from '../../source/ui/keymap.js';
import {notice, noticeText, noticeWithKey} from '../../source/ui/state/index.js';
import {arabicLayoutKeys} from '../../source/ui/hooks/layout-keys.js';

const key = (flags: Partial<Key> = {}): Key => ({...noKey, ...flags});

describe('the reading-comfort keys', () => {
	it('binds [ ] ← → y : + - in the reader, with ← → Tab labelled', () => {
		expect(commandForKey('[', key())).toBe('previousArticle');
		expect(commandForKey(']', key())).toBe('nextArticle');
		expect(commandForKey('', key({leftArrow: true}))).toBe('pageLeft');
		expect(commandForKey('', key({rightArrow: true}))).toBe('pageRight');
		expect(commandForKey('y', key())).toBe('copy');
		expect(commandForKey(':', key())).toBe('jump');
		expect(commandForKey('+', key())).toBe('wider');
		expect(commandForKey('-', key())).toBe('narrower');
		expect(keysLabel('pageLeft')).toBe('←');
		expect(keysLabel('pageRight')).toBe('→');
		expect(keyLabel({special: 'tab'})).toBe('Tab');
	});

	it('lets the config file remap every command of the table', () => {
		expect([...configurableCommands].sort()).toEqual(keyBindings.map(binding => binding.command).sort());
	});
});

describe('the active key table', () => {
	const {bindings} = applyKeyRemaps(keyBindings, {search: [{input: 's'}], clearQuery: [{input: 'w', ctrl: true}], pageLeft: [{special: 'tab'}]});

	it('is what keys are read against once passed', () => {
		expect(commandForKey('s', key(), bindings)).toBe('search');
		expect(commandForKey('/', key(), bindings)).toBeUndefined();
		expect(commandForKey('/', key())).toBe('search');
		expect(commandForKey('', key({tab: true}), bindings)).toBe('pageLeft');
		expect(commandForKey('', key({leftArrow: true}), bindings)).toBeUndefined();
		expect(commandsForInput('sj', key(), bindings)).toEqual(['search', 'next']);
	});

	it('decides what stays a command while typing', () => {
		expect(typingInput('w', key({ctrl: true}), bindings)).toEqual({kind: 'command', command: 'clearQuery'});
		expect(typingInput('u', key({ctrl: true}), bindings)).toBeUndefined();
		expect(typingInput('s', key(), bindings)).toEqual({kind: 'text', text: 's'});
	});

	it('labels keys and hints', () => {
		expect(keysLabel('search', bindings)).toBe('s');
		expect(hintFor('search', bindings)).toBe('s search');
		expect(keysLabel('pageLeft', bindings)).toBe('Tab');
	});

	it('names the remapped key in notices, in the interface language', () => {
		const english = createTranslator('en');
		expect(noticeText(noticeWithKey('notice.noSearch', 'search'), english, bindings)).toBe('no search yet: s to search');
		expect(noticeText(noticeWithKey('notice.noSearch', 'search'), english)).toBe('no search yet: / to search');
		expect(noticeText(notice('notice.textWidth', {width: 84}), english)).toBe('text width 84');
		expect(noticeText(notice('jump.outOfRange', {number: 99, count: 1}), english)).toBe('no paragraph 99: this article has 1 paragraph');
		expect(noticeText(notice('notice.copied'), createTranslator('ar'))).toBe('نُسخت الفقرة إلى الحافظة');
	});
});

describe('keys read on the Arabic layout', () => {
	it('keeps what was typed beside the Latin key, lam-alef as one key', () => {
		expect(arabicLayoutKeys('تلاx')).toEqual([
			{latin: 'j', typed: 'ت'},
			{latin: 'b', typed: 'لا'},
			{latin: 'x', typed: 'x'},
		]);
		expect(arabicLayoutKeys('ل')).toEqual([{latin: 'g', typed: 'ل'}]);
		expect(arabicLayoutKeys('جد')).toEqual([{latin: '[', typed: 'ج'}, {latin: ']', typed: 'د'}]);
	});
});
