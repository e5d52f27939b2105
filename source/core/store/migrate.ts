/**
 * Upgrading store files written by older qari versions. Each step turns
 * version n into version n + 1; the result is validated as the current
 * version. A file from a newer qari is refused (StoreVersionError) so it is
 * never overwritten by a version that would drop what it does not know.
 *
 * Version 0 is a format invented to exercise this framework (no qari release
 * wrote it): a bare JSON array of
 * `{article, path?, paragraph, text, note?, created}`, where `article` is the
 * article id and `text` the excerpt. It has no ids and no fingerprints: ids
 * are derived from the entry's content (so two processes migrating the same
 * file agree) and fingerprints are left empty (anchoring then uses the excerpt).
 */
import {createHash} from 'node:crypto';
import {StoreFormatError, StoreVersionError} from './errors.js';
import {
	type Bookmark,
	type PositionsFileV1,
	type StoreFileV1,
	isIndex,
	isIsoTime,
	isRecord,
	STORE_VERSION,
	validatePositionsFile,
	validateStoreFile,
} from './schema.js';

/** Turns a parsed document of version n into one of version n + 1. */
export type Migration = (raw: unknown) => unknown;

export type MigrationPlan<T> = {
	readonly steps: ReadonlyMap<number, Migration>;
	readonly detectVersion: (raw: unknown) => number;
	readonly validate: (raw: unknown) => T;
};

export type Migrated<T> = {
	readonly data: T;
	/** The version the document had on disk. */
	readonly fromVersion: number;
};

/** A `version` field that is a positive integer. */
function versionField(raw: unknown): number {
	if (isRecord(raw) && Number.isSafeInteger(raw['version']) && (raw['version'] as number) >= 1) {
		return raw['version'] as number;
	}

	throw new StoreFormatError('no valid "version" field');
}

export function runMigrations<T>(raw: unknown, plan: MigrationPlan<T>): Migrated<T> {
	const fromVersion = plan.detectVersion(raw);
	if (fromVersion > STORE_VERSION) {
		throw new StoreVersionError(fromVersion, STORE_VERSION);
	}

	let document = raw;
	for (let version = fromVersion; version < STORE_VERSION; version++) {
		const step = plan.steps.get(version);
		if (step === undefined) {
			throw new StoreFormatError(`no migration from version ${version}`);
		}

		document = step(document);
	}

	return {data: plan.validate(document), fromVersion};
}

function migratedId(entry: Record<string, unknown>): string {
	const key = JSON.stringify([entry['article'], entry['paragraph'], entry['created'], entry['text']]);
	return `m${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 11)}`;
}

/** Version 0 (bare array, see above) → version 1. */
function fromVersion0(raw: unknown): unknown {
	const entries = raw as unknown[];
	const bookmarks: Bookmark[] = entries.map((entry, index) => {
		const where = `version 0 bookmark ${index + 1}`;
		if (!isRecord(entry)) {
			throw new StoreFormatError(`${where} is not an object`);
		}

		const {article, path, paragraph, text, note, created} = entry;
		if (typeof article !== 'string' || article === '' || !isIndex(paragraph) || typeof text !== 'string' || !isIsoTime(created)) {
			throw new StoreFormatError(`${where} lacks article, paragraph, text or created`);
		}

		if ((path !== undefined && typeof path !== 'string') || (note !== undefined && typeof note !== 'string')) {
			throw new StoreFormatError(`${where} has a path or note that is not text`);
		}

		return {
			id: migratedId(entry),
			articleId: article,
			articlePath: path ?? '',
			paragraph,
			fingerprint: '',
			excerpt: text,
			note: note ?? '',
			createdAt: new Date(created).toISOString(),
		};
	});
	return {version: 1, bookmarks};
}

const bookmarksPlan: MigrationPlan<StoreFileV1> = {
	steps: new Map([[0, fromVersion0]]),
	detectVersion: raw => (Array.isArray(raw) ? 0 : versionField(raw)),
	validate: validateStoreFile,
};

const positionsPlan: MigrationPlan<PositionsFileV1> = {
	steps: new Map(),
	detectVersion: versionField,
	validate: validatePositionsFile,
};

/** Any known bookmarks document → the current format, with the version it came from. */
export function migrateStoreFile(raw: unknown): Migrated<StoreFileV1> {
	return runMigrations(raw, bookmarksPlan);
}

/** Any known bookmarks document → the current format. Throws StoreFormatError or StoreVersionError. */
export function migrate(raw: unknown): StoreFileV1 {
	return migrateStoreFile(raw).data;
}

export function migratePositionsFile(raw: unknown): Migrated<PositionsFileV1> {
	return runMigrations(raw, positionsPlan);
}
