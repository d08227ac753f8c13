import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAnswerKeys, readMuc4Archive } from './answer-keys.ts';
import { muc4CountryCode } from './country-codes.ts';
import { parseFill, parseKeyDate, parseKeyLocation } from './key-fills.ts';
import { parseDateline, parseMessageTexts } from './message-texts.ts';
import { parseTar, readTarGz } from './read-tar-gz.ts';
import { readMuc4Jsonl } from './read-jsonl.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');
const archivePath = path.join(dataDir, 'raw', 'muc34-original-train-dev.tar.gz');

test('key dates', () => {
  const rows: Array<[string, Array<[string | null, string]> | null]> = [
    ['19 APR 89', [['1989-04-19', '1989-04-19']]],
    ['- 19 APR 89', [[null, '1989-04-19']]],
    ['-19 APR 89', [[null, '1989-04-19']]],
    ['26 APR 89 - 30 APR 89', [['1989-04-26', '1989-04-30']]],
    ['(12 DEC 89) / (- 13 DEC 89)', [['1989-12-12', '1989-12-12'], [null, '1989-12-13']]],
    ['03 MARCH 90', [['1990-03-03', '1990-03-03']]],
    ['11 Feb 90', [['1990-02-11', '1990-02-11']]],
    ['APR 89', [['1989-04-01', '1989-04-30']]],
    ['31 NOV 89', [['1989-11-30', '1989-11-30']]],
    ['11 NOV', null],
    ['-', null],
    ['*', null],
  ];
  for (const [raw, expected] of rows) {
    const date = parseKeyDate(raw);
    assert.deepEqual(date?.alternatives.map((r) => [r.from, r.to]) ?? null, expected, raw);
  }
  assert.deepEqual(parseKeyDate('11 NOV', 1989)?.alternatives, [{ from: '1989-11-11', to: '1989-11-11' }]);
  assert.equal(parseKeyDate('? 19 APR 89')?.optional, true);
});

test('key locations', () => {
  const rows: Array<[string, Array<[string, string | null, string | null]>]> = [
    ['PERU: LIMA (CITY)', [['PERU', 'PE', 'LIMA']]],
    ['EL SALVADOR: SAN SALVADOR (CITY)', [['EL SALVADOR', 'SV', 'SAN SALVADOR']]],
    ['PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)', [['PERU', 'PE', 'LIMA']]],
    ['EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)', [['EL SALVADOR', 'SV', 'SAN LUIS DE LA REINA']]],
    ['GUATEMALA: SANTO TOMAS (FARM)', [['GUATEMALA', 'GT', null]]],
    ['COLOMBIA / VENEZUELA', [['COLOMBIA', 'CO', null], ['VENEZUELA', 'VE', null]]],
    ['(EL SALVADOR: ZARAGOZA (TOWN)) / (EL SALVADOR: SAN SALVADOR (CITY))', [['EL SALVADOR', 'SV', 'ZARAGOZA'], ['EL SALVADOR', 'SV', 'SAN SALVADOR']]],
    ['COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA)', [['COLOMBIA', 'CO', 'CUCUTA']]],
    ['EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)', [['EL SALVADOR', 'SV', 'USULUTAN']]],
    ['GUATAMALA', [['GUATAMALA', 'GT', null]]],
  ];
  for (const [raw, expected] of rows) {
    const location = parseKeyLocation(raw);
    assert.deepEqual(location?.alternatives.map((a) => [a.country, a.countryCode, a.city]), expected, raw);
  }
  const between = parseKeyLocation('COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA)')!;
  assert.deepEqual(between.alternatives[0]!.places, [
    { name: 'CUCUTA', kinds: ['CITY'] },
    { name: 'CAMPANARIO', kinds: ['RURAL AREA'] },
  ]);
  assert.equal(parseKeyLocation('? HONDURAS')?.optional, true);
  assert.equal(parseKeyLocation('*'), null);
});

test('fills: strings, alternatives, escapes, cross-references, optional and null', () => {
  const rows: Array<[string, ReturnType<typeof parseFill>]> = [
    ['"GUERRILLA COLUMN" / "GUERRILLAS"', { optional: false, values: ['GUERRILLA COLUMN', 'GUERRILLAS'], ref: [] }],
    ['"\\"SANTO TOMAS\\" PRESIDENTIAL FARM"', { optional: false, values: ['"SANTO TOMAS" PRESIDENTIAL FARM'], ref: [] }],
    ['? "TERRORIST"', { optional: true, values: ['TERRORIST'], ref: [] }],
    ['"PRESIDENT": "CEREZO"', { optional: false, values: ['PRESIDENT'], ref: ['CEREZO'] }],
    ['DEATH: "CIVILIAN"', { optional: false, values: ['DEATH'], ref: ['CIVILIAN'] }],
    ['REPORTED AS FACT / CLAIMED OR ADMITTED: "URNG" / "X"', { optional: false, values: ['REPORTED AS FACT', 'CLAIMED OR ADMITTED'], ref: ['URNG', 'X'] }],
    ['10 / 10- / PLURAL: "JESUITS"', { optional: false, values: ['10', '10-', 'PLURAL'], ref: ['JESUITS'] }],
    ['NO INJURY: "-"', { optional: false, values: ['NO INJURY'], ref: ['-'] }],
    ['-', null],
    ['*', null],
  ];
  for (const [line, expected] of rows) assert.deepEqual(parseFill(line), expected, line);
});

