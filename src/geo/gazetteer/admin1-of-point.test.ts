import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admin1OfPoint } from './admin1-of-point.ts';
import { defaultGazetteer } from './load-gazetteer.ts';

const g = defaultGazetteer();

/** [lat, lon, country filter, expected country, expected GeoNames admin-1 code, expected name, method] */
const ROWS: Array<[number, number, string | null, string, string | null, string, string]> = [
  [50.28, 57.21, null, 'KZ', '04', 'Aqtöbe', 'polygon'], // Aktobe city
  [37.262, 68.138, null, 'TJ', '02', 'Khatlon', 'polygon'], // Shahritus
  [37.41, 68.186, 'TJ', 'TJ', '02', 'Khatlon', 'polygon'], // Qubodiyon
  [36.99, 68.14, 'TJ', 'TJ', '02', 'Khatlon', 'polygon'], // on the border south of Shahritus
  [6.25, -75.56, null, 'CO', '02', 'Antioquia', 'polygon'], // Medellín
  [13.7, -89.2, null, 'SV', '10', 'San Salvador', 'polygon'],
  [40.7, -74.0, null, 'US', 'NY', 'New York', 'nearest-polygon'], // New York harbour, outside the simplified coast
];

test('admin-1 of a point from the Natural Earth polygons, mapped to GeoNames codes', () => {
  for (const [lat, lon, cc, country, code, name, method] of ROWS) {
    const r = admin1OfPoint(lat, lon, g, cc);
    assert.ok(r, `${lat},${lon}`);
    assert.deepEqual([r.countryCode, r.admin1Code, r.name, r.method], [country, code, name, method], `${lat},${lon}`);
  }
});

test('no unit at sea, and none of another country', () => {
  assert.equal(admin1OfPoint(0, 0, g), null);
  assert.equal(admin1OfPoint(37.262, 68.138, g, 'UZ'), null);
  assert.equal(admin1OfPoint(Number.NaN, 0, g), null);
});
