import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAnswerKeys } from '../muc4/answer-keys.ts';
import { parseMessageTexts } from '../muc4/message-texts.ts';
import { defaultDependencies } from '../../pipeline/default-dependencies.ts';
import {
  clusteringErrors,
  evaluateMuc4Clustering,
  muc4ClusteringDocuments,
  readMuc4ClusteringInput,
  storyPairScore,
  extractMuc4Documents,
} from './muc4-clustering.ts';

const slot = (number: number, name: string, value: string) => `${`${number}.`.padEnd(4)}${name.padEnd(32)}${value}\n`;

/** One key template in the 1992 format; no date/location/type gives an irrelevant message (`*`). */
function key(id: string, t?: { date: string; location: string; type: string; target?: string }): string {
  if (!t) return `${slot(0, 'MESSAGE: ID', id)}${slot(1, 'MESSAGE: TEMPLATE', '*')}\n`;
  return (
    slot(0, 'MESSAGE: ID', id) +
    slot(1, 'MESSAGE: TEMPLATE', '1') +
    slot(2, 'INCIDENT: DATE', t.date) +
    slot(3, 'INCIDENT: LOCATION', t.location) +
    slot(4, 'INCIDENT: TYPE', t.type) +
    slot(5, 'INCIDENT: STAGE OF EXECUTION', 'ACCOMPLISHED') +
    slot(18, 'HUM TGT: NAME', t.target ? `"${t.target}"` : '-') +
    '\n'
  );
}

// 0001 and 0002: one bombing reported twice; 0003: irrelevant; 0004: a kidnapping; 0005: the
// bombing again, but in a text the extractor finds nothing in (a scored singleton).
const BOMBING = { date: '30 MAY 89', location: 'COLOMBIA: BOGOTA (CITY)', type: 'BOMBING', target: 'MIGUEL MAZA MARQUEZ' };
const KEYS = parseAnswerKeys(
  key('TST1-MUC3-0001', BOMBING) +
    key('TST1-MUC3-0002', BOMBING) +
    key('TST1-MUC3-0003') +
    key('TST1-MUC3-0004', { date: '09 AUG 89', location: 'EL SALVADOR: SAN MIGUEL (CITY)', type: 'KIDNAPPING', target: 'MAYOR' }) +
    key('TST1-MUC3-0005', BOMBING),
);
const DOCS = [
  { id: 'TST1-MUC3-0001', published: '1989-05-30', outlet: 'EFE', text: 'a car bomb exploded today in front of the das building in bogota, killing four people and wounding 50 others. the medellin cartel was blamed for the attack against general miguel maza marquez.' },
  { id: 'TST1-MUC3-0002', published: '1989-05-31', outlet: 'AFP', text: 'four people were killed and 50 wounded yesterday when a car bomb exploded in front of the das headquarters in bogota. the attack was aimed at general miguel maza marquez, das director.' },
  { id: 'TST1-MUC3-0003', published: '1989-06-01', outlet: 'EFE', text: 'the government and the unions signed a new wage agreement in caracas today, ending a month of talks.' },
  { id: 'TST1-MUC3-0004', published: '1989-08-10', outlet: 'EFE', text: 'guerrillas kidnapped the mayor of san miguel, el salvador, last night. the fmln said it was holding him.' },
  { id: 'TST1-MUC3-0005', published: '1989-06-02', outlet: null, text: 'the president spoke about the events of last week in a message to the nation.' },
];

