/**
 * Cross-source merging quality on the labelled multi-document splits (data/eval/clusters/dev and
 * heldout): pairwise and B-cubed precision/recall/F1 of documents grouped into incidents, with
 * merging on and off, and the near-duplicate copies found. The merge threshold and weights were
 * chosen on dev only (`--sweep` shows how); heldout is reported beside it and never tuned on.
 *   node --import tsx scripts/evaluate-clustering.ts [--verbose] [--sweep]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterSplit } from '../src/eval/clusters/cluster-corpus.ts';
import { clusterEvaluationTable, loadSplits, thresholdSweep } from '../src/eval/clusters/cluster-report.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = loadSplits(path.join(root, 'data', 'eval', 'clusters'), defaultDependencies());
if (process.argv.includes('--sweep')) console.log(thresholdSweep(runs[0]!).join('\n'));
console.log(clusterEvaluationTable(runs).join('\n'));
if (process.argv.includes('--verbose')) {
  for (const { name, split, docs } of runs) {
    const byIncident = new Map<string, string[]>();
    for (const [file, incident] of clusterSplit(docs).predicted) {
      const gold = split.documents[file]!;
      byIncident.set(incident ?? '-', [...(byIncident.get(incident ?? '-') ?? []), `${file} [${gold.incident ?? (gold.incidents ?? []).join('+')}]`]);
    }
    console.log(`\n${name}:`);
    for (const [incident, files] of byIncident) console.log(`  ${incident}\n    ${files.join('\n    ')}`);
  }
}
