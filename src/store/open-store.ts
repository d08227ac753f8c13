import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/**
 * Open the store named by the settings: a `postgres://` or `postgresql://` URL, or else a SQLite
 * file path (its parent directory is created when missing).
 */
export async function openStore(settings: { db: string }): Promise<Store> {
  const target = settings.db.trim();
  if (target === '') throw new StoreError('No database given: set a SQLite file path');
  if (/^postgres(?:ql)?:\/\//i.test(target)) {
    throw new StoreError('PostgreSQL support is not available yet; use a SQLite file path');
  }
  if (target !== ':memory:') {
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw new StoreError(`${target}: cannot create the database directory: ${(error as Error).message}`, error);
    }
  }
  return openSqliteStore(target);
}
