import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError, UsageError } from '../../core/errors.ts';
import type { Claim, Incident, ReconciledFigure, ResolvedPlace, SourceDocument } from '../../core/types.ts';
import type { IncidentFilter } from '../store.ts';
import { incidentFilterSql, pageBounds } from './incident-filter-sql.ts';
import { schemaVersion } from './migrate.ts';
import { openSqliteStore, type SqliteStore } from './sqlite-store.ts';
import { withoutStoreFields } from '../store-fields.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-sqlite-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;
const dbPath = (): string => path.join(tmp, `store-${++counter}.db`);
const fixedClock = (): Date => new Date('2024-01-02T03:04:05.000Z');

function makeDocument(text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return {
    id: `doc-${hash.slice(0, 12)}`,
    hash,
    text,
    title: null,
    outlet: null,
    author: null,
    url: null,
    published: null,
    origin: null,
    format: 'text',
    ...extra,
  };
}

const noFigure: ReconciledFigure = { low: null, best: null, high: null, disputed: false };
const figure = (low: number, best: number, high: number, disputed = false): ReconciledFigure => ({
  low,
  best,
  high,
  disputed,
});

function place(name: string, country: string, code: string, lat: number, lon: number, id?: string): ResolvedPlace {
  const result: ResolvedPlace = { name, admin1: null, country, country_code: code, lat, lon, precision: 'city' };
  if (id !== undefined) result.id = id;
  return result;
}

/** A claim quoting `quote` in `document`, with its real offsets. */
function quoteClaim(document: SourceDocument, quote: string, claim: Record<string, unknown>): Claim {
  const start = document.text.indexOf(quote);
  assert.ok(start >= 0, `quote "${quote}" not in document`);
  return {
    source: 'document',
    source_kind: 'document',
    stance: 'asserts',
    quote,
    document: document.id,
    start,
    end: start + quote.length,
    reported_at: document.published,
    ...claim,
  } as Claim;
}

function makeIncident(id: string, document: SourceDocument, fields: Partial<Incident> = {}): Incident {
  return {
    id,
    date: null,
    place: null,
    places_mentioned: [],
    attack_types: [],
    targets: [],
    victims: [],
    perpetrators: [],
    weapons: [],
    killed: noFigure,
    killed_perpetrators: noFigure,
    wounded: noFigure,
    kidnapped: noFigure,
    claims: [],
    related: [],
    documents: [document.id],
    ...fields,
  };
}

const aktobeText =
  'On 5 June 2016 gunmen attacked two gun shops and an army unit in Aktobe. Officials said 6 people were killed. ' +
  'A later report said 20 were killed and at least nine soldiers were wounded. Police blamed Islamic State.';

function aktobe(): { document: SourceDocument; incident: Incident } {
  const document = makeDocument(aktobeText, {
    title: 'Attack in Aktobe',
    outlet: 'Example Wire',
    author: 'A. Writer',
    url: 'https://example.org/aktobe',
    published: '2016-06-06',
    origin: '/tmp/aktobe.txt',
  });
  const location = place('Aktobe', 'Kazakhstan', 'KZ', 50.28, 57.17, 'geo-610611');
  const claims: Claim[] = [
    quoteClaim(document, 'On 5 June 2016', { field: 'date', value: '2016-06-05' }),
    quoteClaim(document, 'Aktobe', { field: 'place', value: { ...location, mention: 'Aktobe' } }),
    quoteClaim(document, '6 people were killed', {
      field: 'killed',
      value: 6,
      source: 'officials',
      source_kind: 'official',
      figure: { value: 6, low: 6, high: 6, qualifier: 'exact', derived: false },
    }),
    quoteClaim(document, '20 were killed', {
      field: 'killed',
      value: 20,
      figure: { value: 20, low: 20, high: 20, qualifier: 'exact', derived: false },
    }),
    quoteClaim(document, 'at least nine soldiers were wounded', {
      field: 'wounded',
      value: 9,
      figure: { value: 9, low: 9, high: null, qualifier: 'at_least', derived: false },
    }),
    quoteClaim(document, 'Islamic State', {
      field: 'perpetrator',
      value: { name: 'Islamic State', kind: 'organization', status: 'blamed' },
      source: 'Police',
      source_kind: 'official',
      stance: 'asserts',
    }),
  ];
  const incident = makeIncident('inc-aktobe', document, {
    date: '2016-06-05',
    place: location,
    places_mentioned: [place('Almaty', 'Kazakhstan', 'KZ', 43.25, 76.95)],
    attack_types: ['Armed Assault', 'Hijacking'],
    targets: [{ text: 'gun shops', type: 'Business' }, { text: 'army unit', type: 'Military' }],
    victims: [{ text: 'soldiers' }],
    perpetrators: [{ name: 'Islamic State', kind: 'organization', status: 'blamed' }],
    weapons: [{ text: 'guns', type: 'Firearms' }],
    killed: figure(6, 20, 20, true),
    wounded: { low: 9, best: 9, high: null, disputed: false },
    claims,
    related: ['inc-aktobe-bus'],
  });
  return { document, incident };
}

