import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { StoreError } from '../core/errors.ts';
import { openStore } from './open-store.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-open-store-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('a SQLite path opens a store, creating missing parent directories', async () => {
  const file = path.join(tmp, 'nested', 'deeper', 'sitrep.db');
  const store = await openStore({ db: file });
  assert.deepEqual(await store.stats(), { documents: 0, incidents: 0, claims: 0 });
  await store.close();
  assert.ok(fs.existsSync(file));
});

for (const url of ['postgres://localhost/sitrep', 'postgresql://user@host:5432/db', 'POSTGRES://x/y']) {
  test(`${url} is refused until PostgreSQL support exists`, async () => {
    await assert.rejects(
      openStore({ db: url }),
      (error: unknown) => error instanceof StoreError && /PostgreSQL support is not available yet/.test(error.message),
    );
  });
}

test('a file that is not a database is a StoreError naming the path', async () => {
  const file = path.join(tmp, 'notes.txt');
  fs.writeFileSync(file, 'not a database at all, just some notes\n'.repeat(100));
  await assert.rejects(openStore({ db: file }), (error: unknown) => error instanceof StoreError && error.message.includes(file));
});

test('an empty setting is a StoreError', async () => {
  await assert.rejects(openStore({ db: '  ' }), StoreError);
});
