import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAnswerKeys, readMuc4Archive } from './answer-keys.ts';
import { bestAssignment } from './best-assignment.ts';
import type { Incident } from '../../core/types.ts';
import { formatPlaceDateScore, placeKey, predictedCountryCode, scorePlacesAndDates, toPlaceDatePrediction, type PlaceDatePrediction } from './place-date-eval.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const archivePath = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4', 'raw', 'muc34-original-train-dev.tar.gz');

function key(id: string, ...templates: Array<[string, string]>): string {
  const head = `0.  MESSAGE: ID                     ${id}\n`;
  if (templates.length === 0) return `${head}1.  MESSAGE: TEMPLATE               *\n\n`;
  return templates
    .map(([date, location], i) =>
      `${head}1.  MESSAGE: TEMPLATE               ${i + 1}\n2.  INCIDENT: DATE                  ${date}\n3.  INCIDENT: LOCATION              ${location}\n4.  INCIDENT: TYPE                  ATTACK\n\n`)
    .join('');
}

const KEYS = parseAnswerKeys(
  key('TST1-MUC3-0001', ['19 APR 89', 'PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)'], ['- 20 APR 89', 'PERU: AYACUCHO (DEPARTMENT)']) +
    key('TST1-MUC3-0002', ['26 APR 89 - 30 APR 89', 'EL SALVADOR: SAN SALVADOR (CITY)']) +
    key('TST1-MUC3-0003'),
);

const incident = (date: string | null, country: string | null, city: string | null) => ({ date, country, city });

test('date, country and city judged per field, on the best pairing', () => {
  const predictions: PlaceDatePrediction[] = [
    // Listed in the opposite order to the key: the pairing must swap them.
    { id: 'TST1-MUC3-0001', incidents: [incident('1989-04-02', 'Peru', null), incident('1989-04-19', 'PE', 'Lima')] },
    { id: 'TST1-MUC3-0002', incidents: [incident('1989-04-28', 'SV', 'San Salvador')] },
    { id: 'TST1-MUC3-0003', incidents: [incident('1989-05-01', 'CO', 'Bogotá')] },
  ];
  const s = scorePlacesAndDates(KEYS, predictions);
  assert.deepEqual([s.documents, s.keyTemplates, s.predictedIncidents, s.pairs], [3, 3, 4, 3]);
  // 19 APR exact; 2 APR is "on or before 20 APR"; 28 APR inside 26-30 APR.
  assert.deepEqual(s.fields.dateDay, { ...s.fields.dateDay, correct: 3, attempted: 3, predicted: 4, gold: 3 });
  assert.deepEqual(s.fields.country, { ...s.fields.country, correct: 3, attempted: 3, predicted: 4, gold: 3 });
  // Only two key templates name a city; LIMA and SAN SALVADOR both right.
  assert.deepEqual(s.fields.city, { ...s.fields.city, correct: 2, attempted: 2, predicted: 3, gold: 2 });
  assert.equal(s.fields.city.precision, 2 / 3);
  assert.match(formatPlaceDateScore(s), /^dateDay/m);
});

test('day versus month level, open ranges, partial dates', () => {
  const exact = parseAnswerKeys(key('TST1-MUC3-0010', ['19 APR 89', 'PERU']));
  const rows: Array<[string | null, number, number]> = [
    ['1989-04-19', 1, 1],
    ['1989-04-18', 0, 1],
    ['1989-04', 0, 1],
    ['1989', 0, 0],
    ['--04-19', 0, 0],
    ['1989-05-19', 0, 0],
    [null, 0, 0],
  ];
  for (const [date, day, month] of rows) {
    const s = scorePlacesAndDates(exact, [{ id: 'TST1-MUC3-0010', incidents: [incident(date, null, null)] }]);
    assert.deepEqual([s.fields.dateDay.correct, s.fields.dateMonth.correct], [day, month], String(date));
  }
  const open = parseAnswerKeys(key('TST1-MUC3-0011', ['- 20 APR 89', 'PERU']));
  const early = [{ id: 'TST1-MUC3-0011', incidents: [incident('1989-01-02', null, null)] }];
  assert.equal(scorePlacesAndDates(open, early).fields.dateDay.correct, 1);
  assert.equal(scorePlacesAndDates(open, early, { openStartDays: 7 }).fields.dateDay.correct, 0);
  const late = [{ id: 'TST1-MUC3-0011', incidents: [incident('1989-04-21', null, null)] }];
  assert.equal(scorePlacesAndDates(open, late).fields.dateDay.correct, 0);
});

