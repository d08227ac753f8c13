/**
 * A multiclass averaged perceptron over sparse features, each a small integer (see
 * feature-hash.ts; Collins 2002; the averaging trick keeps a running total per weight).
 * Training is deterministic given the example order.
 */

/** Trained, averaged weights: feature → one weight per label. */
export interface PerceptronWeights {
  labels: string[];
  weights: Map<number, Float32Array>;
}

/** Scores of every label for these features (missing features score nothing). */
export function scoreLabels(
  model: { labels: readonly string[]; weights: ReadonlyMap<number, ArrayLike<number>> },
  features: readonly number[],
  into?: Float64Array,
): Float64Array {
  const n = model.labels.length;
  const scores = into ?? new Float64Array(n);
  scores.fill(0);
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < n; k++) scores[k]! += w[k]!;
  }
  return scores;
}

/** Index of the best score; ties go to the lower index (deterministic). */
export function argmax(scores: ArrayLike<number>, allowed?: (k: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < scores.length; k++) {
    if (allowed && !allowed(k)) continue;
    if (scores[k]! > bestScore) { bestScore = scores[k]!; best = k; }
  }
  return best;
}

/** The learner: call `update` once per example, then `average()` for the final weights. */
export class PerceptronTrainer {
  readonly labels: string[];
  /** The current (not yet averaged) weights. */
  readonly weights = new Map<number, Float64Array>();
  private readonly totals = new Map<number, Float64Array>();
  private readonly stamps = new Map<number, Float64Array>();
  private instances = 0;

  constructor(labels: string[]) {
    this.labels = labels;
  }

  scores(features: readonly number[], into?: Float64Array): Float64Array {
    return scoreLabels(this, features, into);
  }

  /** One example: the true label index and the index the current weights guessed. */
  update(truth: number, guess: number, features: readonly number[]): void {
    this.instances += 1;
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(feature: number, label: number, delta: number): void {
    let w = this.weights.get(feature);
    if (!w) {
      const n = this.labels.length;
      w = new Float64Array(n);
      this.weights.set(feature, w);
      this.totals.set(feature, new Float64Array(n));
      this.stamps.set(feature, new Float64Array(n));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[label]! += (this.instances - stamps[label]!) * w[label]!;
    stamps[label] = this.instances;
    w[label]! += delta;
  }

  /** Averaged weights; features whose averaged weights all round to zero are dropped. */
  average(precision = 1e-3): PerceptronWeights {
    const out = new Map<number, Float32Array>();
    const n = this.labels.length;
    const count = Math.max(1, this.instances);
    for (const [feature, w] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const avg = new Float32Array(n);
      let keep = false;
      for (let k = 0; k < n; k++) {
        const total = totals[k]! + (this.instances - stamps[k]!) * w[k]!;
        const value = Math.round(total / count / precision) * precision;
        avg[k] = value;
        if (value !== 0) keep = true;
      }
      if (keep) out.set(feature, avg);
    }
    return { labels: [...this.labels], weights: out };
  }
}

/** A small seeded generator (mulberry32) so that shuffles are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
