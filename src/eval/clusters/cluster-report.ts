/** The merging figures on the labelled splits as printable lines (for scripts/evaluate-clustering.ts and `npm run eval`). */
import path from 'node:path';
import type { PipelineDependencies } from '../../pipeline/extract-document.ts';
import { clusterSplit, extractSplit, readSplit, type ExtractedSplitDocument, type ClusterSplit } from './cluster-corpus.ts';
import { scoreSplit } from './cluster-corpus.ts';

const pct = (x: number) => (x * 100).toFixed(1);

export interface SplitRun {
  name: string;
  split: ClusterSplit;
  docs: ExtractedSplitDocument[];
}

export function loadSplits(dir: string, deps: PipelineDependencies): SplitRun[] {
  return ['dev', 'heldout'].map((name) => {
    const split = readSplit(path.join(dir, name));
    return { name, split, docs: extractSplit(split, deps) };
  });
}

/** One markdown table row per split and mode. */
export function clusterEvaluationTable(runs: SplitRun[]): string[] {
  const lines = ['| split | merging | documents scored / gold incidents / predicted | pairwise P / R / F1 | B-cubed P / R / F1 | copies found |', '| --- | --- | --- | --- | --- | --- |'];
  for (const { name, split, docs } of runs) {
    for (const merge of [true, false]) {
      const { scores, copies } = scoreSplit(split, clusterSplit(docs, { merge }));
      lines.push(`| ${name} | ${merge ? 'on' : 'off'} | ${scores.items} / ${scores.goldClusters} / ${scores.predictedClusters} | ` +
        `${pct(scores.pairwise.precision)} / ${pct(scores.pairwise.recall)} / ${pct(scores.pairwise.f1)} | ` +
        `${pct(scores.bcubed.precision)} / ${pct(scores.bcubed.recall)} / ${pct(scores.bcubed.f1)} | ${merge ? `${copies.found} of ${copies.labelled}, ${copies.wrong} wrong` : ''} |`);
    }
  }
  return lines;
}

/** How the threshold was chosen: the development split only. */
export function thresholdSweep(dev: SplitRun, from = 3, to = 8, step = 0.5): string[] {
  const lines: string[] = [];
  for (let threshold = from; threshold <= to; threshold += step) {
    const { scores } = scoreSplit(dev.split, clusterSplit(dev.docs, { threshold }));
    lines.push(`dev threshold ${threshold.toFixed(1)}: pairwise F1 ${pct(scores.pairwise.f1)} (P ${pct(scores.pairwise.precision)} R ${pct(scores.pairwise.recall)})  B3 F1 ${pct(scores.bcubed.f1)}`);
  }
  return lines;
}
