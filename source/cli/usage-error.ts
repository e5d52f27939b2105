/**
 * A mistake on the command line (bad flag, missing path, no terminal): qari
 * prints its one-line message and exits with status 2, never a stack trace.
 */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** Exit status for usage errors (as meow and most CLIs use). */
export const usageExitCode = 2;

/** Exit status for anything unexpected. */
export const failureExitCode = 1;
