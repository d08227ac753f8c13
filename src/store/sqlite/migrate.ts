import type Database from 'better-sqlite3';
import { StoreError } from '../../core/errors.ts';
import { migrations } from './migrations.ts';

/** The schema version a fully migrated database reports in `PRAGMA user_version`. */
export const schemaVersion = migrations.length;

/**
 * Bring the database to the latest schema: every pending migration runs in order, all of them in
 * one transaction, and `user_version` records how far it got. Returns the number applied.
 */
export function applyMigrations(db: Database.Database, path: string): number {
  const current = readUserVersion(db);
  if (current > schemaVersion) {
    throw new StoreError(
      `${path}: database schema version ${current} is newer than this sitrep supports (${schemaVersion})`,
    );
  }
  if (current === schemaVersion) return 0;
  const run = db.transaction(() => {
    for (let version = current; version < schemaVersion; version++) {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
  try {
    run.immediate();
  } catch (error) {
    throw new StoreError(`${path}: schema migration failed: ${firstLine(error)}`, error);
  }
  return schemaVersion - current;
}

/** Check, without writing, that a database opened read-only has the current schema. */
export function checkSchemaVersion(db: Database.Database, path: string): void {
  const current = readUserVersion(db);
  if (current > schemaVersion) {
    throw new StoreError(
      `${path}: database schema version ${current} is newer than this sitrep supports (${schemaVersion})`,
    );
  }
  if (current < schemaVersion) {
    throw new StoreError(
      `${path}: database schema version ${current} needs migrating to ${schemaVersion}; open it once read-write`,
    );
  }
}

export function readUserVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
