/**
 * Per-document alignment of predicted to gold templates. Each predicted template maps to a
 * distinct gold template or to nothing; a pair counts only when the predicted incident type
 * is a non-empty substring of the gold type. The alignment with the highest micro-F1 over the
 * six slots wins (ties: more correct fills, then the first found). Denominators do not depend
 * on the alignment, so only matched pairs are enumerated.
 *
 * Search: a greedy alignment (pairs by most correct fills first) seeds the best; then the
 * alignments are enumerated depth-first, pruning a branch when even the best remaining gains
 * (each remaining predicted template taking its best gold partner) cannot beat the best so far.
 * The search is exact unless it visits more than `cap` search nodes; then the best alignment
 * seen so far (never worse than greedy) is kept and the result is flagged `capped`.
 */
import { MUC4_ROLES, MUC4_SLOTS, type Muc4Slot } from './muc4-types.ts';
import type { PreparedTemplate } from './prepare-templates.ts';

/** Raw counts for one slot: precision numerator/denominator and recall numerator/denominator. */
export interface Muc4Counts {
  correctPredicted: number;
  predicted: number;
  correctGold: number;
  gold: number;
}

export type SlotCounts = Record<Muc4Slot, Muc4Counts>;

export interface Alignment {
  /** [predicted index, gold index] of every matched pair. */
  pairs: Array<[number, number]>;
  counts: SlotCounts;
  capped: boolean;
}

export const DEFAULT_ALIGNMENT_CAP = 1_000_000;

export function emptySlotCounts(): SlotCounts {
  const counts = {} as SlotCounts;
  for (const slot of MUC4_SLOTS) counts[slot] = { correctPredicted: 0, predicted: 0, correctGold: 0, gold: 0 };
  return counts;
}

export function typesMatch(predictedType: string, goldType: string): boolean {
  return predictedType !== '' && goldType.includes(predictedType);
}

/** Correct fills of one matched pair, per slot: [correct predicted, found gold]. */
function pairGains(predicted: PreparedTemplate, gold: PreparedTemplate): Record<Muc4Slot, [number, number]> {
  const gains = { incident_type: [1, 1] } as Record<Muc4Slot, [number, number]>;
  for (const role of MUC4_ROLES) {
    const goldSets = gold.roles[role].map((entity) => new Set(entity));
    const inside = (entity: string[], set: Set<string>): boolean => entity.every((mention) => set.has(mention));
    const predictedEntities = predicted.roles[role];
    const correct = predictedEntities.filter((entity) => goldSets.some((set) => inside(entity, set))).length;
    const found = goldSets.filter((set) => predictedEntities.some((entity) => inside(entity, set))).length;
    gains[role] = [correct, found];
  }
  return gains;
}

function f1(correctPredicted: number, predicted: number, correctGold: number, gold: number): number {
  const p = predicted === 0 ? 0 : correctPredicted / predicted;
  const r = gold === 0 ? 0 : correctGold / gold;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function alignTemplates(
  predicted: readonly PreparedTemplate[],
  gold: readonly PreparedTemplate[],
  cap: number = DEFAULT_ALIGNMENT_CAP,
): Alignment {
  let predictedTotal = 0;
  let goldTotal = 0;
  const base = emptySlotCounts();
  for (const template of predicted) {
    base.incident_type.predicted += 1;
    for (const role of MUC4_ROLES) base[role].predicted += template.roles[role].length;
  }
  for (const template of gold) {
    base.incident_type.gold += 1;
    for (const role of MUC4_ROLES) base[role].gold += template.roles[role].length;
  }
  for (const slot of MUC4_SLOTS) {
    predictedTotal += base[slot].predicted;
    goldTotal += base[slot].gold;
  }

  // gains[i][j]: per-slot gains of pairing predicted i with gold j, or null when types differ.
  const gains = predicted.map((p) => gold.map((g) => (typesMatch(p.type, g.type) ? pairGains(p, g) : null)));
  const totalOf = (g: Record<Muc4Slot, [number, number]>): [number, number] => {
    let cp = 0;
    let cg = 0;
    for (const slot of MUC4_SLOTS) {
      cp += g[slot][0];
      cg += g[slot][1];
    }
    return [cp, cg];
  };
  const totals = gains.map((row) => row.map((g) => (g === null ? null : totalOf(g))));

  let bestPairs: Array<[number, number]> = [];
  let bestF1 = -1;
  let bestSum = -1;
  const consider = (pairs: Array<[number, number]>, cp: number, cg: number): void => {
    const score = f1(cp, predictedTotal, cg, goldTotal);
    const sum = cp + cg;
    if (score > bestF1 + 1e-12 || (Math.abs(score - bestF1) <= 1e-12 && sum > bestSum)) {
      bestF1 = score;
      bestSum = sum;
      bestPairs = pairs.map(([i, j]) => [i, j]);
    }
  };

  // Greedy seed.
  const candidates: Array<[number, number, number]> = [];
  totals.forEach((row, i) => row.forEach((t, j) => t !== null && candidates.push([i, j, t[0] + t[1]])));
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const greedy: Array<[number, number]> = [];
  let greedyCp = 0;
  let greedyCg = 0;
  for (const [i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    greedy.push([i, j]);
    const t = totals[i]![j]!;
    greedyCp += t[0];
    greedyCg += t[1];
  }
  greedy.sort((a, b) => a[0] - b[0]);
  consider(greedy, greedyCp, greedyCg);

  // Upper bounds of what predicted templates i.. can still add (each with its best partner).
  const boundCp = new Array<number>(predicted.length + 1).fill(0);
  const boundCg = new Array<number>(predicted.length + 1).fill(0);
  for (let i = predicted.length - 1; i >= 0; i--) {
    const row = totals[i]!.filter((t): t is [number, number] => t !== null);
    boundCp[i] = boundCp[i + 1]! + Math.max(0, ...row.map((t) => t[0]));
    boundCg[i] = boundCg[i + 1]! + Math.max(0, ...row.map((t) => t[1]));
  }

  // Exhaustive depth-first search with pruning, capped.
  let visited = 0;
  let capped = false;
  const usedGold = new Array<boolean>(gold.length).fill(false);
  const current: Array<[number, number]> = [];
  const search = (i: number, cp: number, cg: number): void => {
    if (capped) return;
    visited += 1;
    if (visited > cap) {
      capped = true;
      return;
    }
    if (i === predicted.length) {
      consider(current, cp, cg);
      return;
    }
    const bestCp = cp + boundCp[i]!;
    const bestCg = cg + boundCg[i]!;
    const bound = f1(bestCp, predictedTotal, bestCg, goldTotal);
    if (bound < bestF1 - 1e-12 || (bound <= bestF1 + 1e-12 && bestCp + bestCg <= bestSum)) return;
    search(i + 1, cp, cg);
    const row = totals[i]!;
    for (let j = 0; j < gold.length && !capped; j++) {
      const t = row[j];
      if (t === null || t === undefined || usedGold[j]) continue;
      usedGold[j] = true;
      current.push([i, j]);
      search(i + 1, cp + t[0], cg + t[1]);
      current.pop();
      usedGold[j] = false;
    }
  };
  search(0, 0, 0);

  const counts = base;
  for (const [i, j] of bestPairs) {
    const g = gains[i]![j]!;
    for (const slot of MUC4_SLOTS) {
      counts[slot].correctPredicted += g[slot][0];
      counts[slot].correctGold += g[slot][1];
    }
  }
  return { pairs: bestPairs, counts, capped };
}
