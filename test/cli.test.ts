/**
 * The CLI end to end, in process, against real files and a real SQLite database: a mixed batch
 * with bad inputs, re-ingesting as a no-op, queries, the JSON contract, and the README's CLI
 * reference naming every command.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildProgram } from '../src/cli/main.ts';
import { runCli } from './helpers/run-cli.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const run = runCli;

const REPORT = `KABUL, March 3 (Frontier Wire) - Gunmen attacked a police checkpoint in Kabul on Sunday, killing four policemen and wounding two civilians, officials said. The Taliban claimed responsibility for the attack in a statement.`;

function batch() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  writeFileSync(join(dir, 'good.txt'), REPORT);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 3, 4, 0, 5]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 bombing', 'latin1'));
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog');
  return dir;
}

test('ingest: a mixed batch stores the good document, names each bad input, exits 1', async () => {
  const dir = batch();
  const db = join(dir, 'out', 'sitrep.db');
  const r = await run(['ingest', dir, join(dir, 'missing.txt'), '--db', db, '--format', 'json', '--published', '2024-03-05']);
  assert.equal(r.code, 1);
  const summary = JSON.parse(r.out) as { added: number; failed: number; items: Array<{ origin: string; status: string; code?: string }> };
  assert.equal(summary.added, 1);
  const failed = new Map(summary.items.filter((i) => i.status === 'failed').map((i) => [i.origin.split('/').pop(), i.code]));
  assert.equal(failed.get('empty.txt'), 'EMPTY');
  assert.equal(failed.get('binary.txt'), 'BINARY');
  assert.equal(failed.get('latin1.txt'), 'INVALID_UTF8');
  assert.equal(failed.get('broken.pdf'), 'BAD_PDF');
  assert.equal(failed.get('missing.txt'), 'NOT_FOUND');
  const store = openSqliteStore(db);
  const stats = await store.stats();
  await store.close();
  assert.equal(stats.documents, 1, 'no partial document from the failures');

  const again = await run(['ingest', join(dir, 'good.txt'), '--db', db, '--format', 'json']);
  assert.equal(again.code, 0);
  assert.equal(JSON.parse(again.out).unchanged, 1, 're-ingesting the same text is a no-op');

  const list = await run(['incidents', '--db', db, '--format', 'json', '--country', 'AF']);
  const { incidents } = JSON.parse(list.out) as { incidents: Array<{ id: string; killed: { best: number } }> };
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]!.killed.best, 4);
  const shown = await run(['show', incidents[0]!.id, '--db', db]);
  assert.equal(shown.code, 0);
  assert.match(shown.out, /claims \(\d+\)/);
  const csv = await run(['incidents', '--db', db, '--format', 'csv']);
  assert.match(csv.out.split('\n')[0]!, /^eventid,iyear,imonth,iday/);
  const geo = JSON.parse((await run(['incidents', '--db', db, '--format', 'geojson'])).out) as { features: unknown[] };
  assert.equal(geo.features.length, 1);
  const missing = await run(['show', 'nope', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no incident nope/);
});

test('extract: the JSON contract from stdin, no database', async () => {
  const r = await run(['extract', '-', '--published', '2024-03-05'], REPORT);
  assert.equal(r.code, 0);
  const result = JSON.parse(r.out) as { documents: Array<{ id: string; published: string }>; incidents: Array<Record<string, unknown>> };
  assert.equal(result.documents.length, 1);
  assert.equal(result.documents[0]!.published, '2024-03-05');
  const incident = result.incidents[0]!;
  for (const key of ['id', 'date', 'place', 'attack_types', 'targets', 'victims', 'perpetrators', 'weapons', 'killed', 'killed_perpetrators', 'wounded', 'claims', 'related', 'documents']) {
    assert.ok(key in incident, `contract key ${key}`);
  }
  assert.equal(incident.date, '2024-03-03');
  const claims = incident.claims as Array<{ quote: string; start: number; end: number }>;
  for (const c of claims) assert.equal(REPORT.slice(c.start, c.end), c.quote);
});

test('usage errors exit 2 with one line', async () => {
  const r = await run(['incidents', '--on', '13-45', '--db', join(mkdtempSync(join(tmpdir(), 'sitrep-cli-')), 'x.db')]);
  assert.equal(r.code, 2);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('the README documents every command', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const names: string[] = [];
  const walk = (cmd: Command, prefix: string) => {
    for (const sub of cmd.commands) {
      const name = `${prefix}${sub.name()}`;
      if (sub.commands.length === 0) names.push(name);
      walk(sub, `${name} `);
    }
  };
  const ctx = { io: {} as never, out: () => {}, err: () => {}, settings: () => ({ db: '', maxBytes: 0 }), setExit: () => {}, now: () => new Date() };
  walk(buildProgram(ctx), '');
  assert.ok(names.length >= 8);
  for (const name of names) assert.ok(readme.includes(`sitrep ${name}`), `README names "sitrep ${name}"`);
});
