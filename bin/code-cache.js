/**
 * Runs the bundle dist/cli.js with a V8 code cache, so later starts skip most
 * of compiling it (about 40 ms of a ~250 ms start). Node 20 has no compile
 * cache for modules, so the bundle is CommonJS-style code compiled here with
 * vm.Script, whose cachedData V8 can reuse.
 *
 * The cache lives in QARI_CACHE_DIR, else $XDG_CACHE_HOME/qari, else
 * ~/.cache/qari (macOS: ~/Library/Caches/qari), beside the library cache. Its
 * file name holds a hash of the bundle, the Node version and architecture and
 * the kind of run, so a rebuilt bundle or another Node never reads it. V8
 * itself only checks the source length and its own version, and does not check
 * the payload, so the file starts with a SHA-256 of the payload: a damaged file
 * is ignored and written again. A cache dir that cannot be written just means
 * running uncached. The cache is written once, a second after start (by then
 * the first frame is drawn, and everything it needed is compiled) or at exit
 * (not after a usage error or failure, which ran too little to be worth caching).
 */
'use strict';
const {createHash} = require('node:crypto');
const fs = require('node:fs');
const {createRequire} = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const digestLength = 32;
/** When to write a missing cache: late enough that the first frame's code is compiled. */
const writeDelayMs = 1000;
/**
 * Subcommands get a cache of their own: they compile different code than the
 * reader, and a reader cache made by `qari --help` would leave Ink uncached.
 */
const commands = new Set(['list', 'read', 'search', 'bookmarks', 'bookmark']);
const helpFlags = new Set(['--help', '-h', '--version', '-v']);
/** Runs that end with these codes stopped early (bad usage, failure): their cache would miss most code. */
const failedExitCodes = new Set([1, 2]);
/** How many cache files (of any bundle and kind) to keep: enough for a few installs side by side. */
const keptCaches = 12;

/**
 * The cache directory, or undefined when there is no home to put it in: the same
 * one as the library cache's (source/core/library/cache-dir.ts, which asks
 * env-paths, an ES module this CommonJS launcher cannot load synchronously).
 */
function cacheDirectory(env, platform = process.platform) {
	if (env.QARI_CACHE_DIR) {
		return path.resolve(env.QARI_CACHE_DIR);
	}

	// The XDG specification says a relative path is invalid and must be ignored.
	if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) {
		return path.join(env.XDG_CACHE_HOME, 'qari');
	}

	const home = os.homedir();
	if (!home) {
		return undefined;
	}

	if (platform === 'darwin') {
		return path.join(home, 'Library', 'Caches', 'qari');
	}

	if (platform === 'win32') {
		return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'qari', 'Cache');
	}

	return path.join(home, '.cache', 'qari');
}

function cacheKind(argv) {
	if (argv.some(argument => helpFlags.has(argument))) {
		return 'help';
	}

	return argv.find(argument => commands.has(argument)) ?? 'reader';
}

/** The cache file for this bundle, Node and kind of run. */
function cacheFile(directory, source, argv) {
	const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 16);
	return path.join(directory, `cli-${key}-${cacheKind(argv)}.bin`);
}

/**
 * The V8 cache data in `file`, or undefined when it is missing, damaged, or
 * owned by another user (cached code runs as whoever starts qari).
 */
function readCache(file) {
	let data;
	let descriptor;
	try {
		descriptor = fs.openSync(file, 'r');
		const {uid} = fs.fstatSync(descriptor);
		if (process.getuid && uid !== process.getuid()) {
			return undefined;
		}

		data = fs.readFileSync(descriptor);
	} catch {
		return undefined;
	} finally {
		if (descriptor !== undefined) {
			fs.closeSync(descriptor);
		}
	}

	if (data.length <= digestLength) {
		return undefined;
	}

	const payload = data.subarray(digestLength);
	const digest = createHash('sha256').update(payload).digest();
	return digest.equals(data.subarray(0, digestLength)) ? payload : undefined;
}

/** Writes the cache atomically (a reader never sees half a file); gives up quietly on any error. */
function writeCache(file, createPayload) {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		const payload = createPayload();
		fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
		const digest = createHash('sha256').update(payload).digest();
		fs.writeFileSync(temporary, Buffer.concat([digest, payload]), {mode: 0o600});
		fs.renameSync(temporary, file);
		removeStaleCaches(file);
	} catch {
		try {
			fs.rmSync(temporary, {force: true});
		} catch {}
	}
}

/**
 * Caches of older bundles are never read again, but other installs of qari may
 * share the directory, so only the oldest beyond `keptCaches` are deleted.
 */
function removeStaleCaches(file) {
	const directory = path.dirname(file);
	const caches = fs.readdirSync(directory)
		.filter(name => /^cli-[\da-f]+-[a-z]+\.bin$/.test(name))
		.map(name => ({name, modified: fs.statSync(path.join(directory, name)).mtimeMs}))
		.sort((a, b) => b.modified - a.modified);
	for (const {name} of caches.slice(keptCaches)) {
		fs.rmSync(path.join(directory, name), {force: true});
	}
}

/**
 * Compiles and runs the CommonJS bundle at `bundlePath` with `argv` (process.argv
 * without node and the script), using and maintaining the code cache.
 */
function runBundle(bundlePath, {argv = process.argv.slice(2), env = process.env} = {}) {
	let source;
	try {
		source = fs.readFileSync(bundlePath, 'utf8');
	} catch (error) {
		process.stderr.write(`qari: cannot read ${bundlePath} (${error.code ?? error.message}); build it with \`npm run build\`\n`);
		process.exitCode = 1;
		return;
	}

	const directory = cacheDirectory(env);
	const file = directory === undefined ? undefined : cacheFile(directory, source, argv);
	const cachedData = file === undefined ? undefined : readCache(file);
	// The same wrapper as Node's own for CommonJS, on the first line so line numbers match.
	const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
	const script = new vm.Script(wrapped, {filename: bundlePath, cachedData});

	if (file !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
		let written = false;
		const write = () => {
			if (!written) {
				written = true;
				writeCache(file, () => script.createCachedData());
			}
		};

		setTimeout(write, writeDelayMs).unref();
		process.once('exit', code => {
			if (!failedExitCodes.has(code)) {
				write();
			}
		});
	}

	const module = {exports: {}};
	script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
}

module.exports = {runBundle, cacheDirectory, cacheFile, readCache};
