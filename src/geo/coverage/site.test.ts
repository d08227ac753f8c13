import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSite, parseRange, type RangeKm } from './site.ts';
import { SitrepError } from '../../core/errors.ts';

test('parseRange reads the ways a coverage range is written', () => {
  const rows: Array<[string | number, RangeKm]> = [
    ['15-20km', { min: 15, max: 20 }],
    ['15–20 km', { min: 15, max: 20 }],
    ['15 — 20 km', { min: 15, max: 20 }],
    ['15 to 20 kilometres', { min: 15, max: 20 }],
    ['15 km - 20 km', { min: 15, max: 20 }],
    ['20 km', { min: 20, max: 20 }],
    ['20', { min: 20, max: 20 }],
    [20, { min: 20, max: 20 }],
    ['2.5 km', { min: 2.5, max: 2.5 }],
    ['2,5km', { min: 2.5, max: 2.5 }],
    ['500 m', { min: 0.5, max: 0.5 }],
    ['500-1500 metres', { min: 0.5, max: 1.5 }],
    ['10 mi', { min: 16.09344, max: 16.09344 }],
    ['up to 20 km', { min: 0, max: 20 }],
    ['15-20 KM', { min: 15, max: 20 }],
  ];
  for (const [input, expected] of rows) assert.deepEqual(parseRange(input), expected, String(input));
});

test('parseRange rejects what is not a range', () => {
  const rows: Array<string | number | RangeKm> = ['', 'far', '20 parsecs', '20-15 km', '0', -3, { min: 5, max: 2 }, '15-20-25 km'];
  for (const input of rows) {
    assert.throws(() => parseRange(input), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_RANGE', String(input));
  }
});

test('makeSite validates and derives an id', () => {
  const site = makeSite({ name: 'Okultun outpost', lat: 37.1, lon: 68.2, range: '15-20 km', kind: 'border outpost' });
  assert.deepEqual(site, { id: 'okultun-outpost', name: 'Okultun outpost', lat: 37.1, lon: 68.2, rangeKm: { min: 15, max: 20 }, kind: 'border outpost' });
  assert.throws(() => makeSite({ name: 'x', lat: 91, lon: 0, range: 5 }), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_SITE');
  assert.throws(() => makeSite({ name: ' ', lat: 0, lon: 0, range: 5 }), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_SITE');
});
