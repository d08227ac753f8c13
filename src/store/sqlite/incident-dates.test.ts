import assert from 'node:assert/strict';
import { test } from 'node:test';
import { incidentDateStart, incidentMonthDay } from './incident-dates.ts';

const rows: Array<[string | null, string | null, string | null]> = [
  // date, first day, calendar day
  ['2016-06-05', '2016-06-05', '06-05'],
  ['2018-06', '2018-06-01', null],
  ['2014', '2014-01-01', null],
  ['--06-05', null, '06-05'],
  [null, null, null],
  ['June 2016', null, null],
];

for (const [date, start, monthDay] of rows) {
  test(`incident date ${JSON.stringify(date)}`, () => {
    assert.equal(incidentDateStart(date), start);
    assert.equal(incidentMonthDay(date), monthDay);
  });
}
