/**
 * A problem with the paths the user asked for (as opposed to a problem with one
 * file inside a directory, which only costs a warning). The message is a single
 * line ready to print; the CLI prints it and exits with status 2.
 */
export class LibraryError extends Error {
	override name = 'LibraryError';
}
