import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { alignTemplates } from './align-templates.ts';
import { MUC4_SLOTS, type Muc4Doc, type Muc4Template } from './muc4-types.ts';
import { normalizeMuc4String } from './normalize-muc4-string.ts';
import { prepareGoldTemplates, preparePredictedTemplates, type PreparedTemplate } from './prepare-templates.ts';
import { readJsonl, readMuc4Jsonl } from './read-jsonl.ts';
import { formatMuc4Score, scoreMuc4 } from './score.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');

function tpl(type: string, roles: Partial<Omit<Muc4Template, 'incident_type'>> = {}): Muc4Template {
  return { incident_type: type, PerpInd: [], PerpOrg: [], Target: [], Victim: [], Weapon: [], ...roles };
}
const doc = (id: string, ...templates: Muc4Template[]): Muc4Doc => ({ id, templates });

test('normalisation', () => {
  const rows: Array<[string, string]> = [
    ['Cease-Fire', 'ceasefire'],
    ['The Shining Path', 'shining path'],
    ['a bomb', 'bomb'],
    ['an attack on the embassy', 'attack on embassy'],
    ['theatre', 'theatre'],
    ['anarchists', 'anarchists'],
    ['u.s. embassy', 'us embassy'],
    ['"santo tomas" farm', 'santo tomas farm'],
    ['  m-16   rifles \n', 'm16 rifles'],
    ['guerrilla(s) [fmln]', 'guerrillas fmln'],
    ["the people's army", 'peoples army'],
    ['THE', ''],
    ['a-the', 'athe'],
    ['a.', ''],
    ['día a día', 'día día'],
  ];
  for (const [input, expected] of rows) assert.equal(normalizeMuc4String(input), expected, input);
});

test('gold: empty entities dropped, identical templates deduplicated (raw strings), then normalised', () => {
  const a = tpl('attack', { PerpOrg: [['The FMLN'], []], Victim: [['x']] });
  const b = tpl('attack', { PerpOrg: [['The FMLN']], Victim: [['x']] });
  const c = tpl('attack', { PerpOrg: [['fmln']], Victim: [['x']] });
  const prepared = prepareGoldTemplates([a, b, c]);
  // a equals b once a's empty entity is dropped; c differs as a raw string though equal once normalised.
  assert.equal(prepared.length, 2);
  assert.deepEqual(prepared[0]!.roles.PerpOrg, [['fmln']]);
});

test('predictions: empty strings and entities dropped, entities deduplicated per role', () => {
  const [p] = preparePredictedTemplates([
    tpl('Bombing', { PerpOrg: [['FMLN', ''], ['the fmln'], [''], [], ['the'], ['urng', 'fmln'], ['fmln', 'urng']] }),
  ]);
  assert.equal(p!.type, 'bombing');
  assert.deepEqual(p!.roles.PerpOrg, [['fmln'], ['urng', 'fmln']]);
});

test('type matching: predicted type must be a substring of the gold type', () => {
  const gold = [doc('d', tpl('attack / bombing', { Victim: [['v']] }))];
  const rows: Array<[string, number]> = [
    ['attack', 1],
    ['bombing', 1],
    ['attack / bombing', 1],
    ['ATTACK', 1],
    ['kidnapping', 0],
    ['', 0],
  ];
  for (const [type, correct] of rows) {
    const score = scoreMuc4(gold, [doc('d', tpl(type, { Victim: [['v']] }))]);
    assert.equal(score.slots.incident_type.correctPredicted, correct, type);
    assert.equal(score.slots.Victim.correctGold, correct, type);
  }
  // The reverse direction does not match: gold "attack", predicted "attack / bombing".
  const reverse = scoreMuc4([doc('d', tpl('attack'))], [doc('d', tpl('attack / bombing'))]);
  assert.equal(reverse.total.correctPredicted, 0);
});

