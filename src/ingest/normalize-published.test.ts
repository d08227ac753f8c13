import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizePublished } from './normalize-published.ts';

const rows: Array<[string | null | undefined, string | null]> = [
  ['2016-06-05', '2016-06-05'],
  ['2016-06', '2016-06'],
  ['2016', '2016'],
  ['2016-6-5', '2016-06-05'],
  ['2016/06/05', '2016-06-05'],
  ['2016-06-05T23:30:00-05:00', '2016-06-05'],
  ['2016-06-05T10:00:00Z', '2016-06-05'],
  ['2016-06-05 10:00', '2016-06-05'],
  ['20160605', '2016-06-05'],
  ["D:20160605101500+06'00'", '2016-06-05'],
  ['Sun, 05 Jun 2016 10:00:00 +0600', '2016-06-05'],
  ['Sun, 5 Jun 16 10:00:00 GMT', '2016-06-05'],
  ['Wed, 06 Nov 2019 07:50:00 +0500', '2019-11-06'],
  ['5 June 2016', '2016-06-05'],
  ['June 5, 2016', '2016-06-05'],
  ['Sunday, June 5th 2016 10:00', '2016-06-05'],
  ['Nov. 6, 2019', '2019-11-06'],
  ['June 2016', '2016-06'],
  ['  2016-06-05  ', '2016-06-05'],
  ['2016-02-30', null],
  ['2016-13-01', null],
  ['31 Apr 2016', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  [undefined, null],
];

test('normalizePublished', async (t) => {
  for (const [input, expected] of rows) {
    await t.test(String(input), () => assert.equal(normalizePublished(input), expected));
  }
});