describe('SQLite store: opening and migrations', () => {
  test('creates the schema in an empty file, with WAL and foreign keys', () => {
    const file = dbPath();
    const store = openSqliteStore(file);
    assert.equal(store.db.pragma('user_version', { simple: true }), schemaVersion);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok(Number(store.db.pragma('busy_timeout', { simple: true })) > 0);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    for (const table of [
      'documents',
      'documents_fts',
      'incidents',
      'incident_documents',
      'claims',
      'actors',
      'incident_actors',
      'places',
      'incident_places',
      'incident_attack_types',
    ]) {
      assert.ok(tables.includes(table), `table ${table}`);
    }
    store.closeSync();
  });

  test('re-opening is idempotent and keeps the data', async () => {
    const file = dbPath();
    const { document, incident } = aktobe();
    const first = openSqliteStore(file);
    await first.saveDocument(document, [incident]);
    await first.close();
    const second = openSqliteStore(file);
    assert.equal(second.db.pragma('user_version', { simple: true }), schemaVersion);
    assert.deepEqual(await second.stats(), { documents: 1, incidents: 1, claims: incident.claims.length });
    await second.close();
    const readonly = openSqliteStore(file, { readonly: true });
    assert.deepEqual(withoutStoreFields((await readonly.getIncident(incident.id))!), incident);
    await readonly.close();
  });

  test('a file that is not a SQLite database gives a one-line StoreError naming the path', () => {
    const file = path.join(tmp, 'not-a-db.db');
    fs.writeFileSync(file, 'this is plain text, not a database\n'.repeat(50));
    assert.throws(
      () => openSqliteStore(file),
      (error: unknown) =>
        error instanceof StoreError && error.message.includes(file) && !error.message.includes('\n') && /not a SQLite database/.test(error.message),
    );
  });

  test('a database from a newer schema is refused', () => {
    const file = dbPath();
    const raw = new Database(file);
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    assert.throws(() => openSqliteStore(file), (error: unknown) => error instanceof StoreError && /newer/.test(error.message));
  });

  test('read-only opening of a missing file is a StoreError', () => {
    assert.throws(() => openSqliteStore(path.join(tmp, 'missing.db'), { readonly: true }), StoreError);
  });
});

