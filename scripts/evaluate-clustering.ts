/**
 * Cross-source merging quality on the labelled multi-document splits (data/eval/clusters/dev and
 * heldout): pairwise and B-cubed precision/recall/F1 of documents grouped into incidents, with
 * merging on and off, and the near-duplicate copies found. The merge threshold and weights were
 * chosen on dev only; heldout is reported beside it and never tuned on.
 *   node --import tsx scripts/evaluate-clustering.ts [--verbose]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterSplit, extractSplit, readSplit, scoreSplit } from '../src/eval/clusters/cluster-corpus.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const sweep = process.argv.includes('--sweep');
const pct = (x: number) => (x * 100).toFixed(1);

for (const name of ['dev', 'heldout']) {
  const split = readSplit(path.join(root, 'data', 'eval', 'clusters', name));
  const docs = extractSplit(split, defaultDependencies());
  if (sweep && name === 'dev') {
    // how the threshold was chosen: dev only
    for (let threshold = 3; threshold <= 8; threshold += 0.5) {
      const { scores } = scoreSplit(split, clusterSplit(docs, { threshold }));
      console.log(`dev threshold ${threshold.toFixed(1)}: pairwise F1 ${pct(scores.pairwise.f1)} (P ${pct(scores.pairwise.precision)} R ${pct(scores.pairwise.recall)})  B3 F1 ${pct(scores.bcubed.f1)}`);
    }
  }
  for (const merge of [true, false]) {
    const clustering = clusterSplit(docs, { merge });
    const { scores, missed, copies } = scoreSplit(split, clustering);
    console.log(
      `${name.padEnd(8)} merging ${merge ? 'on ' : 'off'}  documents ${scores.items}  gold incidents ${scores.goldClusters}  predicted ${scores.predictedClusters}  ` +
        `pairwise P ${pct(scores.pairwise.precision)} R ${pct(scores.pairwise.recall)} F1 ${pct(scores.pairwise.f1)}  ` +
        `B3 P ${pct(scores.bcubed.precision)} R ${pct(scores.bcubed.recall)} F1 ${pct(scores.bcubed.f1)}  ` +
        `no story found ${missed.length}${merge ? `  copies found ${copies.found}/${copies.labelled} (wrong ${copies.wrong})` : ''}`,
    );
    if (verbose && merge) {
      const byIncident = new Map<string, string[]>();
      for (const [file, incident] of clustering.predicted) byIncident.set(incident ?? '-', [...(byIncident.get(incident ?? '-') ?? []), `${file} [${split.documents[file]?.incident ?? (split.documents[file]?.incidents ?? []).join('+') ?? '-'}]`]);
      for (const [incident, files] of byIncident) console.log(`  ${incident}\n    ${files.join('\n    ')}`);
    }
  }
}
