import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDateline, parseLeadDateline } from './parse-dateline.ts';

/** [text, expected: place, date, outlet, dateline text] or null. */
const ROWS: Array<[string, [string, string | null, string | null, string] | null]> = [
  ['LIMA, 20 Aug 88 (EFE) -- Police said', ['LIMA', '1988-08-20', 'EFE', 'LIMA, 20 Aug 88 (EFE) --']],
  ['SAN SALVADOR, 12 APR 89 (RADIO CADENA NACIONAL) -- [TEXT] THE ARMY', ['SAN SALVADOR', '1989-04-12', 'RADIO CADENA NACIONAL', 'SAN SALVADOR, 12 APR 89 (RADIO CADENA NACIONAL) --']],
  ['ALMATY, June 5 (Reuters) - Gunmen', ['ALMATY', '--06-05', 'Reuters', 'ALMATY, June 5 (Reuters) -']],
  ['ALMATY, Kazakhstan (AP) — Gunmen', ['ALMATY', null, 'AP', 'ALMATY, Kazakhstan (AP) —']],
  ['BOGOTA, 3 JAN 90 (INRAVISION TELEVISION CADENA 1) -- [REPORT]', ['BOGOTA', '1990-01-03', 'INRAVISION TELEVISION CADENA 1', 'BOGOTA, 3 JAN 90 (INRAVISION TELEVISION CADENA 1) --']],
  ['lima, 20 aug 88 (efe) -- the police', ['lima', '1988-08-20', 'efe', 'lima, 20 aug 88 (efe) --']],
  ['XYZ-MUC3-0001 (NOSC)\n\n   QUITO, 3 JAN 90 -- [REPORT] THE', ['QUITO', '1990-01-03', null, 'QUITO, 3 JAN 90 --']],
  ['TST2-MUC4-0042\n\n   MANAGUA, 9 MAY 89 (ACAN-EFE) -- [TEXT]', ['MANAGUA', '1989-05-09', 'ACAN-EFE', 'MANAGUA, 9 MAY 89 (ACAN-EFE) --']],
  ['PORT-AU-PRINCE (HAITI), 19 APR 90 (RADIO SOLEIL NETWORK) -- A', ['PORT-AU-PRINCE', '1990-04-19', 'RADIO SOLEIL NETWORK', 'PORT-AU-PRINCE (HAITI), 19 APR 90 (RADIO SOLEIL NETWORK) --']],
  ['PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- A', ['PERTH', '1989-06-11', 'AFP', 'PERTH (AUSTRALIA), JUNE 11 89 (AFP) --']],
  ['QUITO, 18 APRIL 89 (AFP) -- A', ['QUITO', '1989-04-18', 'AFP', 'QUITO, 18 APRIL 89 (AFP) --']],
  ['TEGUCIGALPA, 7 FEB (REUTER) -- A', ['TEGUCIGALPA', '--02-07', 'REUTER', 'TEGUCIGALPA, 7 FEB (REUTER) --']],
  ['CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS)-- A', ['CLANDESTINE', '1990-01-08', 'RADIO VENCEREMOS', 'CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS)--']],
  ['SANTIAGO, 15 DEC 89 (TELEVISION NACIONAL DE CHILE NETWORK)\n --', ['SANTIAGO', '1989-12-15', 'TELEVISION NACIONAL DE CHILE NETWORK', 'SANTIAGO, 15 DEC 89 (TELEVISION NACIONAL DE CHILE NETWORK)\n --']],
  ['QUITO, 27 APR 90 [RADIO QUITO) -- [SPEECH]', ['QUITO', '1990-04-27', 'RADIO QUITO', 'QUITO, 27 APR 90 [RADIO QUITO) --']],
  ['TEGUCIGALPA, NO DATE (VOZ DE HONDURAS NETWORK) -- [NEWS', ['TEGUCIGALPA', null, 'VOZ DE HONDURAS NETWORK', 'TEGUCIGALPA, NO DATE (VOZ DE HONDURAS NETWORK) --']],
  ['NO CITY (PERU), NO DATE -- [SPEECH]', ['PERU', null, null, 'NO CITY (PERU), NO DATE --']],
  ['WASHINGTON (Reuters) - The', ['WASHINGTON', null, 'Reuters', 'WASHINGTON (Reuters) -']],
  ['Kabul, Afghanistan, Jan. 5, 2016 (AP) — Gunmen', ['Kabul', '2016-01-05', 'AP', 'Kabul, Afghanistan, Jan. 5, 2016 (AP) —']],
  ['DUSHANBE, 6 November 2019 (AFP) - Gunmen', ['DUSHANBE', '2019-11-06', 'AFP', 'DUSHANBE, 6 November 2019 (AFP) -']],
  ['pasto -- commerce at the', ['pasto', null, null, 'pasto --']],
  ['vina del mar -- through telephone', ['vina del mar', null, null, 'vina del mar --']],
  ['tabatinga (amazonas state) -- in tabatinga', ['tabatinga', null, null, 'tabatinga (amazonas state) --']],
  ['MEDELLIN -- ANTIOQUIA POLICE', ['MEDELLIN', null, null, 'MEDELLIN --']],
  ['SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) -- [TEXT]', ['SAN SALVADOR', '1989-11-17', 'INTERPRESS AGENCY [IPS]', 'SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) --']],
  ['OUAGADOUGOU — Dozens of gunmen', ['OUAGADOUGOU', null, null, 'OUAGADOUGOU —']],
  ['NIAMEY - Niger\'s Ministry of Defence said', ['NIAMEY', null, null, 'NIAMEY -']],
  ['PESHAWAR: Three policemen were martyred', ['PESHAWAR', null, null, 'PESHAWAR:']],
  // negatives
  ['UPDATE: Three policemen were martyred', null],
  ['Peshawar: Three policemen', null],
  ['LIMA, 20 AUG 88 (EFE): text', null],
  ['UN - the mission said', null],
  ['NATO — a spokesman said', null],
  ['LIMA is the capital of Peru.', null],
  ['Lima, the capital, is large -- and busy.', null],
  ['Lima - the capital', null],
  ['NO CITY, NO DATE -- [INTERVIEW]', null],
  ['two u.s. mormon missionaries -- aged 19 and 21', null],
  ['the guatemala army denied today that guerrillas attacked', null],
  ['Gunmen attacked a police station, 5 June 2016 (AFP) -- text', null],
  ['the peace process with m-19 (19 april movement) that was -- now', null],
  ['On 5 June (Reuters) - gunmen', null],
  [`${'x '.repeat(200)}LIMA, 20 AUG 88 (EFE) --`, null],
];

