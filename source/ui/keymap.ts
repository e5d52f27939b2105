/**
 * The active key table: keys.ts's built-in bindings with the config file's
 * remaps applied. A remapped command gets exactly the keys it was given; a key
 * it takes is removed from whichever other command had it, so one key never
 * means two things. Input handling, the help overlay and the hints read the
 * table this returns (through ui-context.tsx) instead of `keyBindings`.
 */
import {type ParsedKey, sameKey} from '../core/config/index.js';
import {type Binding, type Command, keyLabel, type KeyStroke} from './keys.js';

export {type KeyNameResult, parseKeyName} from '../core/config/index.js';

export type KeyRemapTable = Readonly<Partial<Record<Command, readonly KeyStroke[]>>>;

export type RemappedBindings = {
	readonly bindings: readonly Binding[];
	/** One line each: a key two remaps claim, a command left without a key. */
	readonly warnings: readonly string[];
};

// KeyStroke's `ctrl?: boolean` and ParsedKey's `ctrl?: true` compare the same way.
const same = (a: KeyStroke, b: KeyStroke): boolean => sameKey(a as ParsedKey, b as ParsedKey);

/**
 * A new table: remapped commands get exactly their keys (an empty list unbinds
 * one), other commands lose any key a remap took. When two remaps list the same
 * key, the command listed first keeps it. Bindings keep their order.
 */
export function applyKeyRemaps(bindings: readonly Binding[], remaps: KeyRemapTable): RemappedBindings {
	const warnings: string[] = [];
	const claimed: Array<{readonly key: KeyStroke; readonly command: Command}> = [];
	const given = new Map<Command, KeyStroke[]>();

	for (const [command, keys] of Object.entries(remaps) as Array<[Command, readonly KeyStroke[] | undefined]>) {
		if (!bindings.some(binding => binding.command === command)) {
			continue;
		}

		const kept: KeyStroke[] = [];
		for (const key of keys ?? []) {
			const owner = claimed.find(claim => same(claim.key, key));
			if (owner === undefined) {
				claimed.push({key, command});
				kept.push(key);
			} else if (owner.command !== command) {
				warnings.push(`keys: ${keyLabel(key)} is given to both ${owner.command} and ${command}; ${owner.command} keeps it`);
			}
		}

		given.set(command, kept);
	}

	const result = bindings.map((binding): Binding => {
		const remapped = given.get(binding.command);
		if (remapped) {
			return {...binding, keys: remapped};
		}

		const keys = binding.keys.filter(key => !claimed.some(claim => same(claim.key, key)));
		if (keys.length === 0 && binding.keys.length > 0) {
			const taken = binding.keys.map(key => `${keyLabel(key)} is ${claimed.find(claim => same(claim.key, key))?.command ?? '?'}`).join(', ');
			warnings.push(`keys: ${binding.command} has no key left (${taken} now)`);
		}

		return keys.length === binding.keys.length ? binding : {...binding, keys};
	});

	return {bindings: result, warnings};
}

/** The command an active table binds a stroke to, if any (for tests and conflict checks). */
export function commandForStroke(bindings: readonly Binding[], stroke: KeyStroke): Command | undefined {
	return bindings.find(binding => binding.keys.some(key => same(key, stroke)))?.command;
}
