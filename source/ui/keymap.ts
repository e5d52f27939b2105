/**
 * The active key table: keys.ts's built-in bindings with the config file's
 * remaps applied. A remapped command gets exactly the keys it was given; a key
 * it takes is removed from whichever other command had it, so one key never
 * means two things. Input handling and the help overlay are meant to read the
 * table this returns instead of `keyBindings`.
 */
import {type ParsedKey, sameKey} from '../core/config/index.js';
import {type Binding, type Command, keyLabel, type KeyStroke} from './keys.js';

export {type KeyNameResult, parseKeyName} from '../core/config/index.js';

/** A key the config file can name: exactly keys.ts's KeyStroke (config's key names cover the same special keys). */
export type MappableKeyStroke = KeyStroke;

/** A binding of the active table: the same shape as the built-in ones. */
export type ActiveBinding = Binding;

export type KeyRemapTable = Readonly<Partial<Record<Command, readonly MappableKeyStroke[]>>>;

export type RemappedBindings = {
	readonly bindings: readonly ActiveBinding[];
	/** One line each: a key two remaps claim, a command left without a key. */
	readonly warnings: readonly string[];
};

/** keyLabel under its older name (every special key config can name is one keys.ts binds). */
export const mappableKeyLabel: (stroke: MappableKeyStroke) => string = keyLabel;

// KeyStroke's `ctrl?: boolean` and ParsedKey's `ctrl?: true` compare the same way.
const same = (a: MappableKeyStroke, b: MappableKeyStroke): boolean => sameKey(a as ParsedKey, b as ParsedKey);

/**
 * A new table: remapped commands get exactly their keys (an empty list unbinds
 * one), other commands lose any key a remap took. When two remaps list the same
 * key, the command listed first keeps it. Bindings keep their order.
 */
export function applyKeyRemaps(bindings: readonly ActiveBinding[], remaps: KeyRemapTable): RemappedBindings {
	const warnings: string[] = [];
	const claimed: Array<{readonly key: MappableKeyStroke; readonly command: Command}> = [];
	const given = new Map<Command, MappableKeyStroke[]>();

	for (const [command, keys] of Object.entries(remaps) as Array<[Command, readonly MappableKeyStroke[] | undefined]>) {
		if (!bindings.some(binding => binding.command === command)) {
			continue;
		}

		const kept: MappableKeyStroke[] = [];
		for (const key of keys ?? []) {
			const owner = claimed.find(claim => same(claim.key, key));
			if (owner === undefined) {
				claimed.push({key, command});
				kept.push(key);
			} else if (owner.command !== command) {
				warnings.push(`keys: ${mappableKeyLabel(key)} is given to both ${owner.command} and ${command}; ${owner.command} keeps it`);
			}
		}

		given.set(command, kept);
	}

	const result = bindings.map((binding): ActiveBinding => {
		const remapped = given.get(binding.command);
		if (remapped) {
			return {...binding, keys: remapped};
		}

		const keys = binding.keys.filter(key => !claimed.some(claim => same(claim.key, key)));
		if (keys.length === 0 && binding.keys.length > 0) {
			const taken = binding.keys.map(key => `${mappableKeyLabel(key)} is ${claimed.find(claim => same(claim.key, key))?.command ?? '?'}`).join(', ');
			warnings.push(`keys: ${binding.command} has no key left (${taken} now)`);
		}

		return keys.length === binding.keys.length ? binding : {...binding, keys};
	});

	return {bindings: result, warnings};
}

/** The command an active table binds a stroke to, if any (for tests and conflict checks). */
export function commandForStroke(bindings: readonly ActiveBinding[], stroke: MappableKeyStroke): Command | undefined {
	return bindings.find(binding => binding.keys.some(key => same(key, stroke)))?.command;
}
