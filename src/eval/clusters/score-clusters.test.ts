import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scoreClusters, type ClusterScores } from './score-clusters.ts';

/** `"a b c | d e"` → a:0 b:0 c:0 d:1 e:1 (label = index of the group). */
function clusters(spec: string): Map<string, string> {
  const map = new Map<string, string>();
  spec.split('|').forEach((group, label) => {
    for (const item of group.trim().split(/\s+/).filter(Boolean)) map.set(item, `c${label}`);
  });
  return map;
}

interface Expected {
  counts: [items: number, goldClusters: number, predictedClusters: number];
  pairs: [gold: number, predicted: number, correct: number];
  pairwise: [precision: number, recall: number, f1: number];
  bcubed: [precision: number, recall: number, f1: number];
}

const near = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

function check(s: ClusterScores, e: Expected, name: string): void {
  assert.deepEqual([s.items, s.goldClusters, s.predictedClusters], e.counts, `${name} counts`);
  assert.deepEqual([s.pairwise.goldPairs, s.pairwise.predictedPairs, s.pairwise.correctPairs], e.pairs, `${name} pairs`);
  near(s.pairwise.precision, e.pairwise[0], `${name} pairwise P`);
  near(s.pairwise.recall, e.pairwise[1], `${name} pairwise R`);
  near(s.pairwise.f1, e.pairwise[2], `${name} pairwise F1`);
  near(s.bcubed.precision, e.bcubed[0], `${name} B3 P`);
  near(s.bcubed.recall, e.bcubed[1], `${name} B3 R`);
  near(s.bcubed.f1, e.bcubed[2], `${name} B3 F1`);
}

// Bagga & Baldwin (1998), "Algorithms for scoring coreference chains", figures 1-3: truth
// {1-5} {6 7} {8 9 A B C}; response 1 joins the last two chains (B-cubed precision 16/21 = 76%),
// response 2 the first and last (7/12 = 58%); recall is 100% for both.
const BB_TRUTH = '1 2 3 4 5 | 6 7 | 8 9 A B C';

const rows: Array<[name: string, gold: string, predicted: string, expected: Expected]> = [
  ['all singletons, both sides', 'a | b | c | d', 'a | b | c | d', { counts: [4, 4, 4], pairs: [0, 0, 0], pairwise: [1, 1, 1], bcubed: [1, 1, 1] }],
  // No gold pairs: recall 1 by convention; every predicted pair wrong.
  ['singleton gold, one big predicted cluster', 'a | b | c | d', 'a b c d', { counts: [4, 4, 1], pairs: [0, 6, 0], pairwise: [0, 1, 0], bcubed: [1 / 4, 1, 0.4] }],
  // No predicted pairs: precision 1 by convention.
  ['one big gold cluster, singleton prediction', 'a b c d', 'a | b | c | d', { counts: [4, 1, 4], pairs: [6, 0, 0], pairwise: [1, 0, 0], bcubed: [1, 1 / 4, 0.4] }],
  ['one big cluster, both sides', 'a b c d', 'a b c d', { counts: [4, 1, 1], pairs: [6, 6, 6], pairwise: [1, 1, 1], bcubed: [1, 1, 1] }],
  // Gold items missing from the prediction are singletons; predicted items not in gold (z) are ignored.
  ['missing items are singletons, extra items ignored', 'a b | c', 'a z', { counts: [3, 2, 3], pairs: [1, 0, 0], pairwise: [1, 0, 0], bcubed: [1, 2 / 3, 0.8] }],
  // Two missing items are two singletons, not one cluster.
  ['two missing items are not clustered together', 'a b', '', { counts: [2, 1, 2], pairs: [1, 0, 0], pairwise: [1, 0, 0], bcubed: [1, 1 / 2, 2 / 3] }],
  // Pairs: gold ab ac bc de, predicted ab cd ce de, correct ab de. B-cubed precision
  // (1 + 1 + 1/3 + 2/3 + 2/3)/5 = 11/15; recall (2/3 + 2/3 + 1/3 + 1 + 1)/5 = 11/15.
  ['one item moved between clusters', 'a b c | d e', 'a b | c d e', { counts: [5, 2, 2], pairs: [4, 4, 2], pairwise: [0.5, 0.5, 0.5], bcubed: [11 / 15, 11 / 15, 11 / 15] }],
  ['Bagga & Baldwin response 1', BB_TRUTH, '1 2 3 4 5 | 6 7 8 9 A B C', {
    counts: [12, 3, 2], pairs: [21, 31, 21], pairwise: [21 / 31, 1, 42 / 52], bcubed: [16 / 21, 1, 32 / 37],
  }],
  ['Bagga & Baldwin response 2', BB_TRUTH, '1 2 3 4 5 8 9 A B C | 6 7', {
    counts: [12, 3, 2], pairs: [21, 46, 21], pairwise: [21 / 46, 1, 42 / 67], bcubed: [7 / 12, 1, 14 / 19],
  }],
  ['no items', '', 'a b', { counts: [0, 0, 0], pairs: [0, 0, 0], pairwise: [1, 1, 1], bcubed: [1, 1, 1] }],
];