const SNIPPET = `;;; a comment line
0.  MESSAGE: ID                     TST1-MUC3-0001 (NCCOSC)
1.  MESSAGE: TEMPLATE               1 (OPTIONAL)
2.  INCIDENT: DATE                  - 02 FEB 90
3.  INCIDENT: LOCATION              GUATEMALA: SANTO TOMAS (FARM)
4.  INCIDENT: TYPE                  BOMBING / ATTACK
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
9.  PERP: INDIVIDUAL ID             "GUERRILLA COLUMN" / "GUERRILLAS"
10. PERP: ORGANIZATION ID           "URNG"
11. PERP: ORGANIZATION CONFIDENCE   CLAIMED OR ADMITTED: "URNG"
18. HUM TGT: NAME                   "CEREZO"
19. HUM TGT: DESCRIPTION            "PRESIDENT": "CEREZO"
                                    "CIVILIAN"
21. HUM TGT: NUMBER                 1: "CEREZO"
                                    1: "CIVILIAN"
23. HUM TGT: EFFECT OF INCIDENT     NO INJURY: "CEREZO"
                                    DEATH: "CIVILIAN"
24. HUM TGT: TOTAL NUMBER           -

0.  MESSAGE: ID                     TST1-MUC3-0002
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
`;

test('answer-key parser on a hand-made snippet', () => {
  const keys = parseAnswerKeys(SNIPPET);
  assert.deepEqual([...keys.keys()], ['TST1-MUC3-0001', 'TST1-MUC3-0002']);
  assert.deepEqual(keys.get('TST1-MUC3-0002'), []);
  const [t] = keys.get('TST1-MUC3-0001')!;
  assert.equal(t!.templateNumber, 1);
  assert.equal(t!.optional, true);
  assert.deepEqual(t!.incidentTypes, ['BOMBING', 'ATTACK']);
  assert.equal(t!.stage, 'ACCOMPLISHED');
  assert.deepEqual(t!.date?.alternatives, [{ from: null, to: '1990-02-02' }]);
  assert.equal(t!.location?.alternatives[0]?.countryCode, 'GT');
  assert.deepEqual(t!.perpIndividuals.map((f) => f.values), [['GUERRILLA COLUMN', 'GUERRILLAS']]);
  assert.deepEqual(t!.perpOrganizationConfidence, [{ optional: false, values: ['CLAIMED OR ADMITTED'], ref: ['URNG'] }]);
  assert.deepEqual(t!.humanTargetDescriptions.map((f) => [f.values, f.ref]), [[['PRESIDENT'], ['CEREZO']], [['CIVILIAN'], []]]);
  assert.deepEqual(t!.humanTargetNumbers.map((f) => [f.values[0], f.ref[0]]), [['1', 'CEREZO'], ['1', 'CIVILIAN']]);
  assert.deepEqual(t!.humanTargetEffects.map((f) => [f.values[0], f.ref[0]]), [['NO INJURY', 'CEREZO'], ['DEATH', 'CIVILIAN']]);
  assert.equal(t!.humanTargetTotal, null);
  assert.deepEqual(t!.slots['HUM TGT: EFFECT OF INCIDENT'], ['NO INJURY: "CEREZO"', 'DEATH: "CIVILIAN"']);
  assert.throws(() => parseAnswerKeys('2.  INCIDENT: DATE   19 APR 89\n'), { code: 'MUC4_BAD_KEY' });
  assert.throws(() => parseAnswerKeys('0.  MESSAGE: ID   TST1-MUC3-0001\nnonsense\n'), { code: 'MUC4_BAD_KEY' });
});

