/**
 * The places and coverage commands end to end, in process, against a real SQLite file:
 * gazetteer import and places add take part in resolution at once (places resolve and the
 * extraction of documents ingested afterwards), sites, near, route-check with and without an
 * elevation model, and the errors with their exit codes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeArrayBuffer } from 'geotiff';
import { runCli } from './helpers/run-cli.ts';

const run = runCli;

const tempDir = () => mkdtempSync(join(tmpdir(), 'sitrep-places-cli-'));
const row = (f: Array<string | number>) => f.join('\t');
/** A synthetic GeoNames country file: one Tajik village that no shipped gazetteer knows, one Uzbek. */
const DUMP = [
  row([990101, 'Zarbdorkhona', 'Zarbdorkhona', 'Zarbdor-Khona', 37.3, 68.05, 'P', 'PPL', 'TJ', '', '02', '', '', '', 900, '', 420, 'Asia/Dushanbe', '2020-01-01']),
  row([990102, 'Yangiqishloqcha', 'Yangiqishloqcha', '', 41.0, 69.0, 'P', 'PPL', 'UZ', '', '13', '', '', '', 700, '', 400, 'Asia/Tashkent', '2020-01-01']),
].join('\n');
const ALT = row([1, 990101, 'tg', 'Zarbdorxona', '', '', '', '']);

