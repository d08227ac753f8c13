/**
 * Cross-source merging measured on a labelled multi-document split (`data/eval/clusters/dev` or
 * `heldout`): every document is read with its gold publication date and outlet, extracted once,
 * and stored into a fresh SQLite store in the given order; each document's story (its first
 * report that is not a background mention) is then compared with the gold incident. Documents
 * whose gold story is none or several are stored (they can pull reports together) but not scored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Incident, SourceDocument } from '../../core/types.ts';
import { makeDocument } from '../../ingest/make-document.ts';
import { attachSources } from '../../pipeline/attach-sources.ts';
import { extractDocument, type PipelineDependencies } from '../../pipeline/extract-document.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { scoreClusters, type ClusterScores } from './score-clusters.ts';

export interface GoldDocument {
  published: string;
  outlet: string;
  incident?: string | null;
  incidents?: string[];
  background?: string[];
  copy_of?: string;
  kind: string;
}

export interface ClusterSplit {
  dir: string;
  documents: Record<string, GoldDocument>;
}

export interface ExtractedSplitDocument {
  file: string;
  document: SourceDocument;
  incidents: Incident[];
}

export function readSplit(dir: string): ClusterSplit {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { documents: Record<string, GoldDocument> };
  return { dir, documents: gold.documents };
}

/** Extract every document of a split once (the expensive part), in file-name order. */
export function extractSplit(split: ClusterSplit, deps: PipelineDependencies): ExtractedSplitDocument[] {
  return Object.keys(split.documents).sort().map((file) => {
    const meta = split.documents[file]!;
    const text = fs.readFileSync(path.join(split.dir, file), 'utf8');
    const read = { origin: path.join(split.dir, file), format: file.endsWith('.md') ? 'markdown' as const : 'text' as const, text, metadata: {} };
    const extracted = extractDocument(makeDocument(read, { published: meta.published, outlet: meta.outlet }), deps);
    return { file, document: extracted.document, incidents: attachSources(extracted.document, extracted.incidents, deps.countryOfWord) };
  });
}

export interface SplitClustering {
  /** document file → incident id of its story, or null when none was found. */
  predicted: Map<string, string | null>;
  /** every report's incident, for order-independence checks */
  partition: string[][];
  incidents: number;
  /** Documents detected as near-duplicates: file → file of the original. */
  copies: Map<string, string>;
}

/** Store the extracted documents in this order into a fresh database and read back the clustering. */
export function clusterSplit(docs: ExtractedSplitDocument[], options: { merge?: boolean; dbPath?: string; threshold?: number } = {}): SplitClustering {
  const dir = options.dbPath ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-clusters-'));
  const store = openSqliteStore(options.dbPath ?? path.join(dir!, 'clusters.db'), { merge: options.merge ?? true, mergeThreshold: options.threshold });
  try {
    for (const d of docs) store.saveDocumentSync(d.document, d.incidents);
    const reports = store.listReportsSync();
    const byDocument = new Map<string, typeof reports>();
    for (const r of reports) {
      if (!r.document) continue;
      const list = byDocument.get(r.document) ?? [];
      list.push(r);
      byDocument.set(r.document, list);
    }
    const predicted = new Map<string, string | null>();
    const fileOf = new Map<string, string>();
    for (const d of docs) {
      fileOf.set(d.document.id, d.file);
      const order = new Map(d.incidents.map((i, n) => [i.id, n]));
      const story = (byDocument.get(d.document.id) ?? []).filter((r) => !r.background).sort((a, b) => (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0))[0];
      predicted.set(d.file, story?.incident ?? null);
    }
    const groups = new Map<string, string[]>();
    for (const r of reports) groups.set(r.incident, [...(groups.get(r.incident) ?? []), r.report]);
    const partition = [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    const copies = new Map<string, string>();
    for (const d of docs) {
      const stored = store.getDocumentSync(d.document.id);
      if (stored?.copy_of) copies.set(d.file, fileOf.get(stored.copy_of) ?? stored.copy_of);
    }
    return { predicted, partition, incidents: store.statsSync().incidents, copies };
  } finally {
    store.closeSync();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface SplitScore {
  scores: ClusterScores;
  /** Scored documents whose story was not found at all. */
  missed: string[];
  /** Syndicated copies found / labelled, and documents wrongly taken for copies. */
  copies: { found: number; labelled: number; wrong: number };
}

export function scoreSplit(split: ClusterSplit, clustering: SplitClustering): SplitScore {
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const missed: string[] = [];
  for (const [file, meta] of Object.entries(split.documents)) {
    if (!meta.incident) continue;
    gold.set(file, meta.incident);
    const p = clustering.predicted.get(file);
    if (p) predicted.set(file, p);
    else missed.push(file);
  }
  let found = 0;
  let wrong = 0;
  for (const [file, original] of clustering.copies) {
    if (split.documents[file]?.copy_of === original || split.documents[original]?.copy_of === file) found++;
    else wrong++;
  }
  const labelled = Object.values(split.documents).filter((d) => d.copy_of).length;
  return { scores: scoreClusters(gold, predicted), missed, copies: { found, labelled, wrong } };
}