describe('SQLite store: saving and reading', () => {
  test('save then get round-trips every contract field', async () => {
    const store = openSqliteStore(dbPath(), { now: fixedClock });
    const { document, incident } = aktobe();
    assert.equal(await store.hasDocument(document.hash), false);
    const result = await store.saveDocument(document, [incident]);
    assert.deepEqual(result, { status: 'added', documentId: document.id, incidentIds: [incident.id] });
    assert.equal(await store.hasDocument(document.hash), true);
    assert.deepEqual(await store.getDocument(document.id), document);
    assert.deepEqual(withoutStoreFields((await store.getIncident(incident.id))!), incident);
    assert.equal(await store.getIncident('nope'), null);
    assert.equal(await store.getDocument('nope'), null);
    for (const claim of (await store.getIncident(incident.id))!.claims) {
      assert.equal(document.text.slice(claim.start, claim.end), claim.quote);
    }
    await store.close();
  });

  test('the same hash again is unchanged and writes nothing', async () => {
    const store = openSqliteStore(dbPath());
    const { document, incident } = aktobe();
    await store.saveDocument(document, [incident]);
    const before = await store.stats();
    const changedIncident = { ...incident, date: '1999-01-01' };
    const again = await store.saveDocument(document, [changedIncident, makeIncident('inc-other', document)]);
    assert.deepEqual(again, { status: 'unchanged', documentId: document.id, incidentIds: [incident.id] });
    assert.deepEqual(await store.stats(), before);
    assert.equal((await store.getIncident(incident.id))!.date, '2016-06-05');
    await store.close();
  });

  test('a second document giving the same incident id joins that incident: claims added, values derived from all claims, links kept', async () => {
    const store = openSqliteStore(dbPath());
    const { document, incident } = aktobe();
    await store.saveDocument(document, [incident]);
    const second = makeDocument('Kommersant: 25 were killed in Aktobe, an expert said.', { published: '2016-06-08' });
    const newClaim = quoteClaim(second, '25 were killed', {
      field: 'killed',
      value: 25,
      source: 'Kommersant',
      source_kind: 'media',
      figure: { value: 25, low: 25, high: 25, qualifier: 'exact', derived: false },
    });
    const saved = await store.saveDocument(second, [{ ...incident, claims: [...incident.claims, newClaim], documents: [second.id] }]);
    assert.deepEqual(saved.incidentIds, [incident.id], 'the stored incident keeps its id');
    const merged = (await store.getIncident(incident.id))!;
    assert.deepEqual(merged.killed, figure(6, 25, 25, true), 'the later report is best; 6 and 25 cannot both hold');
    assert.deepEqual(merged.documents, [document.id, second.id]);
    assert.equal(merged.claims.length, incident.claims.length + 1, 'claims of other documents are stored with those documents only');
    assert.deepEqual(merged.aliases, [`${second.id}~${incident.id}`]);
    assert.equal((await store.getIncident(`${second.id}~${incident.id}`))!.id, incident.id, 'an alias finds the incident');
    assert.deepEqual(await store.stats(), { documents: 2, incidents: 1, claims: incident.claims.length + 1 });
    const third = makeDocument('Aktobe, again: 20 killed.');
    await store.saveDocument(third, [{ ...incident, claims: [], documents: [third.id] }]);
    assert.deepEqual((await store.getIncident(incident.id))!.documents, [document.id, second.id, third.id]);
    await store.close();
  });

  test('a failing write rolls back every row of the document (trigger raises on a claim)', async () => {
    const file = dbPath();
    const store = openSqliteStore(file);
    const other = aktobe();
    await store.saveDocument(other.document, [other.incident]);
    const before = await store.stats();

    const raw = new Database(file);
    raw.exec(
      "CREATE TRIGGER fail_on_boom BEFORE INSERT ON claims WHEN new.quote = 'BOOM' BEGIN SELECT RAISE(ABORT, 'boom refused'); END;",
    );
    raw.close();

    const document = makeDocument('Quiet text. Then BOOM in Kabul.', { published: '2020-01-01' });
    const good = makeIncident('inc-good', document, {
      date: '2020-01-01',
      attack_types: ['Bombing/Explosion'],
      perpetrators: [{ name: 'Unknown Group', kind: 'organization', status: 'suspected' }],
      place: place('Kabul', 'Afghanistan', 'AF', 34.5, 69.2),
      claims: [quoteClaim(document, 'Quiet text', { field: 'date', value: '2020-01-01' })],
    });
    const bad = makeIncident('inc-bad', document, {
      claims: [quoteClaim(document, 'BOOM', { field: 'attack_type', value: 'Bombing/Explosion' })],
    });
    await assert.rejects(
      store.saveDocument(document, [good, bad]),
      (error: unknown) => error instanceof StoreError && /boom refused/.test(error.message) && /nothing of it was written/.test(error.message),
    );
    assert.deepEqual(await store.stats(), before);
    assert.equal(await store.hasDocument(document.hash), false);
    assert.equal(await store.getIncident('inc-good'), null);
    const count = (sql: string): number => (store.db.prepare(sql).get() as { n: number }).n;
    assert.equal(count("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'quiet'"), 0);
    assert.equal(count("SELECT count(*) AS n FROM actors WHERE name = 'Unknown Group'"), 0);
    assert.equal(count("SELECT count(*) AS n FROM places WHERE name = 'Kabul'"), 0);
    assert.equal(count("SELECT count(*) AS n FROM incident_attack_types WHERE incident_id = 'inc-good'"), 0);
    assert.equal(count("SELECT count(*) AS n FROM incident_documents WHERE document_id = '" + document.id + "'"), 0);
    // The store is still usable afterwards.
    const fine = makeDocument('Another quiet text.');
    assert.equal((await store.saveDocument(fine, [])).status, 'added');
    await store.close();
  });

  test('a malformed claim (non-integer offset) rolls back the whole document', async () => {
    const store = openSqliteStore(dbPath());
    const document = makeDocument('Malformed claim text.');
    const claim = { ...quoteClaim(document, 'Malformed', { field: 'date', value: '2020' }), start: 'first' } as unknown as Claim;
    const incident = makeIncident('inc-malformed', document, { claims: [claim] });
    await assert.rejects(store.saveDocument(document, [incident]), StoreError);
    assert.deepEqual(await store.stats(), { documents: 0, incidents: 0, claims: 0 });
    await store.close();
  });

  test('saveDocumentsBatch keeps good documents and reports a failed one', () => {
    const store = openSqliteStore(dbPath());
    const a = makeDocument('Batch one.');
    const b = makeDocument('Batch two.');
    const bad = { ...quoteClaim(b, 'Batch', { field: 'date', value: '2020' }), end: 1.5 } as Claim;
    const results = store.saveDocumentsBatch([
      { document: a, incidents: [makeIncident('inc-a', a)] },
      { document: b, incidents: [makeIncident('inc-b', b, { claims: [bad] })] },
      { document: a, incidents: [] },
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['added', 'failed', 'unchanged'],
    );
    assert.deepEqual(store.statsSync(), { documents: 1, incidents: 1, claims: 0 });
    store.closeSync();
  });
});

describe('SQLite store: filters', async () => {
  const store: SqliteStore = openSqliteStore(dbPath());
  const docs = {
    kz: makeDocument('Gunmen attacked a gun shop in Aktobe. Islamic State was blamed.'),
    tj: makeDocument('Attack on the Ishqobod border post. Amaq claimed it for the Islamic State.'),
    af: makeDocument('A suicide bombing at a Kabul market; the Taliban denied involvement.'),
    ng: makeDocument('Boko Haram kidnapped students in Chibok.'),
    undated: makeDocument('On an unknown year, on 5 June, a bomb exploded in Niamey.'),
  };
  const incidents: Record<string, Incident> = {
    kz: makeIncident('kz-2016', docs.kz, {
      date: '2016-06-05',
      place: place('Aktobe', 'Kazakhstan', 'KZ', 50.28, 57.17),
      attack_types: ['Armed Assault'],
      perpetrators: [{ name: 'Islamic State', kind: 'organization', status: 'blamed' }],
      killed: figure(6, 20, 20, true),
    }),
    tj: makeIncident('tj-2019', docs.tj, {
      date: '2019-11-06',
      place: place('Ishqobod', 'Tajikistan', 'TJ', 37.6, 68.6),
      attack_types: ['Armed Assault'],
      perpetrators: [{ name: 'Islamic State', kind: 'organization', status: 'claimed' }],
      killed: figure(2, 2, 2),
    }),
    af: makeIncident('af-2018', docs.af, {
      date: '2018-06',
      place: place('Kabul', 'Afghanistan', 'AF', 34.53, 69.17),
      attack_types: ['Bombing/Explosion'],
      perpetrators: [{ name: 'Taliban', kind: 'organization', status: 'suspected' }],
      killed: figure(30, 40, 50),
    }),
    ng: makeIncident('ng-2014', docs.ng, {
      date: '2014',
      place: place('Chibok', 'Nigeria', 'NG', 10.87, 12.84),
      attack_types: ['Hostage Taking (Kidnapping)'],
      perpetrators: [{ name: 'Boko Haram', kind: 'organization', status: 'blamed' }],
    }),
    undated: makeIncident('ne-undated', docs.undated, {
      date: '--06-05',
      place: place('Niamey', 'Niger', 'NE', 13.51, 2.11),
      attack_types: ['Bombing/Explosion'],
    }),
    fiji: makeIncident('fj-2010', docs.undated, {
      date: '2010-06-05',
      place: place('Suva', 'Fiji', 'FJ', -18.14, 178.44),
    }),
  };
  for (const key of ['kz', 'tj', 'af', 'ng'] as const) await store.saveDocument(docs[key], [incidents[key]!]);
  await store.saveDocument(docs.undated, [incidents.undated!, incidents.fiji!]);
  after(() => store.closeSync());

  const rows: Array<[IncidentFilter, string[]]> = [
    [{}, ['fj-2010', 'ng-2014', 'kz-2016', 'af-2018', 'tj-2019', 'ne-undated']],
    [{ from: '2016-01-01' }, ['kz-2016', 'af-2018', 'tj-2019']],
    [{ from: '2016-06-06' }, ['af-2018', 'tj-2019']],
    [{ to: '2016-06-05' }, ['fj-2010', 'ng-2014', 'kz-2016']],
    [{ from: '2018-06-01', to: '2018-06-01' }, ['af-2018']], // partial date compares by its first day
    [{ from: '2014', to: '2014' }, ['ng-2014']],
    [{ from: '2019-11', to: '2019-11' }, ['tj-2019']],
    [{ onDay: '06-05' }, ['fj-2010', 'kz-2016', 'ne-undated']],
    [{ onDay: '--06-05' }, ['fj-2010', 'kz-2016', 'ne-undated']],
    [{ onDay: '11-06' }, ['tj-2019']],
    [{ country: 'kz' }, ['kz-2016']],
    [{ country: 'TJ' }, ['tj-2019']],
    [{ country: 'afghanistan' }, ['af-2018']],
    [{ country: 'NIGER' }, ['ne-undated']],
    [{ actor: 'islamic' }, ['kz-2016', 'tj-2019']],
    [{ actor: 'HARAM' }, ['ng-2014']],
    [{ actor: 'nobody' }, []],
    [{ attackType: 'armed assault' }, ['kz-2016', 'tj-2019']],
    [{ attackType: 'Bombing/Explosion' }, ['af-2018', 'ne-undated']],
    [{ minKilled: 20 }, ['kz-2016', 'af-2018']],
    [{ minKilled: 0 }, ['kz-2016', 'af-2018', 'tj-2019']],
    [{ text: 'gun' }, ['kz-2016']],
    [{ text: 'islamic AND state' }, ['kz-2016', 'tj-2019']],
    [{ text: '"suicide bombing"' }, ['af-2018']],
    [{ text: 'bomb*' }, ['fj-2010', 'af-2018', 'ne-undated']],
    [{ bbox: [50, 30, 75, 55] }, ['kz-2016', 'af-2018', 'tj-2019']],
    [{ bbox: [170, -30, -170, 0] }, ['fj-2010']], // across the antimeridian
    [{ country: 'KZ', actor: 'islamic', minKilled: 1, from: '2016' }, ['kz-2016']],
    [{ limit: 2 }, ['fj-2010', 'ng-2014']],
    [{ limit: 2, offset: 2 }, ['kz-2016', 'af-2018']],
    [{ offset: 5 }, ['ne-undated']],
  ];
  for (const [filter, expected] of rows) {
    test(`listIncidents ${JSON.stringify(filter)}`, async () => {
      assert.deepEqual(
        (await store.listIncidents(filter)).map((i) => i.id),
        expected,
      );
      const { limit: _l, offset: _o, ...unpaged } = filter;
      const all = (await store.listIncidents(unpaged)).length;
      assert.equal(await store.countIncidents(filter), all);
      // Linked-table filters give the same rows whichever way they are written.
      const { where, params } = incidentFilterSql(filter, { actor: 'check', attackType: 'check', text: 'check' });
      const { limit, offset } = pageBounds(filter);
      const checked = store.db
        .prepare(`SELECT i.id FROM incidents i ${where} ORDER BY i.sort_date, i.id LIMIT ? OFFSET ?`)
        .pluck()
        .all(...params, limit, offset);
      assert.deepEqual(checked, expected);
    });
  }

  test('listed incidents carry their claims and documents', async () => {
    const [kz] = await store.listIncidents({ country: 'KZ' });
    assert.deepEqual(kz, incidents.kz);
    const pair = await store.listIncidents({ onDay: '06-05' });
    assert.deepEqual(
      pair.map((i) => i.documents),
      [[docs.undated.id], [docs.kz.id], [docs.undated.id]],
    );
  });

  const invalid: Array<[IncidentFilter, RegExp]> = [
    [{ text: 'AND OR' }, /full-text query/],
    [{ text: '"unterminated' }, /full-text query/],
    [{ text: 'nosuchcolumn: x' }, /full-text query/],
    [{ from: '5 June' }, /from date/],
    [{ to: '2016-6-5' }, /to date/],
    [{ onDay: '13-01' }, /calendar day/],
    [{ bbox: [10, 50, 20, 40] }, /bounding box/],
    [{ limit: -1 }, /limit/],
    [{ offset: 1.5 }, /offset/],
    [{ minKilled: Number.NaN }, /minimum killed/],
  ];
  for (const [filter, message] of invalid) {
    test(`invalid filter ${JSON.stringify(filter)} is a UsageError`, async () => {
      await assert.rejects(store.listIncidents(filter), (e: unknown) => e instanceof UsageError && message.test(e.message));
      await assert.rejects(store.countIncidents(filter), UsageError);
    });
  }
});
