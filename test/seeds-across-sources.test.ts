/**
 * The acceptance test across sources: the two founding documents and the team-written follow-up
 * reports of the same two attacks (early official figures, a wire story, a claim report, a
 * sceptical analysis, a syndicated copy: test/fixtures/seed-followups/) ingested one by one into
 * one database, as a user would. What must hold, and, printed, what does not yet.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../src/core/types.ts';
import { makeDocument } from '../src/ingest/make-document.ts';
import { attachSources } from '../src/pipeline/attach-sources.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';
import { extractDocument } from '../src/pipeline/extract-document.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(root, '..', 'shared', 'seeds');
const followups = join(root, 'test', 'fixtures', 'seed-followups');
const have = existsSync(seeds);
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-seeds-across-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface Entry { published: string; outlet: string; incident: string; kind: string; copy_of?: string }

function ingestAll() {
  const store = openSqliteStore(join(tmp, `seeds-${Date.now()}.db`));
  const deps = defaultDependencies();
  const ids = new Map<string, string>();
  const add = (path: string, published: string | null, outlet: string | null) => {
    const text = readFileSync(path, 'utf8');
    const { document, incidents } = extractDocument(makeDocument({ origin: path, format: 'text', text, metadata: {} }, { published, outlet }), deps);
    store.saveDocumentSync(document, attachSources(document, incidents, deps.countryOfWord));
    ids.set(path.split('/').pop()!, document.id);
  };
  add(join(seeds, '000_0c40954934d1f5fc.txt'), null, null);
  add(join(seeds, '003_5be5f5a9730e757b.txt'), null, null);
  const manifest = JSON.parse(readFileSync(join(followups, 'manifest.json'), 'utf8')) as Record<string, Entry>;
  for (const [file, entry] of Object.entries(manifest).sort()) add(join(followups, file), entry.published, entry.outlet);
  return { store, ids, manifest };
}

function incidentOf(store: ReturnType<typeof openSqliteStore>, documentId: string): Incident {
  const report = store.listReportsSync().find((r) => r.document === documentId && !r.background)!;
  return store.getIncidentSync(report.incident)!;
}

test('seeds and follow-ups: each attack is one incident with its sources side by side', { skip: !have && '../shared/seeds absent' }, () => {
  const { store, ids, manifest } = ingestAll();
  const aktobe = incidentOf(store, ids.get('000_0c40954934d1f5fc.txt')!);
  const ishqobod = incidentOf(store, ids.get('003_5be5f5a9730e757b.txt')!);
  assert.notEqual(aktobe.id, ishqobod.id);
  for (const [incident, label] of [[aktobe, 'aktobe-2016'], [ishqobod, 'ishqobod-2019']] as const) {
    const expected = Object.entries(manifest).filter(([, e]) => e.incident === label).map(([f]) => ids.get(f)!);
    const joined = expected.filter((d) => incident.documents.includes(d));
    console.log(`${label}: ${joined.length + 1} of ${expected.length + 1} documents in one incident (${incident.id}); not joined: ${expected.filter((d) => !joined.includes(d)).join(', ') || 'none'}`);
    assert.ok(joined.length >= 3, `${label}: the early report, the wire and its copy join the seed (${joined.length} joined)`);
    // the syndicated copy is linked to its original and joins the same incident
    const [copyFile, copy] = Object.entries(manifest).find(([, e]) => e.incident === label && e.copy_of)!;
    assert.equal(store.getDocumentSync(ids.get(copyFile)!)!.copy_of, ids.get(copy.copy_of!), `${copyFile} is a copy of ${copy.copy_of}`);
    assert.ok(incident.documents.includes(ids.get(copyFile)!));
    assert.ok(incident.figure_history!.killed.length >= 1);
    assert.ok(incident.merge_evidence!.length >= 3);
  }
  // Aktobe: the officials' 6 and the column's 20 stand side by side in one incident
  const killed = aktobe.claims.filter((c) => c.field === 'killed' && !('figure' in c && c.figure.partial));
  assert.ok(killed.some((c) => c.value === 6 && c.source_kind !== 'document'), 'an official 6');
  assert.ok(killed.some((c) => c.value === 20 && c.source === 'document'), 'the column\'s 20');
  assert.equal(aktobe.killed.best, 20);
  assert.equal(aktobe.killed.disputed, true);
  assert.ok(aktobe.perpetrators.some((p) => p.name === 'Islamic State'));
  // Ishqobod: 15 attackers and 2 of the state forces; "17 killed" counts everyone and agrees
  assert.equal(ishqobod.killed_perpetrators.best, 15);
  assert.equal(ishqobod.killed.best, 2);
  assert.ok(ishqobod.claims.some((c) => c.field === 'killed' && c.value === 17), 'the total stays a visible claim');
  const is = ishqobod.perpetrators.find((p) => p.name === 'Islamic State')!;
  assert.equal(is.status, 'disputed', 'claimed through Amaq, doubted by a researcher and an expert');
  assert.ok(ishqobod.claims.some((c) => c.field === 'perpetrator' && c.stance === 'claims' && /Amaq/.test(c.source)));
  assert.ok(ishqobod.claims.some((c) => c.field === 'perpetrator' && c.stance === 'doubts' && c.source === 'Kommersant'));
  const main = store.listIncidentsSync({ limit: 100 }).filter((i) => !i.background);
  console.log(`main incidents: ${main.length} (${main.map((i) => `${i.id} ${i.date ?? '-'} ${i.place?.name ?? '-'}`).join('; ')})`);
  store.closeSync();
});