test('muc4ClusteringDocuments: full dateline dates become the publication date, the agency the outlet', () => {
  const texts = new Map(parseMessageTexts(
    'TST1-MUC3-0001\n\nBOGOTA, 31 MAY 89 (EFE) -- [TEXT] A BOMB.\n' +
      'TST1-MUC3-0002\n\nSAN SALVADOR, 3 JUN (RADIO VENCEREMOS) -- [TEXT] X.\n' +
      'TST1-MUC3-0003\n\nNO DATELINE AT ALL\n',
  ).map((m) => [m.id, m]));
  const docs = muc4ClusteringDocuments([{ id: 'TST1-MUC3-0001', text: 'a' }, { id: 'TST1-MUC3-0002', text: 'b' }, { id: 'TST1-MUC3-0003', text: 'c' }, { id: 'TST1-MUC3-0009' }], texts);
  assert.deepEqual(docs, [
    { id: 'TST1-MUC3-0001', text: 'a', published: '1989-05-31', outlet: 'EFE' },
    { id: 'TST1-MUC3-0002', text: 'b', published: null, outlet: 'RADIO VENCEREMOS' }, // no year: no publication date
    { id: 'TST1-MUC3-0003', text: 'c', published: null, outlet: null },
    { id: 'TST1-MUC3-0009', text: '', published: null, outlet: null },
  ]);
});

test('evaluateMuc4Clustering on hand-made documents: merging joins the two reports of the bombing', () => {
  const deps = defaultDependencies();
  const result = evaluateMuc4Clustering(DOCS, KEYS, deps);
  // scored: the documents the gold covers (the irrelevant 0003 is stored but not scored)
  assert.equal(result.counts.documents, 5);
  assert.equal(result.counts.scored, 4);
  assert.equal(result.counts.goldClusters, 2);
  assert.equal(result.counts.goldPairs, 3); // 0001-0002, 0001-0005, 0002-0005
  assert.equal(result.counts.withPublished, 5);
  assert.deepEqual(result.merged.noStory, ['TST1-MUC3-0005']);
  assert.deepEqual(result.unmerged.noStory, ['TST1-MUC3-0005']);

  // merging off: every story alone
  assert.equal(result.unmerged.scores.pairwise.predictedPairs, 0);
  assert.equal(result.unmerged.scores.pairwise.recall, 0);
  // merging on: 0001 and 0002 in one incident, nothing else together
  const p = result.clustering.predicted;
  assert.equal(p.get('TST1-MUC3-0001'), p.get('TST1-MUC3-0002'));
  assert.notEqual(p.get('TST1-MUC3-0001'), p.get('TST1-MUC3-0004'));
  assert.equal(result.merged.scores.pairwise.correctPairs, 1);
  assert.equal(result.merged.scores.pairwise.precision, 1);
  assert.ok(Math.abs(result.merged.scores.pairwise.recall - 1 / 3) < 1e-9);

  const errors = clusteringErrors(result.gold, result.clustering);
  assert.deepEqual(errors.falseMerges, []);
  assert.deepEqual(errors.missedMerges.map((e) => [e.a, e.b]), [['TST1-MUC3-0001', 'TST1-MUC3-0005'], ['TST1-MUC3-0002', 'TST1-MUC3-0005']]);

  const extracted = extractMuc4Documents(DOCS, deps);
  const pair = storyPairScore(extracted[0]!, extracted[1]!);
  assert.ok(pair && pair.parts.date! > 0 && pair.parts.place! > 0, 'the linked pair has support on date and place');
  assert.equal(storyPairScore(extracted[0]!, extracted[4]!), null);
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');
const archive = path.join(dataDir, 'raw', 'muc34-original-train-dev.tar.gz');
const haveData = fs.existsSync(archive) && fs.existsSync(path.join(dataDir, 'dev.jsonl'));

test('readMuc4ClusteringInput on the dev split: a dateline date for most messages', { skip: haveData ? false : `MUC-4 data not found at ${dataDir}` }, () => {
  const { documents, keys } = readMuc4ClusteringInput(path.join(dataDir, 'dev.jsonl'), archive);
  assert.equal(documents.length, 200);
  assert.ok(documents.filter((d) => d.published).length >= 180); // 184 of 200: some datelines give no year or no date;
  assert.ok(documents.every((d) => d.text.length > 0 && keys.has(d.id)));
});
