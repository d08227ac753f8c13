import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SitrepError } from '../core/errors.ts';
import { defaultGazetteer } from './gazetteer/load-gazetteer.ts';
import { locate, parseLatLon } from './locate.ts';

test('parseLatLon reads pairs and rejects values out of range', () => {
  const rows: Array<[string, { lat: number; lon: number } | null]> = [
    ['37.26,68.14', { lat: 37.26, lon: 68.14 }],
    [' -12.5 , -77 ', { lat: -12.5, lon: -77 }],
    ['37.26 68.14', { lat: 37.26, lon: 68.14 }],
    ['Shahritus', null],
    ['37.26', null],
  ];
  for (const [text, expected] of rows) assert.deepEqual(parseLatLon(text), expected, text);
  assert.throws(() => parseLatLon('91,10'), (e: SitrepError) => e.code === 'BAD_POINT');
  assert.throws(() => parseLatLon('10,181'), (e: SitrepError) => e.code === 'BAD_POINT');
});

test('locate resolves a name through the gazetteer or fails with NOT_FOUND', () => {
  const g = defaultGazetteer();
  const p = locate('Shahrituz', g);
  assert.equal(p.place?.id, 'gn:1220576');
  assert.ok(Math.abs(p.lat - 37.262) < 0.01);
  assert.equal(locate('10,20', g).place, null);
  assert.throws(() => locate('Xyzzyqwv', g), (e: SitrepError) => e.code === 'NOT_FOUND');
  assert.throws(() => locate('Ishqobod border post', g), (e: SitrepError) => e.code === 'NOT_FOUND' && /country precision/.test(e.message));
  assert.throws(() => locate('Khatlon province', g), (e: SitrepError) => /admin1 precision/.test(e.message));
  assert.equal(locate('Qala-i-Zal', g).place?.precision, 'district');
});