test('documents listed but not predicted, unknown ids, optional templates', () => {
  const s = scorePlacesAndDates(KEYS, [], { ids: ['TST1-MUC3-0001', 'TST1-MUC3-0002'] });
  assert.deepEqual([s.fields.dateDay.gold, s.fields.dateDay.correct, s.fields.city.gold], [3, 0, 2]);
  assert.throws(() => scorePlacesAndDates(KEYS, [{ id: 'NOPE', incidents: [] }]), { code: 'MUC4_UNKNOWN_ID' });
  const optional = parseAnswerKeys(key('TST1-MUC3-0009', ['1 JAN 90', 'PERU']).replace('TEMPLATE               1', 'TEMPLATE               1 (OPTIONAL)'));
  assert.equal(scorePlacesAndDates(optional, [], { ids: ['TST1-MUC3-0009'], includeOptional: false }).keyTemplates, 0);
  assert.equal(scorePlacesAndDates(optional, [], { ids: ['TST1-MUC3-0009'] }).keyTemplates, 1);
});

test('name helpers', () => {
  assert.equal(placeKey('  Bogotá  D.C.'), 'BOGOTA D C');
  const rows: Array<[string | null, string | null]> = [['pe', 'PE'], ['El Salvador', 'SV'], ['Perú', 'PE'], ['', null], [null, null], ['Narnia', null]];
  for (const [input, code] of rows) assert.equal(predictedCountryCode(input), code, String(input));
});

test('best assignment maximises the total weight', () => {
  // Greedy would take (0,0)=3 then (1,1)=0; the best is (0,1)+(1,0)=2+2.
  const result = bestAssignment([[3, 2], [2, 0]], 2);
  assert.deepEqual([result.pairs, result.weight], [[[0, 1], [1, 0]], 4]);
  assert.deepEqual(bestAssignment([[null, 1]], 2).pairs, [[0, 1]]);
  assert.deepEqual(bestAssignment([], 3).pairs, []);
});

test('real archive: dateline baseline on dev', (t) => {
  if (!fs.existsSync(archivePath)) return t.skip('../shared/data absent');
  const { keys, texts } = readMuc4Archive(archivePath);
  const devIds = [...keys.keys()].filter((id) => id.startsWith('TST'));
  assert.equal(devIds.length, 200);
  // One incident per key template, dated by the dateline: a floor any extractor should beat.
  const predictions = devIds.map((id) => {
    const dateline = texts.get(id)?.dateline;
    const date = dateline?.date && !dateline.date.startsWith('--') ? dateline.date : null;
    return { id, incidents: keys.get(id)!.map(() => incident(date, null, null)) };
  });
  const s = scorePlacesAndDates(keys, predictions);
  assert.equal(s.keyTemplates, 191);
  assert.equal(s.fields.dateDay.gold, 184);
  assert.ok(s.fields.dateDay.correct > 100 && s.fields.dateDay.correct < 184);
});

test('toPlaceDatePrediction: background mentions left out, a city only at settlement precision', () => {
  const place = (name: string, precision: string) => ({ name, admin1: null, country: null, country_code: 'PE', lat: null, lon: null, precision });
  const incidents = [
    { date: '1989-04-19', place: place('Lima', 'city') },
    { date: '1989-04', place: place('Ayacucho', 'admin1') },
    { date: null, place: null },
    { date: '1985', place: place('Lima', 'city'), background: true },
  ] as unknown as Incident[];
  assert.deepEqual(toPlaceDatePrediction('TST1-MUC3-0001', incidents), {
    id: 'TST1-MUC3-0001',
    incidents: [
      { date: '1989-04-19', country: 'PE', city: 'Lima' },
      { date: '1989-04', country: 'PE', city: null },
      { date: null, country: null, city: null },
    ],
  });
});