test('matched pair: precision needs all mentions in one gold entity, recall needs one predicted entity inside', () => {
  const gold = [
    doc('d', tpl('attack', {
      PerpInd: [['members of shining path', 'criminals'], ['gerardo olivos']],
      Victim: [['enrique lopez'], ['his wife']],
    })),
  ];
  const predicted = [
    doc('d', tpl('attack', {
      PerpInd: [
        ['criminals'], // inside entity 1: correct, finds entity 1
        ['Members of the Shining Path', 'criminals'], // both mentions in entity 1: correct
        ['criminals', 'gerardo olivos'], // split over two gold entities: wrong
      ],
      Victim: [['enrique lopez', 'someone else']], // one mention outside: wrong, finds nothing
    })),
  ];
  const score = scoreMuc4(gold, predicted);
  assert.deepEqual(
    [score.slots.PerpInd.correctPredicted, score.slots.PerpInd.predicted, score.slots.PerpInd.correctGold, score.slots.PerpInd.gold],
    [2, 3, 1, 2],
  );
  assert.deepEqual(
    [score.slots.Victim.correctPredicted, score.slots.Victim.predicted, score.slots.Victim.correctGold, score.slots.Victim.gold],
    [0, 1, 0, 2],
  );
  assert.deepEqual([score.slots.incident_type.correctPredicted, score.slots.incident_type.correctGold], [1, 1]);
});

test('coreferent gold mentions: any one of them counts', () => {
  const gold = [doc('d', tpl('bombing', { PerpOrg: [['farabundo marti national liberation front', 'fmln']] }))];
  for (const mention of ['FMLN', 'the Farabundo Marti National Liberation Front']) {
    const score = scoreMuc4(gold, [doc('d', tpl('bombing', { PerpOrg: [[mention]] }))]);
    assert.equal(score.slots.PerpOrg.f1, 1, mention);
  }
});

test('roles are compared only within the same role', () => {
  const gold = [doc('d', tpl('attack', { Target: [['bus']] }))];
  const score = scoreMuc4(gold, [doc('d', tpl('attack', { Victim: [['bus']] }))]);
  assert.equal(score.slots.Victim.correctPredicted, 0);
  assert.equal(score.slots.Target.correctGold, 0);
});

test('unmatched templates on both sides add to the denominators only', () => {
  const gold = [doc('d', tpl('kidnapping', { Victim: [['mayor']], PerpOrg: [['eln']] }))];
  const predicted = [doc('d', tpl('arson', { Target: [['house']], PerpOrg: [['eln']] }), tpl('bombing', { Weapon: [['bomb']] }))];
  const score = scoreMuc4(gold, predicted);
  assert.deepEqual(score.total, { ...score.total, correctPredicted: 0, predicted: 2 + 3, correctGold: 0, gold: 1 + 2 });
  assert.equal(score.slots.incident_type.predicted, 2);
  assert.equal(score.slots.incident_type.gold, 1);
  assert.equal(score.total.f1, 0);
});

test('alignment picks the best of several candidate pairings', () => {
  const g1 = tpl('attack', { Victim: [['peasant']], PerpOrg: [['fmln']] });
  const g2 = tpl('attack', { Victim: [['mayor'], ['driver']], Target: [['car']] });
  const p1 = tpl('attack', { Victim: [['mayor'], ['driver']], Target: [['car']] });
  const p2 = tpl('attack', { Victim: [['peasant']] });
  const score = scoreMuc4([doc('d', g1, g2)], [doc('d', p1, p2)]);
  assert.deepEqual(score.documents[0]!.pairs, [[0, 1], [1, 0]]);
  assert.equal(score.total.correctPredicted, 6);
  assert.equal(score.total.predicted, 6);
  assert.equal(score.total.correctGold, 6);
  assert.equal(score.total.gold, 7);
  // One prediction and two gold templates: it goes to the gold template it fits best.
  const one = scoreMuc4([doc('d', g1, g2)], [doc('d', p1)]);
  assert.deepEqual(one.documents[0]!.pairs, [[0, 1]]);
});

test('a document absent from the predictions counts as predicting nothing', () => {
  const gold = [doc('a', tpl('attack', { Victim: [['v']] })), doc('b', tpl('bombing', { Target: [['t']] }))];
  const score = scoreMuc4(gold, [doc('a', tpl('attack', { Victim: [['v']] }))]);
  assert.equal(score.total.precision, 1);
  assert.equal(score.total.recall, 0.5);
  assert.equal(score.documents.length, 2);
});