test('pairwise and B-cubed scores on hand-computed clusterings', () => {
  for (const [name, gold, predicted, expected] of rows) check(scoreClusters(clusters(gold), clusters(predicted)), expected, name);
});

test('the two label spaces are unrelated: the same label names mean nothing across maps', () => {
  const gold = new Map([['a', 'x'], ['b', 'y']]);
  const predicted = new Map([['a', 'y'], ['b', 'x']]);
  check(scoreClusters(gold, predicted), { counts: [2, 2, 2], pairs: [0, 0, 0], pairwise: [1, 1, 1], bcubed: [1, 1, 1] }, 'swapped labels');
});

// Random clusterings over up to 12 items, labels from a small alphabet so that clusters form.
const clustering = fc
  .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 })
  .chain((items) => fc.tuple(fc.constant(items.map((i) => `item${i}`)), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: items.length, maxLength: items.length })))
  .map(([items, labels]) => new Map(items.map((item, i) => [item, `L${labels[i]}`])));

/** A clustering with labels renamed one-to-one and entries in another order. */
function relabelAndShuffle(map: ReadonlyMap<string, string>, seed: number, prefix: string): Map<string, string> {
  const labels = [...new Set(map.values())];
  const rename = new Map(labels.map((label, i) => [label, `${prefix}${(i * 7 + seed) % 101}-${i}`]));
  const entries = [...map].map(([item, label]) => [item, rename.get(label)!] as [string, string]);
  entries.sort((a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7) || (seed % 2 === 0 ? a[0].localeCompare(b[0]) : b[0].localeCompare(a[0])));
  return new Map(entries);
}

test('property: relabelling clusters and shuffling item order change no score', () => {
  fc.assert(
    fc.property(clustering, clustering, fc.nat(1000), fc.nat(1000), (gold, predicted, s1, s2) => {
      const base = scoreClusters(gold, predicted);
      assert.deepEqual(scoreClusters(relabelAndShuffle(gold, s1, 'g'), relabelAndShuffle(predicted, s2, 'p')), base);
    }),
    { numRuns: 300 },
  );
});

test('property: shuffling with fast-check permutations changes no score', () => {
  fc.assert(
    fc.property(clustering.chain((gold) => fc.tuple(fc.constant(gold), fc.shuffledSubarray([...gold], { minLength: gold.size, maxLength: gold.size }))), clustering, ([gold, shuffled], predicted) => {
      assert.deepEqual(scoreClusters(new Map(shuffled), predicted), scoreClusters(gold, predicted));
    }),
    { numRuns: 200 },
  );
});

test('property: the perfect prediction scores 1, and every score lies in [0, 1]', () => {
  fc.assert(
    fc.property(clustering, clustering, fc.nat(1000), (gold, other, seed) => {
      const perfect = scoreClusters(gold, relabelAndShuffle(gold, seed, 'p'));
      for (const value of [perfect.pairwise.precision, perfect.pairwise.recall, perfect.pairwise.f1, perfect.bcubed.precision, perfect.bcubed.recall, perfect.bcubed.f1]) assert.equal(value, 1);
      assert.equal(perfect.predictedClusters, perfect.goldClusters);
      const s = scoreClusters(gold, other);
      for (const value of [s.pairwise.precision, s.pairwise.recall, s.pairwise.f1, s.bcubed.precision, s.bcubed.recall, s.bcubed.f1]) assert.ok(value >= 0 && value <= 1);
      assert.ok(s.pairwise.correctPairs <= Math.min(s.pairwise.goldPairs, s.pairwise.predictedPairs));
    }),
    { numRuns: 300 },
  );
});
