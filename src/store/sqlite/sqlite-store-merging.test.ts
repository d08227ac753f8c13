/**
 * Incidents across documents on a real SQLite file: reports of one attack from several documents
 * merge into one incident with every claim kept, a copy is linked to its original, ids stay
 * stable (aliases), analysts' edits round-trip through undo and survive re-clustering, and the
 * partition does not depend on the order in which documents arrive.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { Claim, Incident, SourceDocument } from '../../core/types.ts';
import { deriveIncident } from '../../reconcile/derive-incident.ts';
import { openSqliteStore } from './sqlite-store.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-merging-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;
const dbPath = () => path.join(tmp, `merge-${++counter}.db`);
const user = { user: 'analyst', note: 'test' };

function doc(text: string, published: string, outlet: string): SourceDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: `d${hash.slice(0, 15)}`, hash, text, title: null, outlet, author: null, url: null, published, origin: null, format: 'text' };
}

const AKTOBE = { name: 'Aktobe', admin1: 'Aqtöbe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.28, lon: 57.21, precision: 'city' as const, id: 'gn:610611' };
const ALMATY = { name: 'Almaty', admin1: 'Almaty', country: 'Kazakhstan', country_code: 'KZ', lat: 43.25, lon: 76.95, precision: 'city' as const, id: 'gn:1526384' };

/** One document's incident: claims quoting its text. */
function report(d: SourceDocument, key: string, spec: { date: string; place: typeof AKTOBE; killed?: [number, string]; target?: string; group?: string }): Incident {
  const claim = (quote: string, body: Record<string, unknown>, source = 'document'): Claim => {
    const start = d.text.indexOf(quote);
    assert.ok(start >= 0, quote);
    return { source, source_kind: source === 'document' ? 'document' : 'official', stance: 'asserts', quote, document: d.id, start, end: start + quote.length, reported_at: d.published, ...body } as Claim;
  };
  const claims: Claim[] = [
    claim(d.text.split('.')[0]!, { field: 'date', value: spec.date }),
    claim(spec.place.name, { field: 'place', value: { ...spec.place, mention: spec.place.name } }),
    claim(d.text.split('.')[0]!, { field: 'attack_type', value: 'Armed Assault' }),
  ];
  if (spec.target) claims.push(claim(spec.target, { field: 'target', value: { text: spec.target, type: 'Business' } }));
  if (spec.group) claims.push(claim(spec.group, { field: 'perpetrator', value: { name: spec.group, kind: 'organization', status: 'blamed' } }));
  if (spec.killed) {
    const [n, source] = spec.killed;
    claims.push(claim(`${n} people were killed`, { field: 'killed', value: n, figure: { value: n, low: n, high: n, qualifier: 'exact', derived: false } }, source));
  }
  return deriveIncident(`${d.id}-${key}`, claims, { documents: [d.id] });
}

function corpus() {
  const early = doc('Gunmen attacked gun shops in Aktobe on Sunday. Officials said 6 people were killed in the attack on the gun shops.', '2016-06-05', 'Steppe Wire');
  const wire = doc('Attackers raided gun shops and an army unit in Aktobe on 5 June. The Interior Ministry said 17 people were killed as gunmen hit gun shops; Islamic State was blamed by police. Residents described hours of shooting around the gun shops and the army unit.', '2016-06-06', 'Meridian Wire');
  const copy = doc(`CENTRAL ASIA NEWSWATCH\n\n${wire.text}\n\nShare this story.`, '2016-06-06', 'Newswatch');
  const column = doc('On this day in 2016 attackers struck gun shops in Aktobe. The column says 20 people were killed at the gun shops and a base.', '2019-06-05', 'Borealis');
  const other = doc('A bomb exploded at a bus station in Almaty. Police said 3 people were killed near the bus station.', '2016-06-06', 'Steppe Wire');
  return [
    { d: early, incidents: [report(early, '1', { date: '2016-06-05', place: AKTOBE, killed: [6, 'officials'], target: 'gun shops' })] },
    { d: wire, incidents: [report(wire, '1', { date: '2016-06-05', place: AKTOBE, killed: [17, 'Interior Ministry'], target: 'gun shops', group: 'Islamic State' })] },
    { d: copy, incidents: [report(copy, '1', { date: '2016-06-05', place: AKTOBE, killed: [17, 'Interior Ministry'], target: 'gun shops', group: 'Islamic State' })] },
    { d: column, incidents: [report(column, '1', { date: '2016-06-05', place: AKTOBE, killed: [20, 'document'], target: 'gun shops' })] },
    { d: other, incidents: [report(other, '1', { date: '2016-06-06', place: ALMATY, killed: [3, 'Police'], target: 'bus station' })] },
  ];
}