test('documents with no gold template: predictions are false positives, silence is free', () => {
  const gold = [doc('a'), doc('b')];
  const score = scoreMuc4(gold, [doc('a', tpl('attack', { Victim: [['v']] }))]);
  assert.deepEqual([score.total.predicted, score.total.gold, score.total.f1], [2, 0, 0]);
});

test('predicted ids not in gold, and repeated ids, are errors', () => {
  assert.throws(() => scoreMuc4([doc('a')], [doc('zzz')]), { code: 'MUC4_UNKNOWN_ID' });
  assert.throws(() => scoreMuc4([doc('a')], [doc('a'), doc('a')]), { code: 'MUC4_DUPLICATE_ID' });
  assert.throws(() => scoreMuc4([doc('a'), doc('a')], []), { code: 'MUC4_DUPLICATE_ID' });
});

test('trivial baselines score 0', () => {
  const gold = [doc('a', tpl('attack', { Victim: [['v']] }))];
  assert.equal(scoreMuc4(gold, []).total.f1, 0);
  assert.equal(scoreMuc4(gold, [doc('a', tpl('robbery', { Victim: [['x']] }))]).total.f1, 0);
});

test('formatMuc4Score prints one row per slot and a total', () => {
  const gold = [doc('a', tpl('attack', { Victim: [['v']] }))];
  const table = formatMuc4Score(scoreMuc4(gold, gold));
  for (const slot of MUC4_SLOTS) assert.match(table, new RegExp(`^${slot} `, 'm'));
  assert.match(table, /^total \(micro\)\s+100\.00\s+100\.00\s+100\.00\s+2\/2\s+2\/2$/m);
});

/** Best document F1 by enumerating every alignment, without pruning. */
function bruteForceF1(predicted: PreparedTemplate[], gold: PreparedTemplate[]): number {
  const all = alignTemplates(predicted, [], 1e9); // denominators of the predicted side
  const den = alignTemplates([], gold, 1e9);
  const pDen = MUC4_SLOTS.reduce((s, k) => s + all.counts[k].predicted, 0);
  const gDen = MUC4_SLOTS.reduce((s, k) => s + den.counts[k].gold, 0);
  let best = 0;
  const walk = (i: number, used: Set<number>, pairs: Array<[number, number]>): void => {
    if (i === predicted.length) {
      let cp = 0;
      let cg = 0;
      for (const [a, b] of pairs) {
        const one = alignTemplates([predicted[a]!], [gold[b]!], 1e9);
        for (const k of MUC4_SLOTS) {
          cp += one.counts[k].correctPredicted;
          cg += one.counts[k].correctGold;
        }
      }
      const p = pDen ? cp / pDen : 0;
      const r = gDen ? cg / gDen : 0;
      best = Math.max(best, p + r ? (2 * p * r) / (p + r) : 0);
      return;
    }
    walk(i + 1, used, pairs);
    for (let j = 0; j < gold.length; j++) {
      if (used.has(j)) continue;
      walk(i + 1, new Set([...used, j]), [...pairs, [i, j]]);
    }
  };
  walk(0, new Set(), []);
  return best;
}

test('property: the pruned search finds the best alignment', () => {
  const mention = fc.constantFrom('a1', 'a2', 'b1', 'b2', 'c1');
  const entity = fc.array(mention, { minLength: 1, maxLength: 2 });
  const template = fc.record({
    incident_type: fc.constantFrom('attack', 'bombing'),
    PerpInd: fc.array(entity, { maxLength: 2 }),
    PerpOrg: fc.array(entity, { maxLength: 1 }),
    Target: fc.array(entity, { maxLength: 2 }),
    Victim: fc.array(entity, { maxLength: 2 }),
    Weapon: fc.constant([] as string[][]),
  });
  fc.assert(
    fc.property(fc.array(template, { maxLength: 4 }), fc.array(template, { maxLength: 4 }), (p, g) => {
      const predicted = preparePredictedTemplates(p);
      const gold = prepareGoldTemplates(g);
      const got = alignTemplates(predicted, gold);
      let cp = 0, pd = 0, cg = 0, gd = 0;
      for (const k of MUC4_SLOTS) {
        cp += got.counts[k].correctPredicted;
        pd += got.counts[k].predicted;
        cg += got.counts[k].correctGold;
        gd += got.counts[k].gold;
      }
      const pr = pd ? cp / pd : 0;
      const rc = gd ? cg / gd : 0;
      const f = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
      assert.ok(Math.abs(f - bruteForceF1(predicted, gold)) < 1e-9);
    }),
    { numRuns: 150 },
  );
});

