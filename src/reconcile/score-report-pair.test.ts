import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ReportProfile } from './report-profile.ts';
import { dateWindow } from './report-profile.ts';
import { MERGE_THRESHOLD, reportsMatch, scoreReportPair } from './score-report-pair.ts';

/** A report profile with sensible defaults; `at` is [lat, lon, precision, admin1, country]. */
function report(id: string, over: Partial<ReportProfile> & { at?: [number, number, string, string | null, string] } = {}): ReportProfile {
  const { at, ...rest } = over;
  const date = rest.date === undefined ? '2024-10-03' : rest.date;
  return {
    id, document: `doc-${id}`, background: false, related: [], date,
    window: dateWindow(date, rest.published ?? null), monthDay: date && /-\d{2}-\d{2}$/.test(date) ? date.slice(-5) : null,
    yearless: date?.startsWith('--') ?? false, published: null, copyOf: null, dateRelative: false,
    place: at ? { lat: at[0], lon: at[1], precision: at[2], admin1: at[3], country_code: at[4], name: id } : null,
    attackTypes: ['Bombing/Explosion'], targetTypes: ['Police'], targetWords: ['checkp', 'police'], actors: [], killed: null,
    killedPerpetrators: null, wounded: null, words: ['blast', 'checkp', 'police', 'zhob'], ...rest,
  };
}

const ZHOB: [number, number, string, string, string] = [31.341, 69.449, 'district', 'Balochistan', 'PK'];
const KULACHI: [number, number, string, string, string] = [31.93, 70.46, 'district', 'Khyber Pakhtunkhwa', 'PK'];
const MOGADISHU: [number, number, string, string, string] = [2.04, 45.34, 'city', 'Banaadir', 'SO'];

/** [case, a, b, one incident?]. */
const ROWS: Array<[string, ReportProfile, ReportProfile, boolean]> = [
  ['same day, same spot, same type and targets', report('a', { at: ZHOB }), report('b', { at: ZHOB }), true],
  ['a day apart at the same spot, same targets and words', report('a', { at: ZHOB }), report('b', { at: ZHOB, date: '2024-10-04' }), true],
  ['same day, neighbouring provinces 120 km apart', report('a', { at: ZHOB }), report('b', { at: KULACHI, words: ['kulach', 'van', 'police'] }), false],
  ['one city, a day apart, different targets and words', report('a', { at: MOGADISHU, targetTypes: ['Police'], targetWords: ['checkp'], words: ['car', 'checkp', 'junction'] }),
    report('b', { at: MOGADISHU, date: '2024-10-04', targetTypes: ['Business'], targetWords: ['restau'], words: ['restau', 'suicid', 'wadaji'] }), false],
  ['a week apart', report('a', { at: ZHOB }), report('b', { at: ZHOB, date: '2024-10-10' }), false],
  ['different countries rule a merge out', report('a', { at: ZHOB }), report('b', { at: [33.0, 69.5, 'district', 'Paktika', 'AF'] }), false],
  ['parts of one coordinated attack in one document stay apart', report('a', { at: ZHOB, related: ['b'] }), { ...report('b', { at: ZHOB }), document: 'doc-a' }, false],
  ['a year-less day matches the dated report of that day', report('a', { at: ZHOB, date: '--10-03' }), report('b', { at: ZHOB }), true],
  ['an undated report published the next day, same spot and words', report('a', { at: ZHOB, date: null, published: '2024-10-04' }), report('b', { at: ZHOB, actors: [] }), true],
  ['no date and no place: not enough', report('a', { date: null }), report('b', { date: null }), false],
  ['same day, same group and type, only the country in common: not enough', report('a', { at: [13.7, -89.2, 'country', null, 'SV'], actors: ['FMLN'], targetWords: [], targetTypes: [], words: ['guerril'] }),
    report('b', { at: [13.7, -89.2, 'country', null, 'SV'], actors: ['FMLN'], targetWords: [], targetTypes: [], words: ['offens'] }), false],
  ['a mention in passing ("the first suicide attack in 2011", Aktobe) joins the full report of that attack',
    report('a', { background: true, date: '2011', at: [50.28, 57.21, 'city', null, 'KZ'], targetWords: [], targetTypes: [], words: ['suicid'] }),
    report('b', { date: '2011-05-17', at: [50.28, 57.21, 'city', null, 'KZ'], words: ['suicid', 'bomber', 'aktobe'] }), true],
  ['a mention in passing elsewhere does not', report('a', { background: true, date: '2011', at: [43.25, 76.95, 'city', null, 'KZ'], targetWords: [], targetTypes: [], words: [] }),
    report('b', { date: '2011-05-17', at: [50.28, 57.21, 'city', null, 'KZ'] }), false],
  ['two different named groups count against', report('a', { at: MOGADISHU, actors: ['al-Shabaab'], targetWords: [], targetTypes: [], words: [] }),
    report('b', { at: MOGADISHU, actors: ['Islamic State'], targetWords: [], targetTypes: [], words: [] }), false],
];

for (const [name, a, b, expected] of ROWS) {
  test(`scoreReportPair: ${name}`, () => {
    const pair = scoreReportPair(a, b);
    assert.equal(reportsMatch(pair), expected, `score ${pair.score} (threshold ${MERGE_THRESHOLD}) ${JSON.stringify(pair.parts)} ${pair.veto ?? ''}`);
    assert.equal(pair.notes.length >= 7, true, 'every part explains itself');
  });
}

test('scoreReportPair: symmetric (property)', () => {
  const profile = fc.record({
    date: fc.constantFrom('2024-10-03', '2024-10-04', '2024-10', '2024', '--10-03', null),
    lat: fc.double({ min: 30, max: 33, noNaN: true }),
    precision: fc.constantFrom('point', 'city', 'district', 'admin1', 'country'),
    cc: fc.constantFrom('PK', 'AF'),
    types: fc.subarray(['Bombing/Explosion', 'Armed Assault']),
    actors: fc.subarray(['Taliban', 'Islamic State']),
    words: fc.subarray(['blast', 'checkp', 'police', 'zhob', 'market']),
    killed: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  });
  fc.assert(fc.property(profile, profile, (x, y) => {
    const mk = (id: string, p: typeof x) => report(id, { date: p.date, at: [p.lat, 69.5, p.precision, null, p.cc], attackTypes: p.types, actors: p.actors, words: [...p.words].sort(), killed: p.killed });
    const ab = scoreReportPair(mk('a', x), mk('b', y));
    const ba = scoreReportPair(mk('b', y), mk('a', x));
    assert.equal(ab.score, ba.score);
    assert.equal(ab.veto, ba.veto);
  }), { numRuns: 500 });
});

test('dateWindow: a day ± 3, a month, a year; a year-less day before publication', () => {
  assert.deepEqual(dateWindow('2024-10-03', null), { lo: '2024-09-30', hi: '2024-10-06' });
  assert.deepEqual(dateWindow('2024-02', null), { lo: '2024-01-29', hi: '2024-03-03' });
  assert.deepEqual(dateWindow('2024', null), { lo: '2024-01-01', hi: '2024-12-31' });
  assert.deepEqual(dateWindow('--11-06', '2020-01-10'), { lo: '2019-11-03', hi: '2019-11-09' });
  assert.equal(dateWindow('--11-06', null), null);
  assert.deepEqual(dateWindow(null, '2024-10-03'), { lo: '2024-09-03', hi: '2024-10-04' });
});
