/**
 * Scores a clustering of items (documents, reports, templates) against a gold clustering, as
 * used to measure how well reports of one incident are grouped across sources.
 *
 * Both clusterings are maps from item id to cluster label. Only items present in `gold` are
 * scored: an item of `predicted` that gold does not list is ignored, and a gold item missing
 * from `predicted` counts as a predicted singleton. Labels are compared only for equality
 * within one clustering; the two clusterings' label spaces are unrelated.
 *
 * - Pairwise: over unordered pairs of distinct items; a pair is gold (predicted) when both
 *   items share a gold (predicted) cluster. precision = correct / predicted pairs,
 *   recall = correct / gold pairs.
 * - B-cubed (Bagga & Baldwin 1998), averaged per item: for item i with gold cluster G(i) and
 *   predicted cluster C(i), precision_i = |G(i) ∩ C(i)| / |C(i)| and
 *   recall_i = |G(i) ∩ C(i)| / |G(i)|; precision and recall are the means over items.
 * - F1 is the harmonic mean of precision and recall (0 when both are 0).
 *
 * Conventions for empty denominators: no predicted pairs gives pairwise precision 1, no gold
 * pairs gives pairwise recall 1 (so all-singleton gold against all-singleton predictions is
 * perfect, and a prediction that links nothing against gold with pairs has precision 1,
 * recall 0, F1 0); no items at all gives 1 for every B-cubed figure.
 *
 * The figures do not depend on label names or on the order of the maps' entries: every sum
 * of fractions is taken over terms in sorted order.
 */

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

export interface PairwiseScores extends PrecisionRecallF1 {
  /** Pairs of gold items in the same gold cluster. */
  goldPairs: number;
  /** Pairs of gold items in the same predicted cluster. */
  predictedPairs: number;
  /** Pairs in the same cluster on both sides. */
  correctPairs: number;
}

export interface ClusterScores {
  /** Items scored: the items of `gold`. */
  items: number;
  goldClusters: number;
  /** Predicted clusters among the scored items (each missing item a singleton of its own). */
  predictedClusters: number;
  pairwise: PairwiseScores;
  bcubed: PrecisionRecallF1;
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function sortedSum(terms: number[]): number {
  return terms.sort((a, b) => a - b).reduce((sum, term) => sum + term, 0);
}

export function scoreClusters(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScores {
  // Contingency table: cell (gold label, predicted cluster) → items. Predicted clusters are
  // keyed apart from singletons of missing items, which cannot collide with a real label.
  const goldSizes = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const cells = new Map<string, Map<string, number>>();
  for (const [item, goldLabel] of gold) {
    const predictedLabel = predicted.get(item);
    const cluster = predictedLabel === undefined ? `missing\u0000${item}` : `label\u0000${predictedLabel}`;
    goldSizes.set(goldLabel, (goldSizes.get(goldLabel) ?? 0) + 1);
    predictedSizes.set(cluster, (predictedSizes.get(cluster) ?? 0) + 1);
    let row = cells.get(goldLabel);
    if (row === undefined) cells.set(goldLabel, (row = new Map()));
    row.set(cluster, (row.get(cluster) ?? 0) + 1);
  }

  const items = gold.size;
  let goldPairs = 0;
  for (const size of goldSizes.values()) goldPairs += pairsOf(size);
  let predictedPairs = 0;
  for (const size of predictedSizes.values()) predictedPairs += pairsOf(size);
  let correctPairs = 0;
  const precisionTerms: number[] = [];
  const recallTerms: number[] = [];
  for (const [goldLabel, row] of cells) {
    for (const [cluster, n] of row) {
      correctPairs += pairsOf(n);
      // n items each with |G ∩ C| = n: they add n·n/|C| to the precision sum, n·n/|G| to recall.
      precisionTerms.push((n * n) / predictedSizes.get(cluster)!);
      recallTerms.push((n * n) / goldSizes.get(goldLabel)!);
    }
  }

  const pairPrecision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const pairRecall = goldPairs === 0 ? 1 : correctPairs / goldPairs;
  const bPrecision = items === 0 ? 1 : sortedSum(precisionTerms) / items;
  const bRecall = items === 0 ? 1 : sortedSum(recallTerms) / items;
  return {
    items,
    goldClusters: goldSizes.size,
    predictedClusters: predictedSizes.size,
    pairwise: { precision: pairPrecision, recall: pairRecall, f1: f1(pairPrecision, pairRecall), goldPairs, predictedPairs, correctPairs },
    bcubed: { precision: bPrecision, recall: bRecall, f1: f1(bPrecision, bRecall) },
  };
}