test('the search beats greedy pairing; the cap keeps the best alignment found and flags the document', () => {
  // Greedy takes p0-g0 (the richest pair) and is left with p1-g1; the best is p0-g1 + p1-g0.
  const gold = [doc('d', tpl('attack', { Victim: [['a'], ['b']] }), tpl('attack', { Victim: [['c']] }))];
  const predicted = [doc('d', tpl('attack', { Victim: [['a'], ['b'], ['c']] }), tpl('attack', { Victim: [['a'], ['b']] }))];
  const exact = scoreMuc4(gold, predicted);
  assert.deepEqual(exact.documents[0]!.pairs, [[0, 1], [1, 0]]);
  assert.deepEqual(exact.cappedDocuments, []);
  const capped = scoreMuc4(gold, predicted, { alignmentCap: 2 });
  assert.deepEqual(capped.cappedDocuments, ['d']);
  assert.deepEqual(capped.documents[0]!.pairs, [[0, 0], [1, 1]]); // the greedy seed
  assert.ok(capped.total.f1 < exact.total.f1);
});

test('readMuc4Jsonl reads and checks records', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muc4-'));
  const file = path.join(dir, 'x.jsonl');
  fs.writeFileSync(file, '{"id":"a","templates":[{"incident_type":"attack","Victim":[["v"]]}]}\n\n{"id":"b","templates":[]}\n');
  const docs = readMuc4Jsonl(file);
  assert.deepEqual(docs.map((d) => d.id), ['a', 'b']);
  assert.deepEqual(docs[0]!.templates[0]!.PerpOrg, []);
  fs.writeFileSync(file, '{"id":"a","templates":[]}\n{oops\n');
  assert.throws(() => readJsonl(file), { code: 'MUC4_BAD_RECORD', message: /line 2/ });
  fs.writeFileSync(file, '{"id":"a","templates":[{"incident_type":"attack","Victim":["v"]}]}\n');
  assert.throws(() => readMuc4Jsonl(file), { code: 'MUC4_BAD_RECORD' });
  assert.throws(() => readJsonl(path.join(dir, 'missing.jsonl')), { code: 'NOT_FOUND' });
  fs.rmSync(dir, { recursive: true });
});

test('dev set: gold against itself', (t) => {
  const devPath = path.join(dataDir, 'dev.jsonl');
  if (!fs.existsSync(devPath)) return t.skip('../shared/data absent');
  const dev = readMuc4Jsonl(devPath);
  // Against the deduplicated gold (what the scorer compares with), every slot is perfect.
  const deduped = dev.map((d) => ({
    id: d.id,
    templates: d.templates.filter((x, i) => d.templates.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i),
  }));
  const clean = scoreMuc4(dev, deduped);
  for (const slot of MUC4_SLOTS) assert.equal(clean.slots[slot].f1, 1, slot);
  assert.equal(clean.total.f1, 1);
  assert.deepEqual(clean.cappedDocuments, []);
  // The raw file repeats 10 templates; predictions are not deduplicated, so those repeats
  // are unmatched predictions: recall stays 1, precision drops.
  const raw = scoreMuc4(dev, dev);
  assert.equal(raw.total.recall, 1);
  assert.equal(raw.slots.incident_type.predicted - raw.slots.incident_type.gold, 10);
  assert.equal(raw.total.correctGold, 731);
  assert.equal(scoreMuc4(dev, []).total.f1, 0);
});
