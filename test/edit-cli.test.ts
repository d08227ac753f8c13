/**
 * Across sources from the command line, in process, on a real SQLite file: two reports of one
 * attack become one incident that `show` explains; sources are listed and graded; claims are
 * rejected and edits undone; the audit trail exports as JSON and CSV; wrong usage exits 2.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli as run } from './helpers/run-cli.ts';

const WIRE = 'KABUL, March 3 (Frontier Wire) - Gunmen attacked a police checkpoint in Kabul on Sunday, killing four policemen and wounding two civilians, officials said. The Taliban claimed responsibility for the attack in a statement.';
const AGENCY = 'KABUL, March 4 (Hindu Kush Agency) - Five policemen were killed when gunmen stormed a police checkpoint in Kabul on Sunday, the Interior Ministry said on Monday. The Taliban said its fighters carried out the attack on the checkpoint.';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edit-cli-'));
  writeFileSync(join(dir, 'wire.txt'), WIRE);
  writeFileSync(join(dir, 'agency.txt'), AGENCY);
  return { dir, db: join(dir, 'sitrep.db') };
}

test('two reports of one attack: one incident, explained by show, with its sources and their grades', async () => {
  const { dir, db } = setup();
  assert.equal((await run(['ingest', join(dir, 'wire.txt'), '--db', db, '--published', '2024-03-03', '--outlet', 'Frontier Wire'])).code, 0);
  assert.equal((await run(['ingest', join(dir, 'agency.txt'), '--db', db, '--published', '2024-03-04', '--outlet', 'Hindu Kush Agency'])).code, 0);
  const { incidents } = JSON.parse((await run(['incidents', '--db', db, '--format', 'json'])).out) as { incidents: Array<{ id: string; documents: string[]; killed: { low: number; best: number; high: number } }> };
  assert.equal(incidents.length, 1, 'one incident from two documents');
  const [incident] = incidents;
  assert.equal(incident!.documents.length, 2);
  assert.deepEqual([incident!.killed.low, incident!.killed.best, incident!.killed.high], [4, 5, 5], 'the later report is best');

  const shown = await run(['show', incident!.id, '--db', db]);
  assert.match(shown.out, /merged from 2 reports/);
  assert.match(shown.out, /date: same day 2024-03-03/);
  assert.match(shown.out, /figures as reports came in:\n {2}killed: 2024-03-03 \S+: best 4 .* → {2}2024-03-04 \S+: best 5/);
  assert.match(shown.out, /credibility \d/);
  const json = JSON.parse((await run(['show', incident!.id, '--db', db, '--format', 'json'])).out) as { aliases: string[]; figure_history: { killed: unknown[] }; merge_evidence: unknown[] };
  assert.equal(json.aliases.length, 1);
  assert.equal((await run(['show', json.aliases[0]!, '--db', db, '--format', 'json'])).out.includes(`"id": "${incident!.id}"`), true, 'an alias finds the incident');

  const sources = JSON.parse((await run(['sources', 'list', '--db', db, '--format', 'json'])).out) as { sources: Array<{ id: string; name: string; reliability: string; claims: number }> };
  const ministry = sources.sources.find((s) => /interior/i.test(s.name));
  assert.ok(ministry, `a source for the ministry among ${sources.sources.map((s) => s.name).join(', ')}`);
  assert.equal(ministry!.reliability, 'F', 'cannot be judged until graded');
  const graded = await run(['sources', 'grade', ministry!.name, 'b', '--db', db, '--user', 'ana']);
  assert.equal(graded.code, 0, graded.err);
  assert.match((await run(['sources', 'list', '--db', db])).out, /^B .* \[/m);
  assert.equal((await run(['sources', 'grade', ministry!.name, 'G', '--db', db])).code, 2);
  assert.equal((await run(['sources', 'grade', 'Nobody Press', 'A', '--db', db])).code, 1);
});

test('reject a claim, undo it; the audit trail records both; usage errors exit 2', async () => {
  const { dir, db } = setup();
  await run(['ingest', dir, '--db', db, '--published', '2024-03-04']);
  const { incidents } = JSON.parse((await run(['incidents', '--db', db, '--format', 'json'])).out) as { incidents: Array<{ id: string; claims: Array<{ id: number; field: string; value: unknown }> }> };
  const five = incidents[0]!.claims.find((c) => c.field === 'killed' && c.value === 5)!;
  const rejected = await run(['reject-claim', String(five.id), '--why', 'early count', '--db', db, '--user', 'ana', '--note', 'checked the hospital list']);
  assert.equal(rejected.code, 0, rejected.err);
  const edit = /edit (\d+)/.exec(rejected.out)![1]!;
  const after = JSON.parse((await run(['show', incidents[0]!.id, '--db', db, '--format', 'json'])).out) as { killed: { best: number }; claims: Array<{ id: number; rejected?: { why: string } }> };
  assert.equal(after.killed.best, 4);
  assert.equal(after.claims.find((c) => c.id === five.id)!.rejected!.why, 'early count');
  assert.match((await run(['show', incidents[0]!.id, '--db', db])).out, /REJECTED by ana/);
  assert.equal((await run(['undo', edit, '--db', db, '--user', 'ana'])).code, 0);
  const audit = JSON.parse((await run(['audit', '--db', db, '--format', 'json'])).out) as { edits: Array<{ action: string; user: string; note: string; undone_by: string }> };
  assert.deepEqual(audit.edits.map((e) => [e.action, e.user, e.note, e.undone_by]), [['reject-claim', 'ana', 'checked the hospital list', 'ana']]);
  assert.match((await run(['audit', '--db', db, '--format', 'csv'])).out.split('\n')[0]!, /^id,at,user,action,target,note,undone_at,undone_by,payload$/);
  assert.equal((await run(['undo', edit, '--db', db])).code, 2, 'undone already');
  assert.equal((await run(['merge', incidents[0]!.id, '--db', db])).code, 2, 'one id is no merge');
  assert.equal((await run(['split', incidents[0]!.id, '--db', db])).code, 2, 'split needs --documents or --claims');
  assert.equal((await run(['reject-claim', 'abc', '--why', 'x', '--db', db])).code, 2);
  assert.equal((await run(['reject-claim', '99999', '--why', 'x', '--db', db])).code, 1);
  const stix = JSON.parse((await run(['show', incidents[0]!.id, '--db', db, '--format', 'stix'])).out) as { type: string; objects: Array<{ type: string }> };
  assert.equal(stix.type, 'bundle');
  assert.ok(stix.objects.some((o) => o.type === 'report'));
});
