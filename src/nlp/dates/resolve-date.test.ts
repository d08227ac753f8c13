import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, compareDateValues, expandTwoDigitYear, isPartial, toFirstDay } from './resolve-date.ts';

const ADD: Array<[string, number, string | null]> = [
  ['2016-11-06', 2, '2016-11-08'],
  ['2016-12-31', 1, '2017-01-01'],
  ['2016-02-28', 1, '2016-02-29'],
  ['2016-03-01', -1, '2016-02-29'],
  ['--02-28', 1, '--03-01'],
  ['--12-31', 1, '--01-01'],
  ['--01-01', -1, '--12-31'],
  ['2016-06', 1, null],
  ['2016', 1, null],
];
for (const [v, n, want] of ADD) test(`addDays(${v}, ${n})`, () => assert.equal(addDays(v, n), want));

const CMP: Array<[string, string, -1 | 0 | 1]> = [
  ['2016-06-05', '2016-06-06', -1],
  ['2016-06', '2016-06-01', -1],
  ['2016', '2016-01-02', -1],
  ['2016-06-05', '2016-06-05', 0],
  ['2017', '2016-12-31', 1],
  ['--11-06', '2016-11-06', 1],
  ['--01-06', '--11-06', -1],
];
for (const [a, b, want] of CMP) test(`compareDateValues(${a}, ${b})`, () => assert.equal(Math.sign(compareDateValues(a, b)), want));

test('isPartial, toFirstDay, expandTwoDigitYear', () => {
  assert.deepEqual(['2016-06-05', '2016-06', '2016', '--06-05'].map(isPartial), [false, true, true, true]);
  assert.deepEqual(['2016', '2016-06', '2016-06-05', '--06-05'].map(toFirstDay), ['2016-01-01', '2016-06-01', '2016-06-05', '--06-05']);
  assert.deepEqual([88, 50, 49, 0, 1991].map(expandTwoDigitYear), [1988, 1950, 2049, 2000, 1991]);
});