describe('SQLite store: incidents across sources', () => {
  test('four reports of one attack are one incident; the Almaty bombing stays apart; the copy is linked', () => {
    const store = openSqliteStore(dbPath());
    const items = corpus();
    for (const { d, incidents } of items) store.saveDocumentSync(d, incidents);
    assert.equal(store.statsSync().incidents, 2);
    const aktobe = store.getIncidentSync(items[0]!.incidents[0]!.id)!;
    assert.equal(aktobe.id, items[0]!.incidents[0]!.id, 'the first report names the incident');
    assert.equal(aktobe.documents.length, 4);
    assert.deepEqual(new Set(aktobe.aliases), new Set(items.slice(1, 4).map((x) => x.incidents[0]!.id)));
    assert.equal(store.getIncidentSync(items[3]!.incidents[0]!.id)!.id, aktobe.id, 'an alias answers for the incident');
    assert.equal(store.getDocumentSync(items[2]!.d.id)!.copy_of, items[1]!.d.id, 'the syndicated copy points at its original');
    // officials 6, the ministry 17 (the copy restates it and does not count twice), the column's 20 (latest) is best
    assert.deepEqual(aktobe.killed, { low: 6, best: 20, high: 20, disputed: true });
    assert.deepEqual(aktobe.figure_history!.killed.map((s) => s.best), [6, 17, 20]);
    assert.ok(aktobe.merge_evidence!.length >= 3 && aktobe.merge_evidence!.every((e) => e.score >= 4.5 && e.notes.length > 0));
    const ministry = aktobe.claims.filter((c) => c.field === 'killed' && c.value === 17);
    assert.equal(ministry.length, 2, 'the copy\'s claim is kept, visibly');
    assert.equal(ministry.filter((c) => c.copy_of).length, 1);
    assert.ok(aktobe.sources!.some((s) => s.name === 'Meridian Wire'));
    for (const c of aktobe.claims) assert.ok(typeof c.id === 'number' && c.credibility! >= 1 && c.credibility! <= 6);
    store.closeSync();
  });

  test('the partition does not depend on the order in which documents arrive', () => {
    const items = corpus();
    const partition = (order: number[]) => {
      const store = openSqliteStore(dbPath());
      for (const i of order) store.saveDocumentSync(items[i]!.d, items[i]!.incidents);
      const groups = new Map<string, string[]>();
      for (const r of store.listReportsSync()) groups.set(r.incident, [...(groups.get(r.incident) ?? []), r.report].sort());
      store.closeSync();
      return [...groups.values()].map((g) => g.join(',')).sort();
    };
    const base = partition([0, 1, 2, 3, 4]);
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 3, 1], [3, 4, 1, 0, 2], [1, 3, 0, 2, 4]]) assert.deepEqual(partition(order), base, order.join(''));
  });

  test('merge, split, move-claim, reject-claim and grades: audited, undone, and kept by re-clustering', async () => {
    const store = openSqliteStore(dbPath());
    const items = corpus();
    for (const { d, incidents } of items.slice(0, 2)) store.saveDocumentSync(d, incidents);
    store.saveDocumentSync(items[4]!.d, items[4]!.incidents);
    const aktobe = items[0]!.incidents[0]!.id;
    const almaty = items[4]!.incidents[0]!.id;
    const before = (await store.getIncident(aktobe))!;

    // an analyst splits the wire off: the split holds when the column arrives and would pull it back
    const split = await store.splitIncident(aktobe, { documents: [items[1]!.d.id] }, user);
    assert.equal(store.statsSync().incidents, 3);
    store.saveDocumentSync(items[3]!.d, items[3]!.incidents);
    const wireIncident = store.listReportsSync().find((r) => r.report === items[1]!.incidents[0]!.id)!.incident;
    assert.notEqual(store.listReportsSync().find((r) => r.report === aktobe)!.incident, wireIncident, 'automatic re-clustering keeps the split');
    await store.undoEdit(split.edit, user);
    assert.equal(store.listReportsSync().find((r) => r.report === items[1]!.incidents[0]!.id)!.incident, aktobe, 'undo joins them again');

    // merge two incidents by hand, then undo
    const merged = await store.mergeIncidents([aktobe, almaty], user);
    assert.deepEqual(merged.incidents, [aktobe]);
    assert.equal((await store.getIncident(almaty))!.id, aktobe);
    await store.undoEdit(merged.edit, user);
    assert.equal((await store.getIncident(almaty))!.id, almaty);

    // reject the officials' 6: it stays visible but leaves the values; undo restores them
    const six = (await store.getIncident(aktobe))!.claims.find((c) => c.field === 'killed' && c.value === 6)!;
    const rejected = await store.rejectClaim(six.id!, 'early figure, superseded', user);
    const after = (await store.getIncident(aktobe))!;
    assert.equal(after.killed.low, 17);
    assert.equal(after.claims.find((c) => c.id === six.id)!.rejected!.why, 'early figure, superseded');
    await store.undoEdit(rejected.edit, user);
    assert.equal((await store.getIncident(aktobe))!.killed.low, 6);

    // move a claim to the Almaty incident and back
    const moved = await store.moveClaim(six.id!, almaty, user);
    assert.ok((await store.getIncident(almaty))!.claims.some((c) => c.id === six.id));
    await store.undoEdit(moved.edit, user);
    assert.ok((await store.getIncident(aktobe))!.claims.some((c) => c.id === six.id));

    // split claims off into an incident of their own, and back
    const claimSplit = await store.splitIncident(aktobe, { claims: [six.id!] }, user);
    const own = claimSplit.incidents[1]!;
    assert.deepEqual((await store.getIncident(own))!.claims.map((c) => c.id), [six.id]);
    await store.undoEdit(claimSplit.edit, user);
    assert.equal(await store.getIncident(own), null);
    assert.ok((await store.getIncident(aktobe))!.claims.some((c) => c.id === six.id));

    // an unreliable source's figure is not best while a better one exists; undo the grade
    const graded = await store.gradeSource('Borealis', 'E', user);
    assert.equal((await store.getIncident(aktobe))!.killed.best, 17);
    await store.undoEdit(graded.edit, user);
    assert.equal((await store.getIncident(aktobe))!.killed.best, 20);

    const audit = await store.listEdits();
    assert.deepEqual(audit.map((e) => e.action), ['split', 'merge', 'reject-claim', 'move-claim', 'split', 'grade-source']);
    assert.ok(audit.every((e) => e.user === 'analyst' && e.note === 'test' && e.undone_at !== null));
    await assert.rejects(store.undoEdit(split.edit, user), /undone already/);
    await assert.rejects(store.undoEdit(999, user), /no edit 999/);
    await assert.rejects(store.mergeIncidents([aktobe, aktobe], user), /already one incident/);
    assert.ok(before.claims.length > 0);
    store.closeSync();
  });
});
