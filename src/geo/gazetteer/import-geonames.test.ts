import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { importGeonames, readPlacesFile } from './import-geonames.ts';
import { loadGazetteer } from './load-gazetteer.ts';
import { parseUserPlaces } from './parse-user-places.ts';
import { resolveToponym } from './resolve-toponym.ts';

const row = (f: Array<string | number>) => f.join('\t');
/** A small synthetic GeoNames table: two Tajik features and one Uzbek village. */
const DUMP = [
  row([990001, 'Zarbdorkhona', 'Zarbdorkhona', 'Zarbdor-Khona,Зарбдорхона', 37.3, 68.05, 'P', 'PPL', 'TJ', '', '02', '', '', '', 900, '', 420, 'Asia/Dushanbe', '2020-01-01']),
  row([990002, 'Kuhi Teshiktosh', 'Kuhi Teshiktosh', '', 37.35, 67.9, 'T', 'MT', 'TJ', '', '02', '', '', '', 0, '', 900, 'Asia/Dushanbe', '2020-01-01']),
  row([990003, 'Yangiqishloqcha', 'Yangiqishloqcha', '', 41.0, 69.0, 'P', 'PPL', 'UZ', '', '13', '', '', '', 700, '', 400, 'Asia/Tashkent', '2020-01-01']),
  'not a geonames row',
].join('\n');
const ALT = [row([1, 990001, 'tg', 'Zarbdorxona', '', '', '', '']), row([2, 990001, 'link', 'https://example.org', '', '', '', ''])].join('\n');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-gazetteer-'));
}

test('imports a GeoNames table with a country filter and alternate names; imported places resolve at once', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'TJ.txt'), DUMP);
  fs.writeFileSync(path.join(dir, 'alternateNames.txt'), ALT);
  const out = path.join(dir, 'places', 'imported.jsonl');
  const result = await importGeonames([path.join(dir, 'TJ.txt')], out, { countries: ['tj'], alternateNamesFile: path.join(dir, 'alternateNames.txt') });
  assert.deepEqual(result, { imported: 2, skipped: 1, alternateNames: 1 });
  const places = readPlacesFile(out);
  assert.deepEqual(places.map((p) => [p.id, p.kind, p.precision]), [['gn:990001', 'place', 'city'], ['gn:990002', 'feature', 'point']]);
  const g = loadGazetteer({ extraPlaces: places });
  const r = resolveToponym('Zarbdorxona', { countryCodes: ['TJ'] }, g);
  assert.equal(r.place?.id, 'gn:990001');
  assert.equal(r.place?.admin1, 'Khatlon');
  assert.equal(r.place?.precision, 'city');
  assert.equal(resolveToponym('Zarbdor-Khona', {}, g).place?.id, 'gn:990001');
});

test('imports a zipped GeoNames table', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'TJ.txt'), DUMP);
  fs.writeFileSync(path.join(dir, 'readme.txt'), 'about this file');
  try {
    execFileSync('python3', ['-c', `import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\nz.write(sys.argv[2],'readme.txt')\nz.write(sys.argv[3],'TJ.txt')\nz.close()`, path.join(dir, 'TJ.zip'), path.join(dir, 'readme.txt'), path.join(dir, 'TJ.txt')]);
  } catch {
    t.skip('python3 not available to write a zip fixture');
    return;
  }
  const out = path.join(dir, 'imported.jsonl');
  const result = await importGeonames([path.join(dir, 'TJ.zip')], out, { featureClasses: ['P'] });
  assert.equal(result.imported, 2);
  assert.deepEqual(readPlacesFile(out).map((p) => p.countryCode), ['TJ', 'UZ']);
});

test('user places from CSV and GeoJSON take part in resolution', () => {
  const csv = 'id,name,lat,lon,country_code,alternate_names,precision\nokultun-post,Okultun post,37.2,68.1,tj,"Okultun border outpost|Oqultun",point\n';
  const fromCsv = parseUserPlaces(csv, 'sites.csv');
  assert.deepEqual(fromCsv.map((p) => [p.id, p.countryCode, p.precision, p.alternateNames]), [['user:okultun-post', 'TJ', 'point', ['Okultun border outpost', 'Oqultun']]]);
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [69.1, 38.9] }, properties: { name: 'Camp Alpha', country_code: 'TJ' } }],
  });
  const fromGeoJson = parseUserPlaces(geojson, 'sites.geojson');
  assert.deepEqual(fromGeoJson.map((p) => [p.id, p.lat, p.lon]), [['user:camp-alpha', 38.9, 69.1]]);
  const g = loadGazetteer({ extraPlaces: [...fromCsv, ...fromGeoJson] });
  const r = resolveToponym('Oqultun', { countryCodes: ['TJ'] }, g);
  assert.equal(r.place?.id, 'user:okultun-post');
  assert.equal(r.place?.precision, 'point');
  assert.equal(resolveToponym('camp alpha', {}, g).place?.lat, 38.9);
  assert.throws(() => parseUserPlaces('name,lat,lon\nNowhere,91,0\n'), /invalid coordinates/);
  assert.throws(() => parseUserPlaces('title,x\n'), /name/);
});

test('an import past the place limit stops with TOO_LARGE and says how to filter', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'TJ.txt'), DUMP);
  await assert.rejects(importGeonames([path.join(dir, 'TJ.txt')], path.join(dir, 'out.jsonl'), { maxPlaces: 2 }), (e: Error & { code?: string }) => e.code === 'TOO_LARGE' && /--country/.test(e.message));
});
