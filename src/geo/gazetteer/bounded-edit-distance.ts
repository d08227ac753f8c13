/**
 * Levenshtein distance between a and b, or `max + 1` as soon as it must exceed `max`
 * (banded dynamic programming, O(max · length)).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    if (from > 1) curr[from - 1] = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1]! + cost, (j - 1 >= from - 1 ? curr[j - 1]! : max + 1) + 1, (j <= Math.min(n, i - 1 + max) ? prev[j]! : max + 1) + 1);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < n) curr[to + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[n]!, max + 1);
}
