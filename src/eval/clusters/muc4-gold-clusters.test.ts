import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAnswerKeys, readMuc4Archive } from '../muc4/answer-keys.ts';
import {
  muc4GoldClusters,
  muc4GoldTemplateClusters,
  sameMuc4Incident,
  summarizeGoldClusters,
  type Muc4GoldClusterOptions,
} from './muc4-gold-clusters.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');
const archivePath = path.join(dataDir, 'raw', 'muc34-original-train-dev.tar.gz');

interface T {
  date?: string;
  location?: string;
  type?: string;
  stage?: string;
  /** HUM TGT: NAME fills. */
  names?: string[];
  /** PHYS TGT: ID fills. */
  things?: string[];
  optional?: boolean;
}

const slot = (number: number, name: string, value: string) => `${`${number}.`.padEnd(4)}${name.padEnd(32)}${value}\n`;
const fillLines = (number: number, name: string, values: string[]) =>
  values.length === 0 ? slot(number, name, '-') : values.map((v, i) => (i === 0 ? slot(number, name, `"${v}"`) : `${' '.repeat(36)}"${v}"\n`)).join('');

/** Answer-key text for one message, in the 1992 format; no templates gives an irrelevant message (`*`). */
function key(id: string, ...templates: T[]): string {
  if (templates.length === 0) return `${slot(0, 'MESSAGE: ID', id)}${slot(1, 'MESSAGE: TEMPLATE', '*')}\n`;
  return templates
    .map((t, i) =>
      slot(0, 'MESSAGE: ID', id) +
      slot(1, 'MESSAGE: TEMPLATE', `${i + 1}${t.optional ? ' (OPTIONAL)' : ''}`) +
      slot(2, 'INCIDENT: DATE', t.date ?? '-') +
      slot(3, 'INCIDENT: LOCATION', t.location ?? '-') +
      slot(4, 'INCIDENT: TYPE', t.type ?? 'ATTACK') +
      slot(5, 'INCIDENT: STAGE OF EXECUTION', t.stage ?? 'ACCOMPLISHED') +
      fillLines(12, 'PHYS TGT: ID', t.things ?? []) +
      fillLines(18, 'HUM TGT: NAME', t.names ?? []) +
      '\n',
    )
    .join('');
}

const LIMA: T = { date: '19 APR 89', location: 'PERU: LIMA (CITY)' };

