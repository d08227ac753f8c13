/**
 * One-to-one assignment of rows to columns (or to nothing) maximising the summed weight of
 * the pairs; `null` weight forbids a pair. Depth-first search with an upper-bound prune,
 * seeded by a greedy assignment; beyond `cap` search nodes the best found so far is kept
 * and `capped` is set. Ties keep the first assignment found (greedy first).
 */
export interface Assignment {
  pairs: Array<[number, number]>;
  weight: number;
  capped: boolean;
}

export function bestAssignment(weights: ReadonlyArray<ReadonlyArray<number | null>>, columns: number, cap = 1_000_000): Assignment {
  const rows = weights.length;
  const candidates: Array<[number, number, number]> = [];
  weights.forEach((row, i) => row.forEach((w, j) => w !== null && w > 0 && candidates.push([i, j, w])));
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedRows = new Set<number>();
  const usedCols = new Set<number>();
  let bestPairs: Array<[number, number]> = [];
  let best = 0;
  for (const [i, j, w] of candidates) {
    if (usedRows.has(i) || usedCols.has(j)) continue;
    usedRows.add(i);
    usedCols.add(j);
    bestPairs.push([i, j]);
    best += w;
  }
  bestPairs.sort((a, b) => a[0] - b[0]);

  const bound = new Array<number>(rows + 1).fill(0);
  for (let i = rows - 1; i >= 0; i--) {
    bound[i] = bound[i + 1]! + Math.max(0, ...weights[i]!.map((w) => w ?? 0));
  }
  const used = new Array<boolean>(columns).fill(false);
  const current: Array<[number, number]> = [];
  let visited = 0;
  let capped = false;
  const search = (i: number, total: number): void => {
    if (capped) return;
    if (++visited > cap) {
      capped = true;
      return;
    }
    if (total + bound[i]! <= best) return;
    if (i === rows) {
      best = total;
      bestPairs = current.map(([a, b]) => [a, b]);
      return;
    }
    const row = weights[i]!;
    for (let j = 0; j < columns && !capped; j++) {
      const w = row[j];
      if (w === null || w === undefined || w <= 0 || used[j]) continue;
      used[j] = true;
      current.push([i, j]);
      search(i + 1, total + w);
      current.pop();
      used[j] = false;
    }
    search(i + 1, total);
  };
  search(0, 0);
  return { pairs: bestPairs, weight: best, capped };
}