test('gazetteer import: a GeoNames table with a country filter and alternate names, and a CSV of own places, resolve at once', async () => {
  const dir = tempDir();
  const db = join(dir, 'sitrep.db');
  writeFileSync(join(dir, 'TJ.txt'), DUMP);
  writeFileSync(join(dir, 'alternateNames.txt'), ALT);
  writeFileSync(join(dir, 'mine.csv'), 'name,lat,lon,alternate_names\nKhirmanjo checkpoint,37.31,68.02,Khirmandzho\n');
  const before = await run(['places', 'resolve', 'Zarbdorxona', '--country', 'TJ', '--db', db, '--format', 'json']);
  assert.equal(JSON.parse(before.out)[0].place?.id === 'gn:990101', false);

  const r = await run(['gazetteer', 'import', join(dir, 'TJ.txt'), join(dir, 'mine.csv'), '--country', 'TJ', '--alternate-names', join(dir, 'alternateNames.txt'), '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.equal(summary.geonames, 1, 'the Uzbek row is filtered out');
  assert.equal(summary.own, 1);
  assert.equal(summary.alternate_names, 1);

  const resolved = JSON.parse((await run(['places', 'resolve', 'Zarbdorxona', 'Khirmandzho', '--db', db, '--format', 'json'])).out);
  assert.equal(resolved[0].place.id, 'gn:990101');
  assert.equal(resolved[0].place.admin1, 'Khatlon');
  assert.equal(resolved[1].place.id, 'user:khirmanjo-checkpoint');
  assert.equal(resolved[1].place.country_code, 'TJ', 'country from the point');
  assert.equal(resolved[1].place.admin1, 'Khatlon', 'admin-1 from the polygons');

  const listed = await run(['places', 'list', '--db', db]);
  assert.match(listed.out, /2 places/);

  // Another database does not see these places.
  const other = JSON.parse((await run(['places', 'resolve', 'Khirmandzho', '--db', join(dir, 'other.db'), '--format', 'json'])).out);
  assert.notEqual(other[0].place?.id, 'user:khirmanjo-checkpoint');
});

test('gazetteer import: missing file and bad country code are one-line errors', async () => {
  const dir = tempDir();
  const missing = await run(['gazetteer', 'import', join(dir, 'nope.zip'), '--db', join(dir, 'x.db')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^sitrep: \[NOT_FOUND\] .*nope\.zip: file not found\n$/);
  writeFileSync(join(dir, 'TJ.txt'), DUMP);
  const bad = await run(['gazetteer', 'import', join(dir, 'TJ.txt'), '--country', 'TJK', '--db', join(dir, 'x.db')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--country/);
});

test('places add: the place resolves at once and is found in documents ingested afterwards', async () => {
  const dir = tempDir();
  const db = join(dir, 'sitrep.db');
  const added = await run(['places', 'add', 'Yakhsuvar post', '--at', '37.36,68.31', '--kind', 'border-post', '--alt', 'Yakhsuvar', '--db', db, '--format', 'json']);
  assert.equal(added.code, 0, added.err);
  const body = JSON.parse(added.out);
  assert.equal(body.added.id, 'user:yakhsuvar-post');
  assert.equal(body.added.countryCode, 'TJ');
  assert.equal(body.added.label, 'border-post');
  assert.equal(body.resolves_to.precision, 'point');

  const doc = join(dir, 'report.txt');
  writeFileSync(doc, 'DUSHANBE, Nov 6 (Frontier Wire) - Gunmen attacked the Yakhsuvar border post in Tajikistan on Wednesday, killing two guards, officials said.');
  const ingest = await run(['ingest', doc, '--db', db, '--published', '2019-11-06']);
  assert.equal(ingest.code, 0, ingest.err);
  const { incidents } = JSON.parse((await run(['incidents', '--db', db, '--format', 'json'])).out) as { incidents: Array<{ place: { id?: string } | null; places_mentioned: Array<{ id?: string }> }> };
  const ids = incidents.flatMap((i) => [i.place?.id, ...i.places_mentioned.map((p) => p.id)]);
  assert.ok(ids.includes('user:yakhsuvar-post'), `the user's place is resolved in the document: ${JSON.stringify(ids)}`);

  const near = JSON.parse((await run(['near', 'Yakhsuvar', '--within', '5km', '--db', db, '--format', 'json'])).out);
  assert.ok(near.incidents.length >= 1, 'the incident is near its place');
  assert.equal(near.incidents[0].distance_km < 0.001, true);

  const badPoint = await run(['places', 'add', 'X', '--at', '95,10', '--db', db]);
  assert.equal(badPoint.code, 2);
  assert.match(badPoint.err, /latitude/);
});

test('sites, near and route-check on the second seed geography', async () => {
  const dir = tempDir();
  const db = join(dir, 'sitrep.db');
  assert.equal((await run(['sites', 'add', 'Okultun outpost', '--at', '37.262,68.138', '--range', '15-20km', '--kind', 'border outpost', '--db', db])).code, 0);
  const byName = await run(['sites', 'add', 'Qubodiyon camera', '--at', 'Qabodiyon', '--range', '5 km', '--db', db, '--format', 'json']);
  assert.equal(byName.code, 0, byName.err);
  assert.equal(JSON.parse(byName.out).site.placeId, 'gn:1221583');
  const list = await run(['sites', 'list', '--db', db, '--format', 'json']);
  assert.deepEqual(JSON.parse(list.out).map((s: { id: string }) => s.id), ['okultun-outpost', 'qubodiyon-camera']);

  const near = JSON.parse((await run(['near', 'Shahrituz', '--within', '10km', '--db', db, '--format', 'json'])).out);
  assert.equal(near.center.place.id, 'gn:1220576');
  assert.deepEqual(near.sites.map((s: { id: string; covers: string }) => [s.id, s.covers]), [['okultun-outpost', 'certainly']]);
  const atPoint = JSON.parse((await run(['near', '37.262,68.138', '--within', '30 km', '--db', db, '--format', 'json'])).out);
  assert.deepEqual([atPoint.center.country_code, atPoint.center.admin1], ['TJ', 'Khatlon']);
  const geo = JSON.parse((await run(['near', '37.262,68.138', '--within', '30 km', '--db', db, '--format', 'geojson'])).out);
  assert.deepEqual(geo.features.map((f: { properties: { role: string } }) => f.properties.role), ['center', 'site', 'site']);

  const check = await run(['route-check', '--from', 'Qala-i-Zal', '--to', 'Qabodiyon', '--db', db, '--format', 'json']);
  assert.equal(check.code, 0, check.err);
  const body = JSON.parse(check.out);
  assert.equal(body.from.place.country_code, 'AF');
  assert.ok(body.length_km > 40 && body.length_km < 60);
  const okultun = body.sites.find((s: { site: { id: string } }) => s.site.id === 'okultun-outpost');
  assert.equal(okultun.enters, true, 'the path passes within 20 km of Shahritus town');
  assert.ok(okultun.closest_approach.distance_km < 15);
  const camera = body.sites.find((s: { site: { id: string } }) => s.site.id === 'qubodiyon-camera');
  assert.equal(camera.ends_inside, true);
  assert.equal(body.sites[0].line_of_sight, null);

  const only = JSON.parse((await run(['route-check', '--from', 'Qala-i-Zal', '--to', 'Qabodiyon', '--sites', 'Okultun outpost', '--db', db, '--format', 'json'])).out);
  assert.equal(only.sites.length, 1);
  const table = await run(['route-check', '--from', 'Qala-i-Zal', '--to', 'Qabodiyon', '--db', db]);
  assert.match(table.out, /Okultun outpost\s+15-20 km\s+certainly/);
  const geojson = JSON.parse((await run(['route-check', '--from', 'Qala-i-Zal', '--to', 'Qabodiyon', '--db', db, '--format', 'geojson'])).out);
  assert.ok(geojson.features.some((f: { properties: { role: string } }) => f.properties.role === 'closest-approach'));

  assert.equal((await run(['sites', 'remove', 'qubodiyon-camera', '--db', db])).code, 0);
  const gone = await run(['sites', 'remove', 'qubodiyon-camera', '--db', db]);
  assert.equal(gone.code, 1);
  assert.match(gone.err, /no site/);
  const unknown = await run(['route-check', '--from', 'Qala-i-Zal', '--to', 'Qabodiyon', '--sites', 'nope', '--db', db]);
  assert.equal(unknown.code, 1);
  const nowhere = await run(['near', 'Xyzzyqwv', '--db', db]);
  assert.equal(nowhere.code, 1);
  assert.match(nowhere.err, /no place named "Xyzzyqwv"/);
  const badRange = await run(['sites', 'add', 'X', '--at', '37,68', '--range', 'far', '--db', db]);
  assert.equal(badRange.code, 2);
  const badFormat = await run(['near', '37,68', '--format', 'xml', '--db', db]);
  assert.equal(badFormat.code, 2);
});

test('route-check --elevation: line of sight from a site to the path over a synthetic ridge', async () => {
  const dir = tempDir();
  const db = join(dir, 'sitrep.db');
  // 200 x 200 pixels of 0.0015 degrees from 10E 0.3N: flat at 100 m, a 400 m ridge at about 10.15E.
  const size = 200;
  const values = new Float32Array(size * size).fill(100);
  for (let r = 0; r < size; r++) for (let c = 99; c <= 101; c++) values[r * size + c] = 400;
  const tif = join(dir, 'dem.tif');
  writeFileSync(tif, Buffer.from(writeArrayBuffer(values, {
    width: size, height: size, ModelPixelScale: [0.0015, 0.0015, 0], ModelTiepoint: [0, 0, 0, 10, 0.3, 0],
    GeographicTypeGeoKey: 4326, GTModelTypeGeoKey: 2, GTRasterTypeGeoKey: 1, GeogCitationGeoKey: 'WGS 84',
  })));
  await run(['sites', 'add', 'West tower', '--at', '0.15,10.05', '--range', '30km', '--db', db]);
  const r = await run(['route-check', '--from', '0.05,10.25', '--to', '0.25,10.25', '--elevation', tif, '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const sight = JSON.parse(r.out).sites[0].line_of_sight;
  assert.ok(sight.points_checked > 0);
  assert.equal(sight.points_visible, 0, 'the ridge hides the path east of it from the tower');
  const r2 = await run(['route-check', '--from', '0.05,10.08', '--to', '0.25,10.08', '--elevation', tif, '--db', db, '--format', 'json']);
  const sight2 = JSON.parse(r2.out).sites[0].line_of_sight;
  assert.equal(sight2.points_visible, sight2.points_checked, 'the path on the same side of the ridge is all visible');
  const missing = await run(['route-check', '--from', '0.05,10.08', '--to', '0.25,10.08', '--elevation', join(dir, 'none.tif'), '--db', db]);
  assert.equal(missing.code, 1);
});
