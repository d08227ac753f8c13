/** The read side of the HTTP API over loopback, on a real SQLite file: lists with filters and paging, an incident and its alias, a document's spans, exports, briefs, coverage. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeSite } from '../geo/coverage/site.ts';
import { IncidentSchema } from './schemas.ts';
import { startTestServer, type TestServer } from './start-test-server.ts';

let s: TestServer;
let kabul: string;
let djibo: string;
before(async () => {
  s = await startTestServer();
  await s.store.saveSite(makeSite({ name: 'Kabul outpost', lat: 34.6, lon: 69.2, range: '15-20km', kind: 'checkpoint' }));
  kabul = `${s.documents.get('kabul-wire.txt')}-1`;
  djibo = `${s.documents.get('djibo.txt')}-1`;
});
after(() => s.close());

const ids = (body: { incidents: Array<{ id: string }> }) => body.incidents.map((i) => i.id).sort();

test('GET /api/incidents: every filter, table-driven', async () => {
  const cases: Array<[string, () => string[]]> = [
    ['', () => [djibo, kabul].sort()],
    ['?country=AF', () => [kabul]],
    ['?country=Burkina%20Faso', () => [djibo]],
    ['?from=2024-01-01', () => [kabul]],
    ['?to=2023-12-31', () => [djibo]],
    ['?from=2023-11-08&to=2023-11-08', () => [djibo]],
    ['?on=03-03', () => [kabul]],
    ['?on=01-01', () => []],
    ['?actor=taliban', () => [kabul]],
    ['?actor=JNIM', () => []],
    ['?actor=nusrat', () => [djibo]],
    ['?type=Armed%20Assault', () => [djibo, kabul].sort()],
    ['?type=Hijacking', () => []],
    ['?min_killed=10', () => [djibo]],
    ['?min_killed=5', () => [djibo, kabul].sort()],
    ['?text=gendarmerie', () => [djibo]],
    ['?text=checkpoint', () => [kabul]],
    ['?bbox=60,29,75,38', () => [kabul]],
    ['?bbox=-6,9,3,16', () => [djibo]],
    ['?near=34.53,69.17&within_km=25', () => [kabul]],
    ['?near=14.1,-1.63&within_km=50', () => [djibo]],
    ['?near=0,0&within_km=100', () => []],
    ['?country=AF&min_killed=1&actor=taliban&from=2024-03-01', () => [kabul]],
  ];
  for (const [query, expected] of cases) {
    const r = await s.fetchJson(`/api/incidents${query}`);
    assert.equal(r.status, 200, query);
    assert.deepEqual(ids(r.body), expected(), query);
    assert.equal(r.body.total, expected().length, `${query}: total`);
  }
});

test('GET /api/incidents: contract shape, paging and total', async () => {
  const all = await s.fetchJson('/api/incidents');
  assert.deepEqual(Object.keys(all.body).sort(), ['incidents', 'limit', 'offset', 'total']);
  assert.equal(all.body.limit, 100);
  assert.equal(all.body.offset, 0);
  for (const incident of all.body.incidents) assert.equal(IncidentSchema.safeParse(incident).success, true, 'incident in the contract shape');
  const first = await s.fetchJson('/api/incidents?limit=1');
  const second = await s.fetchJson('/api/incidents?limit=1&offset=1');
  assert.equal(first.body.incidents.length, 1);
  assert.equal(second.body.incidents.length, 1);
  assert.equal(first.body.total, 2);
  assert.equal(second.body.offset, 1);
  assert.notEqual(first.body.incidents[0].id, second.body.incidents[0].id);
  assert.deepEqual([first.body.incidents[0].id, second.body.incidents[0].id], all.body.incidents.map((i: { id: string }) => i.id), 'pages follow the listing order');
  const beyond = await s.fetchJson('/api/incidents?offset=10');
  assert.deepEqual(beyond.body.incidents, []);
  assert.equal(beyond.body.total, 2);
  const near = await s.fetchJson('/api/incidents?near=34.53,69.17&within_km=25');
  assert.equal(typeof near.body.incidents[0].distance_km, 'number');
});

test('GET /api/incidents/:id: one incident with claims, sources, figure history; an alias answers for it', async () => {
  const r = await s.fetchJson(`/api/incidents/${kabul}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.id, kabul);
  assert.equal(IncidentSchema.safeParse(r.body).success, true);
  assert.deepEqual(r.body.killed, { low: 4, best: 6, high: 6, disputed: true });
  assert.equal(r.body.documents.length, 2, 'both reports merged into one incident');
  assert.ok(r.body.claims.length > 0 && r.body.claims.every((c: { id: number }) => Number.isInteger(c.id)));
  assert.ok(Array.isArray(r.body.sources) && r.body.sources.length > 0);
  assert.ok(r.body.figure_history?.killed?.length >= 2);
  assert.ok(Array.isArray(r.body.merge_evidence) && r.body.merge_evidence.length > 0);
  assert.ok(Array.isArray(r.body.attribution));
  const alias = `${s.documents.get('kabul-daily.txt')}-1`;
  assert.ok(r.body.aliases.includes(alias));
  const byAlias = await s.fetchJson(`/api/incidents/${alias}`);
  assert.equal(byAlias.status, 200);
  assert.equal(byAlias.body.id, kabul);
  const missing = await s.fetchJson('/api/incidents/d0000000000000-9');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'NOT_FOUND');
});

test('GET /api/documents/:id: text, metadata, and spans that slice to their quotes', async () => {
  const id = s.documents.get('kabul-daily.txt')!;
  const r = await s.fetchJson(`/api/documents/${id}`);
  assert.equal(r.status, 200);
  const { document, incidents, spans } = r.body;
  assert.equal(document.id, id);
  assert.equal(document.outlet, 'Kabul Daily');
  assert.equal(document.published, '2024-03-04');
  assert.equal(document.copy_of, null);
  assert.equal(document.origin, 'upload:kabul-daily.txt');
  assert.deepEqual(incidents, [kabul]);
  assert.ok(spans.length >= 3);
  for (const span of spans) assert.equal(document.text.slice(span.start, span.end), span.quote);
  assert.ok(spans.some((sp: { field: string; quote: string }) => sp.field === 'killed' && /Six police officers/.test(sp.quote)));
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start <= spans[i].start, 'spans in text order');
  assert.equal((await s.fetchJson('/api/documents/dnope')).status, 404);
});

test('exports with the same filters: GeoJSON, GTD and ACLED CSV, STIX', async () => {
  const geo = await s.fetchJson('/api/incidents.geojson?country=AF');
  assert.equal(geo.status, 200);
  assert.match(geo.headers.get('content-type')!, /application\/geo\+json/);
  assert.equal(geo.body.type, 'FeatureCollection');
  assert.equal(geo.body.features.length, 1);
  assert.equal(geo.headers.get('x-total-count'), '1');
  const all = await s.fetchJson('/api/incidents.geojson');
  assert.equal(all.body.features.length, 2);

  const gtd = await s.fetchJson('/api/incidents.csv');
  assert.match(gtd.headers.get('content-type')!, /text\/csv/);
  const gtdLines = String(gtd.body).trim().split('\n');
  assert.ok(gtdLines[0]!.includes('eventid') || gtdLines[0]!.includes('iyear'), 'GTD header');
  assert.ok(gtdLines.length >= 3);
  const acled = await s.fetchJson('/api/incidents.acled.csv?min_killed=10');
  assert.match(String(acled.body).split('\n')[0]!, /event_date/);
  assert.ok(String(acled.body).includes('Djibo'));
  assert.ok(!String(acled.body).includes('Kabul'));

  const stix = await s.fetchJson('/api/incidents.stix.json?country=AF&download=true');
  assert.equal(stix.body.type, 'bundle');
  assert.ok(stix.body.objects.some((o: { type: string }) => o.type === 'incident'));
  assert.match(stix.headers.get('content-disposition')!, /attachment; filename="incidents.stix.json"/);
  const again = await s.fetchJson('/api/incidents.stix.json?country=AF');
  assert.deepEqual(again.body, stix.body, 'the same bundle twice (injected clock, stable ids)');
});

test('briefs and on this day', async () => {
  const md = await s.fetchJson(`/api/incidents/${kabul}/brief`);
  assert.equal(md.status, 200);
  assert.match(md.headers.get('content-type')!, /text\/markdown/);
  assert.match(String(md.body), /Kabul/);
  const html = await s.fetchJson(`/api/incidents/${kabul}/brief?format=html`);
  assert.match(html.headers.get('content-type')!, /text\/html/);
  assert.match(html.headers.get('content-security-policy')!, /default-src 'none'/);
  assert.match(String(html.body), /<html/i);
  assert.equal((await s.fetchJson(`/api/incidents/${kabul}/brief?format=pdf`)).status, 400);
  assert.equal((await s.fetchJson('/api/incidents/nope/brief')).status, 404);

  const day = await s.fetchJson('/api/on-this-day/03-03');
  assert.equal(day.status, 200);
  assert.equal(day.body.day, '03-03');
  assert.deepEqual(ids(day.body), [kabul]);
  assert.match(day.body.brief, /On this day: 3 March/);
  const dayMd = await s.fetchJson('/api/on-this-day/11-08?format=markdown');
  assert.match(String(dayMd.body), /Djibo/);
  assert.equal((await s.fetchJson('/api/on-this-day/13-45')).status, 400);
});

test('sources, actors, sites, near, route-check, audit', async () => {
  const sources = await s.fetchJson('/api/sources');
  assert.ok(sources.body.sources.length >= 2);
  assert.ok(sources.body.sources.every((x: { reliability: string }) => /^[A-F]$/.test(x.reliability)));

  const actors = await s.fetchJson('/api/actors');
  const byName = new Map(actors.body.actors.map((a: { name: string; incidents: number }) => [a.name, a.incidents]));
  assert.equal(byName.get('Taliban'), 1);
  assert.equal(byName.get("Jama'at Nusrat al-Islam wal-Muslimin"), 1);

  const sites = await s.fetchJson('/api/sites');
  assert.equal(sites.body.sites.length, 1);
  assert.equal(sites.body.sites[0].name, 'Kabul outpost');

  const near = await s.fetchJson('/api/near?at=34.53,69.17&within_km=30');
  assert.equal(near.status, 200);
  assert.deepEqual(near.body.incidents.map((i: { id: string }) => i.id), [kabul]);
  assert.equal(near.body.sites[0].covers, 'certainly');
  const byName2 = await s.fetchJson('/api/near?at=Kabul&country=AF');
  assert.equal(byName2.body.center.place.country_code, 'AF');
  assert.equal((await s.fetchJson('/api/near?at=Nowhereville%20Xyzzy')).status, 404);

  const route = await s.fetchJson('/api/route-check?from=34.3,69.2&to=34.9,69.2');
  assert.equal(route.status, 200);
  assert.ok(route.body.length_km > 60 && route.body.length_km < 70);
  assert.equal(route.body.sites[0].enters, true);
  assert.equal(route.body.sites[0].line_of_sight, null);
  assert.equal((await s.fetchJson('/api/route-check?from=34.3,69.2&to=34.9,69.2&sites=nope')).status, 404);

  const audit = await s.fetchJson('/api/audit');
  assert.deepEqual(audit.body, { edits: [] });
});
