import {expect} from 'vitest';
import {parseArgs} from '../../source/cli/parse-args.js';
import {UsageError} from '../../source/cli/usage-error.js';

const helpText = '\n\tUsage\n\t  $ qari\n';

/** The command line as qari's parser reads it, with a stand-in help text. */
export function parse(argv: string[], env: Record<string, string> = {}) {
	return parseArgs({argv, env, helpText, importMeta: import.meta});
}

/** The one-line message of the UsageError the arguments must be rejected with. */
export function usageError(argv: string[], env: Record<string, string> = {}): string {
	try {
		parse(argv, env);
	} catch (error: unknown) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}

	throw new Error(`expected ${argv.join(' ')} to be rejected`);
}