const rows: Array<[name: string, a: T, b: T, expected: boolean, options?: Muc4GoldClusterOptions]> = [
  ['same day, city and type', LIMA, LIMA, true],
  ['another day', LIMA, { ...LIMA, date: '20 APR 89' }, false],
  ['a day inside a range', { ...LIMA, date: '18 APR 89 - 21 APR 89' }, LIMA, true],
  ['overlapping ranges', { ...LIMA, date: '18 APR 89 - 21 APR 89' }, { ...LIMA, date: '21 APR 89 - 23 APR 89' }, true],
  ['a whole month is a usable range', { ...LIMA, date: 'APR 89' }, LIMA, true],
  ['a range longer than maxRangeDays is no date', { ...LIMA, date: '01 MAR 89 - 30 APR 89' }, LIMA, false],
  ['the same, with a wider maxRangeDays', { ...LIMA, date: '01 MAR 89 - 30 APR 89' }, LIMA, true, { maxRangeDays: 61 }],
  ['"on or before" within 7 days of a pinned day', { ...LIMA, date: '- 26 APR 89' }, LIMA, true],
  ['"on or before" 8 days after it', { ...LIMA, date: '- 27 APR 89' }, LIMA, false],
  ['the same, with openStartDays 8', { ...LIMA, date: '- 27 APR 89' }, LIMA, true, { openStartDays: 8 }],
  ['"on or before" is never after D', { ...LIMA, date: '- 18 APR 89' }, LIMA, false],
  ['two "on or before" dates never meet', { ...LIMA, date: '- 19 APR 89' }, { ...LIMA, date: '- 19 APR 89' }, false],
  ['one alternative of the date suffices', { ...LIMA, date: '(12 APR 89) / (- 19 APR 89)' }, { ...LIMA, date: '17 APR 89' }, true],
  ['no date matches nothing', { location: 'PERU: LIMA (CITY)' }, { location: 'PERU: LIMA (CITY)' }, false],
  ['country only on both sides, same day', { date: '19 APR 89', location: 'PERU' }, { date: '19 APR 89', location: 'PERU' }, true],
  ['country only needs pinned dates on both sides', { date: '- 20 APR 89', location: 'PERU' }, { date: '19 APR 89', location: 'PERU' }, false],
  ['country only does not meet a city', { date: '19 APR 89', location: 'PERU' }, LIMA, false],
  ['another country', { date: '19 APR 89', location: 'PERU' }, { date: '19 APR 89', location: 'BOLIVIA' }, false],
  ['a city does not meet a neighbourhood of it', LIMA, { ...LIMA, location: 'PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)' }, false],
  ['same neighbourhood', { ...LIMA, location: 'PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)' }, { ...LIMA, location: 'PERU: MIRAFLORES (NEIGHBORHOOD)' }, true],
  ['levels in between and location types do not matter', { ...LIMA, location: 'EL SALVADOR: SAN MIGUEL (DEPARTMENT): EL TRIUNFO (TOWN)' }, { ...LIMA, location: 'EL SALVADOR: EL TRIUNFO (CITY)' }, true],
  ['case, accents and punctuation do not matter', { ...LIMA, location: 'COLOMBIA: BOGOTÁ (CITY)' }, { ...LIMA, location: 'COLOMBIA: Bogota. (CITY)' }, true],
  ['same place name in another country', { ...LIMA, location: 'PERU: SAN JOSE (TOWN)' }, { ...LIMA, location: 'COSTA RICA: SAN JOSE (CITY)' }, false],
  ['one alternative of the place suffices', { ...LIMA, location: '(COLOMBIA: MEDELLIN (CITY)) / (COLOMBIA)' }, { ...LIMA, location: 'COLOMBIA: MEDELLIN (CITY)' }, true],
  ['a country-only alternative meets a country-only reading', { ...LIMA, location: '(COLOMBIA: MEDELLIN (CITY)) / (COLOMBIA)' }, { ...LIMA, location: 'COLOMBIA' }, true],
  ['type alternatives: BOMBING / ATTACK meets ATTACK', { ...LIMA, type: 'BOMBING / ATTACK' }, LIMA, true],
  ['BOMBING does not meet ATTACK', { ...LIMA, type: 'BOMBING' }, LIMA, false],
  ['a threat is not the attack', { ...LIMA, stage: 'THREATENED' }, LIMA, false],
  ['targets sharing a word, plural aside', { ...LIMA, names: ['JESUIT PRIESTS'] }, { ...LIMA, names: ['SIX JESUITS'] }, true],
  ['human and physical targets are pooled', { ...LIMA, names: ['PASSENGERS'] }, { ...LIMA, things: ['AVIANCA PLANE'], names: ['PASSENGER'] }, true],
  ['targets with no word in common', { ...LIMA, names: ['FRANCISCO JOSE GUERRERO'] }, { ...LIMA, things: ['POWER LINES'] }, false],
  ['function words do not count', { ...LIMA, things: ['THE HOUSE OF THE MAYOR'] }, { ...LIMA, things: ['THE OFFICE OF THE JUDGE'] }, false],
  ['the same, without checkTargets', { ...LIMA, names: ['FRANCISCO JOSE GUERRERO'] }, { ...LIMA, things: ['POWER LINES'] }, true, { checkTargets: false }],
  ['one side names no target', { ...LIMA, names: ['FRANCISCO JOSE GUERRERO'] }, LIMA, true],
];

test('sameMuc4Incident: date, place, type and targets', () => {
  for (const [name, a, b, expected, options] of rows) {
    const keys = parseAnswerKeys(key('TST1-MUC3-0001', a) + key('TST1-MUC3-0002', b));
    const [ta] = keys.get('TST1-MUC3-0001')!;
    const [tb] = keys.get('TST1-MUC3-0002')!;
    assert.equal(sameMuc4Incident(ta!, tb!, options), expected, name);
    assert.equal(sameMuc4Incident(tb!, ta!, options), expected, `${name} (swapped)`);
  }
});

// 0001-0003: one bombing reported three times. 0004: irrelevant. 0005: leads with another
// incident, reports the bombing second. 0006: OPTIONAL only. 0007: no date.
const BOMBING: T = { date: '30 MAY 89', location: 'COLOMBIA: BOGOTA (CITY)', type: 'BOMBING', names: ['MIGUEL MAZA MARQUEZ'] };
const CORPUS = parseAnswerKeys(
  key('TST1-MUC3-0003', { ...BOMBING, date: '- 01 JUN 89', names: ['GENERAL MAZA'] }) +
    key('TST1-MUC3-0001', BOMBING) +
    key('TST1-MUC3-0002', { ...BOMBING, names: ['MIGUEL ALFREDO MAZA MARQUEZ', 'PEDESTRIANS'] }) +
    key('TST1-MUC3-0004') +
    key('TST1-MUC3-0005', { date: '29 MAY 89', location: 'COLOMBIA: MEDELLIN (CITY)' }, BOMBING) +
    key('TST1-MUC3-0006', { ...BOMBING, optional: true }) +
    key('TST1-MUC3-0007', { ...BOMBING, date: '-' }),
);

