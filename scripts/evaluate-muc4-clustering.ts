/**
 * Cross-source merging on MUC-4 against the gold incident clusters of the 1992 answer keys
 * (src/eval/clusters/muc4-clustering.ts): pairwise and B-cubed P/R/F1 of each document's story
 * incident, merging on and off, on train (1300 messages) and dev (200), with the time taken.
 * The merge threshold (MERGE_THRESHOLD) was chosen on data/eval/clusters/dev, never on MUC-4:
 * both MUC-4 splits are unseen by it.
 *
 *   node --import tsx scripts/evaluate-muc4-clustering.ts [--data DIR] [--split train|dev] [--limit N] [--errors N]
 *
 * --limit N stores only the first N documents of each split (file order); --errors N prints N
 * false merges (with the stored merge evidence) and N missed merges (with the pair score the
 * matcher gives the two stories) per split. The whole of train (1300 messages) takes about a
 * minute (extraction ~25 s, storing twice ~35 s), so no sample is needed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Incident } from '../src/core/types.ts';
import type { Muc4AnswerKeys } from '../src/eval/muc4/answer-keys.ts';
import type { ExtractedSplitDocument } from '../src/eval/clusters/cluster-corpus.ts';
import {
  clusteringErrors,
  evaluateExtractedMuc4,
  extractMuc4Documents,
  readMuc4ClusteringInput,
  storyPairScore,
  storyReport,
  type Muc4ClusteringScore,
} from '../src/eval/clusters/muc4-clustering.ts';
import { defaultDependencies } from '../src/pipeline/default-dependencies.ts';
import { MERGE_THRESHOLD } from '../src/reconcile/score-report-pair.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (flag: string) => { const i = process.argv.indexOf(flag); return i >= 0 ? process.argv[i + 1] : undefined; };
const dataDir = arg('--data') ?? path.resolve(repoRoot, '..', 'shared', 'data', 'muc4');
const limit = arg('--limit') ? Number(arg('--limit')) : undefined;
const showErrors = Number(arg('--errors') ?? 0);
const splits = arg('--split') ? [arg('--split')!] : ['train', 'dev'];
const archive = path.join(dataDir, 'raw', 'muc34-original-train-dev.tar.gz');
if (!fs.existsSync(archive)) {
  console.error(`MUC-4 archive not found: ${archive}`);
  process.exit(1);
}

const pct = (x: number) => (x * 100).toFixed(1);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function line(name: string, merge: boolean, s: Muc4ClusteringScore): string {
  const { scores } = s;
  return `${name.padEnd(6)} merging ${merge ? 'on ' : 'off'}  scored ${scores.items}  gold clusters ${scores.goldClusters}  predicted ${scores.predictedClusters}  ` +
    `pairwise P ${pct(scores.pairwise.precision)} R ${pct(scores.pairwise.recall)} F1 ${pct(scores.pairwise.f1)} ` +
    `(pairs gold ${scores.pairwise.goldPairs} predicted ${scores.pairwise.predictedPairs} correct ${scores.pairwise.correctPairs})  ` +
    `B3 P ${pct(scores.bcubed.precision)} R ${pct(scores.bcubed.recall)} F1 ${pct(scores.bcubed.f1)}  stored incidents ${s.storedIncidents}`;
}

function keyFacts(keys: Muc4AnswerKeys, id: string): string {
  const t = keys.get(id)?.[0];
  if (!t) return 'no key template';
  const targets = [...t.humanTargetNames, ...t.humanTargetDescriptions, ...t.physicalTargets].map((f) => f.values[0]).slice(0, 3).join('; ');
  return `key: ${t.date?.raw ?? '-'} | ${t.location?.raw ?? '-'} | ${t.incidentTypes.join(' / ')} ${t.stage ?? ''} | ${targets}`;
}

function storyFacts(doc: ExtractedSplitDocument | undefined): string {
  const s = doc ? storyReport(doc) : null;
  if (!doc || !s) return 'story: none';
  const place = s.place ? `${s.place.name} (${s.place.precision}, ${s.place.country_code ?? '?'})` : '-';
  return `story: published ${doc.document.published ?? '-'} | date ${s.date ?? '-'} | ${place} | ${s.attack_types.join(', ')} | targets ${s.targets.map((t) => t.text).slice(0, 3).join('; ') || '-'} | reports in doc ${doc.incidents.length}`;
}

for (const name of splits) {
  const { documents: all, keys } = readMuc4ClusteringInput(path.join(dataDir, `${name}.jsonl`), archive);
  const documents = limit ? all.slice(0, limit) : all;
  const deps = defaultDependencies();
  let t = Date.now();
  const extracted = extractMuc4Documents(documents, deps);
  const extractMs = Date.now() - t;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-muc4-clusters-'));
  const dbPath = path.join(dir, 'merged.db');
  t = Date.now();
  const result = evaluateExtractedMuc4(extracted, keys, { dbPath });
  const storeMs = Date.now() - t;
  const c = result.counts;
  console.log(`\n== MUC-4 ${name}: ${c.documents} documents${limit ? ` (first ${limit} of ${all.length})` : ''}; threshold ${MERGE_THRESHOLD} (chosen on data/eval/clusters/dev) ==`);
  console.log(`publication date from the dateline: ${c.withPublished}/${c.documents}; reports extracted ${c.reports} (${c.storyReports} not background); identical texts ${c.duplicateTexts}`);
  console.log(`gold: ${c.scored} documents with a key template, ${c.goldClusters} clusters, ${c.goldGroups} groups of 2+ holding ${c.documentsInGoldGroups}, ${c.goldPairs} gold pairs`);
  console.log(`scored documents with no story found (singletons): ${result.merged.noStory.length}`);
  console.log(line(name, true, result.merged));
  console.log(line(name, false, result.unmerged));
  console.log(`time: extraction ${secs(extractMs)} (${(extractMs / c.documents).toFixed(0)} ms/document); storing and scoring, merging on and off, ${secs(storeMs)}`);

  const errors = clusteringErrors(result.gold, result.clustering);
  const goldPairsFound = (id: string) => result.clustering.predicted.get(id) ?? null;
  console.log(`errors: false merges ${errors.falseMerges.length} pairs; missed merges ${errors.missedMerges.length} pairs ` +
    `(of which ${errors.missedMerges.filter((e) => !goldPairsFound(e.a) || !goldPairsFound(e.b)).length} with a document with no story)`);
  if (showErrors > 0) {
    const byId = new Map(extracted.map((d) => [d.file, d]));
    const store = openSqliteStore(dbPath);
    try {
      console.log(`-- false merges (first ${showErrors}) --`);
      for (const e of errors.falseMerges.slice(0, showErrors)) {
        const incident = store.getIncidentSync(e.predicted[0]!) as Incident;
        console.log(`${e.a} + ${e.b}  incident ${incident.id} (${incident.reports?.length ?? 0} reports)`);
        console.log(`  ${e.a} ${keyFacts(keys, e.a)}\n    ${storyFacts(byId.get(e.a))}`);
        console.log(`  ${e.b} ${keyFacts(keys, e.b)}\n    ${storyFacts(byId.get(e.b))}`);
        const ra = storyReport(byId.get(e.a)!)?.id;
        const rb = storyReport(byId.get(e.b)!)?.id;
        const evidence = incident.merge_evidence ?? [];
        const direct = evidence.filter((m) => (m.a === ra || m.b === ra) && (m.a === rb || m.b === rb));
        const shown = direct.length > 0 ? direct : evidence.filter((m) => [ra, rb].includes(m.a) || [ra, rb].includes(m.b)).slice(0, 3);
        if (direct.length === 0) console.log('  no direct link; links of the two reports:');
        for (const m of shown) console.log(`    ${m.a} ~ ${m.b} score ${m.score}: ${m.notes.join('; ')}`);
      }
      console.log(`-- missed merges (first ${showErrors} where both documents have a story) --`);
      for (const e of errors.missedMerges.filter((x) => x.predicted[0] && x.predicted[1]).slice(0, showErrors)) {
        const pair = storyPairScore(byId.get(e.a)!, byId.get(e.b)!);
        console.log(`${e.a} / ${e.b}  gold ${e.gold[0]}`);
        console.log(`  ${e.a} ${keyFacts(keys, e.a)}\n    ${storyFacts(byId.get(e.a))}`);
        console.log(`  ${e.b} ${keyFacts(keys, e.b)}\n    ${storyFacts(byId.get(e.b))}`);
        if (pair) console.log(`  story pair score ${pair.score}${pair.veto ? ` (veto: ${pair.veto})` : ''}: ${pair.notes.join('; ')}`);
      }
    } finally {
      store.closeSync();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
