/**
 * The command names a config file may remap. They are the key table's commands
 * (source/ui/keys.ts); the type checks below fail the build when the two lists
 * drift apart, without making the pure core import UI code at run time.
 */
import type {Command} from '../../ui/keys.js';

export const configurableCommands = [
	'next',
	'previous',
	'pageDown',
	'pageUp',
	'first',
	'last',
	'open',
	'back',
	'close',
	'help',
	'quit',
	'search',
	'nextMatch',
	'previousMatch',
	'deleteBack',
	'clearQuery',
	'bookmark',
	'bookmarks',
	'deleteBookmark',
	'undoDelete',
	'editNote',
	'filter',
	'previousArticle',
	'nextArticle',
	'pageLeft',
	'pageRight',
	'copy',
	'jump',
	'narrower',
	'wider',
] as const satisfies readonly Command[];

export type ConfigurableCommand = (typeof configurableCommands)[number];

/** Fails to compile if keys.ts gains a command that is missing above. */
type MissingCommands = Exclude<Command, ConfigurableCommand>;
const everyCommandListed: [MissingCommands] extends [never] ? true : MissingCommands = true;
void everyCommandListed;