test('document level: first template, irrelevant documents left out, label = smallest id', () => {
  const clusters = muc4GoldClusters(CORPUS);
  const B = 'TST1-MUC3-0001';
  assert.deepEqual(Object.fromEntries(clusters), {
    'TST1-MUC3-0001': B,
    'TST1-MUC3-0002': B,
    'TST1-MUC3-0003': B,
    'TST1-MUC3-0005': 'TST1-MUC3-0005',
    'TST1-MUC3-0006': B,
    'TST1-MUC3-0007': 'TST1-MUC3-0007',
  });
  const summary = summarizeGoldClusters(clusters);
  assert.deepEqual(summary, {
    items: 6,
    clusters: 3,
    multiItemClusters: 1,
    itemsInMultiItemClusters: 4,
    largestCluster: 4,
    groups: [['TST1-MUC3-0001', 'TST1-MUC3-0002', 'TST1-MUC3-0003', 'TST1-MUC3-0006']],
  });
  // Without OPTIONAL templates 0006 has none and is left out.
  assert.equal(muc4GoldClusters(CORPUS, { includeOptional: false }).has('TST1-MUC3-0006'), false);
  // Only the listed documents.
  assert.deepEqual([...muc4GoldClusters(CORPUS, { ids: ['TST1-MUC3-0002', 'TST1-MUC3-0004', 'TST1-MUC3-0003'] })], [
    ['TST1-MUC3-0002', 'TST1-MUC3-0002'],
    ['TST1-MUC3-0003', 'TST1-MUC3-0002'],
  ]);
});

test('template level: every template, DOCID#N items', () => {
  const clusters = muc4GoldTemplateClusters(CORPUS);
  assert.equal(clusters.size, 7);
  assert.equal(clusters.get('TST1-MUC3-0005#2'), 'TST1-MUC3-0001#1');
  assert.equal(clusters.get('TST1-MUC3-0005#1'), 'TST1-MUC3-0005#1');
  assert.deepEqual(summarizeGoldClusters(clusters).groups, [['TST1-MUC3-0001#1', 'TST1-MUC3-0002#1', 'TST1-MUC3-0003#1', 'TST1-MUC3-0005#2', 'TST1-MUC3-0006#1']]);
});

test('templates of one document never share a group', () => {
  const keys = parseAnswerKeys(key('TST1-MUC3-0001', LIMA, LIMA) + key('TST1-MUC3-0002', LIMA));
  assert.deepEqual(Object.fromEntries(muc4GoldTemplateClusters(keys)), {
    'TST1-MUC3-0001#1': 'TST1-MUC3-0001#1',
    'TST1-MUC3-0001#2': 'TST1-MUC3-0001#2',
    'TST1-MUC3-0002#1': 'TST1-MUC3-0001#1',
  });
});

test('complete linkage does not chain; single linkage does', () => {
  // 0001 (15 APR) and 0003 (19 APR) both fall in 0002's "on or before 19 APR", but not on one day.
  const keys = parseAnswerKeys(
    key('TST1-MUC3-0001', { ...LIMA, date: '15 APR 89' }) + key('TST1-MUC3-0002', { ...LIMA, date: '- 19 APR 89' }) + key('TST1-MUC3-0003', LIMA),
  );
  assert.deepEqual([...muc4GoldClusters(keys).values()], ['TST1-MUC3-0001', 'TST1-MUC3-0001', 'TST1-MUC3-0003']);
  assert.deepEqual([...muc4GoldClusters(keys, { linkage: 'single' }).values()], ['TST1-MUC3-0001', 'TST1-MUC3-0001', 'TST1-MUC3-0001']);
});

test('summary of an empty clustering', () => {
  assert.deepEqual(summarizeGoldClusters(new Map()), { items: 0, clusters: 0, multiItemClusters: 0, itemsInMultiItemClusters: 0, largestCluster: 0, groups: [] });
});

const haveData = fs.existsSync(archivePath) && fs.existsSync(path.join(dataDir, 'dev.jsonl'));

test('MUC-4 dev: the answer keys yield multi-document groups', { skip: haveData ? false : `MUC-4 data not found at ${dataDir}` }, (t) => {
  const { keys } = readMuc4Archive(archivePath);
  const devIds = fs.readFileSync(path.join(dataDir, 'dev.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { id: string }).id);
  assert.equal(devIds.length, 200);
  const documents = summarizeGoldClusters(muc4GoldClusters(keys, { ids: devIds }));
  const templates = summarizeGoldClusters(muc4GoldTemplateClusters(keys, { ids: devIds }));
  t.diagnostic(`dev documents: ${documents.items} grouped, ${documents.multiItemClusters} groups of 2+ (${documents.itemsInMultiItemClusters} documents), largest ${documents.largestCluster}`);
  t.diagnostic(`dev templates: ${templates.items} grouped, ${templates.multiItemClusters} groups of 2+ (${templates.itemsInMultiItemClusters} templates), largest ${templates.largestCluster}`);
  assert.equal(documents.items, 116); // 200 documents, 84 with no incident
  assert.equal(templates.items, 191);
  assert.ok(documents.multiItemClusters >= 1);
  assert.ok(templates.multiItemClusters >= documents.multiItemClusters);
  // Every group's documents are distinct, and a document's group holds only other documents.
  for (const group of templates.groups) assert.equal(new Set(group.map((item) => item.split('#')[0])).size, group.length);
});
