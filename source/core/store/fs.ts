/**
 * The file system operations the store uses, as an injectable object so tests
 * can simulate a full disk, a read-only directory or a crash before rename.
 */
import {promises as nodeFs} from 'node:fs';

export type StoreFileHandle = {
	writeFile(data: string, encoding: 'utf8'): Promise<void>;
	sync(): Promise<void>;
	close(): Promise<void>;
};

export type StoreFs = {
	readFile(path: string): Promise<Uint8Array>;
	mkdir(path: string, options: {recursive: true}): Promise<unknown>;
	open(path: string, flags: string, mode?: number): Promise<StoreFileHandle>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	readdir(path: string): Promise<string[]>;
	copyFile(from: string, to: string, mode: number): Promise<void>;
	stat(path: string): Promise<unknown>;
};

export const defaultFs: StoreFs = {
	readFile: async path => nodeFs.readFile(path),
	mkdir: async (path, options) => nodeFs.mkdir(path, options),
	open: async (path, flags, mode) => nodeFs.open(path, flags, mode),
	rename: async (from, to) => nodeFs.rename(from, to),
	unlink: async path => nodeFs.unlink(path),
	readdir: async path => nodeFs.readdir(path),
	copyFile: async (from, to, mode) => nodeFs.copyFile(from, to, mode),
	stat: async path => nodeFs.stat(path),
};
