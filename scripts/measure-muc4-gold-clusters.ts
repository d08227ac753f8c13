/**
 * Measures the gold incident clusters derived from the MUC-4 answer keys
 * (src/eval/clusters/muc4-gold-clusters.ts) on the dev split (TST1 + TST2, 200 messages) and
 * the train split (DEV, 1300 messages): documents grouped, groups of two or more, the largest
 * group, the same at template level, how the variants of the rule (single linkage, no target
 * check) differ from it (scored with scoreClusters, the default rule as gold), and example
 * groups with their key date, place, type and targets.
 *
 * Usage: node --import tsx scripts/measure-muc4-gold-clusters.ts [--data DIR] [--examples N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMuc4Archive, type Muc4AnswerKeys, type Muc4KeyTemplate } from '../src/eval/muc4/answer-keys.ts';
import { readMuc4Jsonl } from '../src/eval/muc4/read-jsonl.ts';
import { muc4GoldClusters, muc4GoldTemplateClusters, summarizeGoldClusters, type GoldClusterSummary, type Muc4GoldClusterOptions } from '../src/eval/clusters/muc4-gold-clusters.ts';
import { scoreClusters } from '../src/eval/clusters/score-clusters.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (flag: string) => { const i = process.argv.indexOf(flag); return i >= 0 ? process.argv[i + 1] : undefined; };
const dataDir = arg('--data') ?? path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');
const examples = Number(arg('--examples') ?? 5);
const archive = path.join(dataDir, 'raw', 'muc34-original-train-dev.tar.gz');
if (!fs.existsSync(archive)) {
  console.error(`MUC-4 archive not found: ${archive}`);
  process.exit(1);
}

const { keys } = readMuc4Archive(archive);
const pct = (x: number) => (100 * x).toFixed(1);

const counts = (s: GoldClusterSummary) =>
  `${s.items} grouped into ${s.clusters} clusters; ${s.multiItemClusters} groups of 2+ holding ${s.itemsInMultiItemClusters}; largest ${s.largestCluster}`;

function describe(template: Muc4KeyTemplate): string {
  const targets = [...template.humanTargetNames, ...template.humanTargetDescriptions, ...template.physicalTargets].map((f) => f.values[0]).join('; ');
  const type = `${template.incidentTypes.join(' / ')} ${template.stage ?? ''}`.trim();
  return `${template.date?.raw ?? '-'} | ${template.location?.raw ?? '-'} | ${type}${template.optional ? ' (OPTIONAL)' : ''} | ${targets.length > 70 ? `${targets.slice(0, 67)}...` : targets}`;
}

function measure(name: string, ids: readonly string[], keys: Muc4AnswerKeys): void {
  const documents = muc4GoldClusters(keys, { ids });
  const templates = muc4GoldTemplateClusters(keys, { ids });
  const docSummary = summarizeGoldClusters(documents);
  console.log(`\n== ${name}: ${ids.length} messages ==`);
  console.log(`documents (first template): ${counts(docSummary)}`);
  console.log(`templates: ${counts(summarizeGoldClusters(templates))}`);
  const variants: Array<[string, Muc4GoldClusterOptions]> = [
    ['single linkage', { linkage: 'single' }],
    ['no target check', { checkTargets: false }],
    ['openStartDays 3', { openStartDays: 3 }],
    ['no OPTIONAL templates', { includeOptional: false }],
  ];
  console.log('variants at document level, scored against the default rule as gold (pairwise P/R, B-cubed P/R):');
  for (const [what, options] of variants) {
    const variant = muc4GoldClusters(keys, { ids, ...options });
    const s = scoreClusters(documents, variant);
    console.log(`  ${what.padEnd(22)} ${counts(summarizeGoldClusters(variant)).padEnd(72)} pairs ${pct(s.pairwise.precision)}/${pct(s.pairwise.recall)}  B3 ${pct(s.bcubed.precision)}/${pct(s.bcubed.recall)}`);
  }
  const singletons = scoreClusters(documents, new Map());
  console.log(`  all singletons: pairwise F1 ${pct(singletons.pairwise.f1)}, B-cubed F1 ${pct(singletons.bcubed.f1)} (${singletons.pairwise.goldPairs} gold pairs)`);
  console.log(`example groups (document level, largest ${examples}):`);
  for (const group of docSummary.groups.slice(0, examples)) {
    console.log(`  [${group.length}]`);
    for (const id of group) console.log(`    ${id}  ${describe(keys.get(id)![0]!)}`);
  }
}

const splitIds = (file: string, prefix: RegExp): string[] => {
  const jsonl = path.join(dataDir, file);
  return fs.existsSync(jsonl) ? readMuc4Jsonl(jsonl).map((d) => d.id) : [...keys.keys()].filter((id) => prefix.test(id)).sort();
};
measure('dev', splitIds('dev.jsonl', /^TST/), keys);
measure('train', splitIds('train.jsonl', /^DEV/), keys);