test('datelines and message texts', () => {
  const rows: Array<[string, [string, string | null, string | null, string | null] | null]> = [
    ['LIMA, 20 AUG 88 (EFE) -- [TEXT] X', ['LIMA', null, '1988-08-20', 'EFE']],
    ['SAN SALVADOR, 3 JAN 90 -- [REPORT] X', ['SAN SALVADOR', null, '1990-01-03', null]],
    ['CLANDESTINE, 20 NOV 89 (RADIO VENCEREMOS) -- X', ['CLANDESTINE', null, '1989-11-20', 'RADIO VENCEREMOS']],
    ['PANAMA CITY (PANAMA), NO DATE (RADIO KW CONTINENTE) -- X', ['PANAMA CITY', 'PANAMA', null, 'RADIO KW CONTINENTE']],
    ['PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- X', ['PERTH', 'AUSTRALIA', '1989-06-11', 'AFP']],
    ['BUENOS AIRES, 25 JAN (NA) -- X', ['BUENOS AIRES', null, '--01-25', 'NA']],
    ['SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) -- X', ['SAN SALVADOR', null, '1989-11-17', 'INTERPRESS AGENCY [IPS]']],
    ['NO DASHES HERE', null],
  ];
  for (const [body, expected] of rows) {
    const d = parseDateline(body);
    assert.deepEqual(d === null ? null : [d.place, d.country, d.date, d.source], expected, body);
  }
  const file = 'DEV-MUC3-0001 (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- [TEXT] ONE.\n\nDEV-MUC3-0002 (NOSC)\n\n   LIMA, 4 JAN 90 (EFE) -- [TEXT] TWO\nLINES.\n';
  const messages = parseMessageTexts(file);
  assert.deepEqual(messages.map((m) => [m.id, m.origin, m.dateline?.date]), [
    ['DEV-MUC3-0001', 'NOSC', '1990-01-03'],
    ['DEV-MUC3-0002', 'NOSC', '1990-01-04'],
  ]);
  assert.equal(messages[1]!.text, 'LIMA, 4 JAN 90 (EFE) -- [TEXT] TWO\nLINES.');
});

test('country names to ISO2', () => {
  const rows: Array<[string, string | null]> = [
    ['EL SALVADOR', 'SV'], ['PERU', 'PE'], ['COLOMBIA', 'CO'], ['GUATEMALA', 'GT'], ['HONDURAS', 'HN'], ['BOLIVIA', 'BO'],
    ['CHILE', 'CL'], ['ECUADOR', 'EC'], ['NICARAGUA', 'NI'], ['PANAMA', 'PA'], ['el salvador', 'SV'], ['USSR', 'SU'], ['ATLANTIS', null],
  ];
  for (const [name, code] of rows) assert.equal(muc4CountryCode(name), code, name);
});

function tarMember(name: string, content: string): Buffer {
  const body = Buffer.from(content, 'latin1');
  const header = Buffer.alloc(512);
  header.write(name, 0, 'latin1');
  header.write('0000644\0', 100);
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('0', 156);
  header.write('ustar\0', 257);
  return Buffer.concat([header, body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
}

test('tar.gz reader on a real file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muc4-tar-'));
  const file = path.join(dir, 'a.tar.gz');
  const image = Buffer.concat([tarMember('x/key-one', SNIPPET), tarMember('x/tst1-muc3', 'TST1-MUC3-0001\n\n LIMA, 2 FEB 90 -- X\n'), Buffer.alloc(1024)]);
  fs.writeFileSync(file, gzipSync(image));
  assert.deepEqual([...readTarGz(file).keys()], ['x/key-one', 'x/tst1-muc3']);
  assert.equal(parseTar(image).get('x/key-one')!.toString('latin1'), SNIPPET);
  const archive = readMuc4Archive(file);
  assert.equal(archive.keys.get('TST1-MUC3-0001')!.length, 1);
  assert.equal(archive.texts.get('TST1-MUC3-0001')!.dateline!.place, 'LIMA');
  fs.writeFileSync(file, 'not gzip');
  assert.throws(() => readTarGz(file), { code: 'MUC4_BAD_ARCHIVE' });
  assert.throws(() => readTarGz(path.join(dir, 'missing.tar.gz')), { code: 'NOT_FOUND' });
  fs.rmSync(dir, { recursive: true });
});

test('real archive: keys and texts line up with the JSONL splits', (t) => {
  if (!fs.existsSync(archivePath)) return t.skip('../shared/data absent');
  const { keys, texts } = readMuc4Archive(archivePath);
  assert.equal(keys.size, 1500);
  assert.equal(texts.size, 1500);
  for (const [split, templates, optional] of [['dev', 191, 31], ['train', 1114, 161]] as const) {
    const docs = readMuc4Jsonl(path.join(dataDir, `${split}.jsonl`));
    let keyTemplates = 0;
    let optionalTemplates = 0;
    for (const doc of docs) {
      const key = keys.get(doc.id);
      assert.ok(key, `${doc.id} has a key`);
      assert.ok(texts.has(doc.id), `${doc.id} has a text`);
      // The JSONL templates are the key's templates, in order (optional ones included).
      assert.deepEqual(doc.templates.map((x) => x.incident_type), key.map((k) => k.incidentTypes.join(' / ').toLowerCase()), doc.id);
      keyTemplates += key.length;
      optionalTemplates += key.filter((k) => k.optional).length;
    }
    assert.equal(keyTemplates, templates, split);
    assert.equal(optionalTemplates, optional, split);
  }
  const dev = [...keys].filter(([id]) => id.startsWith('TST')).flatMap(([, ts]) => ts);
  assert.equal(dev.filter((k) => k.date === null).length, 7); // "-" dates: no date known
  assert.equal(dev.filter((k) => k.location === null).length, 0);
  assert.equal(dev.filter((k) => k.location?.alternatives.some((a) => a.countryCode === null)).length, 0);
  assert.equal(texts.get('TST1-MUC3-0002')!.dateline!.raw, 'SAN SALVADOR, 18 FEB 90 (DPA) --');
});
