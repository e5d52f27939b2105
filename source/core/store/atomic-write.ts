/**
 * Atomic replacement of a file: the new content goes to a temporary file in
 * the same directory, is flushed to disk, and is renamed over the old one. A
 * crash at any point leaves either the old file or the new one, never a mix.
 */
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {defaultFs, type StoreFs} from './fs.js';

/** Store files hold a person's notes: readable by them only. */
const FILE_MODE = 0o600;

function tempPrefix(file: string): string {
	return `.${path.basename(file)}.`;
}

/** `.bookmarks.json.<pid>.<random>.tmp`, next to the file so rename stays on one file system. */
export function tempPathFor(file: string): string {
	return path.join(path.dirname(file), `${tempPrefix(file)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function ignoreErrors(action: Promise<unknown>): Promise<void> {
	try {
		await action;
	} catch {
		// Best effort: the original error is the one worth reporting.
	}
}

export async function writeFileAtomic(file: string, data: string, fs: StoreFs = defaultFs): Promise<void> {
	const temp = tempPathFor(file);
	const handle = await fs.open(temp, 'wx', FILE_MODE);
	try {
		await handle.writeFile(data, 'utf8');
		await handle.sync();
	} catch (error) {
		await ignoreErrors(handle.close());
		await ignoreErrors(fs.unlink(temp));
		throw error;
	}

	await handle.close();
	try {
		await fs.rename(temp, file);
	} catch (error) {
		await ignoreErrors(fs.unlink(temp));
		throw error;
	}

	await syncDirectory(path.dirname(file), fs);
}

/** Makes the rename itself durable. Not possible everywhere (Windows), hence best effort. */
async function syncDirectory(directory: string, fs: StoreFs): Promise<void> {
	try {
		const handle = await fs.open(directory, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// The data itself is already synced.
	}
}

/**
 * Removes temporary files a crashed writer left behind. Only call this while
 * holding the file's lock: then no live writer can own one of them.
 */
export async function removeOrphanTemps(file: string, fs: StoreFs = defaultFs): Promise<void> {
	const prefix = tempPrefix(file);
	let names: string[];
	try {
		names = await fs.readdir(path.dirname(file));
	} catch {
		return;
	}

	for (const name of names) {
		if (name.startsWith(prefix) && name.endsWith('.tmp')) {
			await ignoreErrors(fs.unlink(path.join(path.dirname(file), name)));
		}
	}
}