for (const [text, expected] of ROWS) {
  test(`parseDateline: ${JSON.stringify(text.slice(0, 50))}`, () => {
    const d = parseDateline(text);
    if (expected === null) return assert.equal(d, null);
    assert.ok(d, 'no dateline');
    assert.deepEqual([d.place, d.date, d.outlet, text.slice(d.span.start, d.span.end)], expected);
    assert.equal(text.slice(d.placeSpan.start, d.placeSpan.end), d.place);
  });
}

test('parseDateline: region beside the place', () => {
  assert.equal(parseDateline('ALMATY, Kazakhstan (AP) — x')?.region, 'Kazakhstan');
  assert.equal(parseDateline('LIMA (PERU), 5 MAY 89 (EFE) -- x')?.region, 'PERU');
  assert.equal(parseDateline('LIMA, 5 MAY 89 (EFE) -- x')?.region, null);
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const muc = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4', 'dev.jsonl');

test('parseDateline: no false dateline in MUC-4 dev texts that open with a sentence', (t) => {
  if (!fs.existsSync(muc)) return t.skip('../shared/data absent');
  const texts = fs.readFileSync(muc, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  const found = texts.map(parseDateline).filter((d) => d !== null);
  for (const d of found) assert.ok(d.place.split(' ').length <= 3, d.place);
});

test('parseLeadDateline: after a headline line', () => {
  const text = 'Mali: roadside bomb hits army convoy near Boni, toll rises to nine\n\nBAMAKO, Feb 7 (Sahel Wire) - An improvised explosive device struck';
  const d = parseLeadDateline(text);
  assert.ok(d);
  assert.equal(d.date, '--02-07');
  assert.equal(text.slice(d.placeSpan.start, d.placeSpan.end), 'BAMAKO');
  assert.equal(parseLeadDateline('Gunmen attacked a post.\n\nBAMAKO, Feb 7 (AFP) - text')?.place, undefined);
});
