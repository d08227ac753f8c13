/**
 * Cross-source merging measured on a MUC-4 split against the gold incident clusters derived
 * from the 1992 answer keys (`muc4GoldClusters`). Every document of the split is extracted once
 * (with the publication date of its original message's dateline when the archive has a full
 * one, and the dateline's agency as outlet), stored in file order into a fresh SQLite store
 * (`clusterSplit`, merging on or off), and its story incident (its first report that is not a
 * background mention, as in `cluster-corpus.ts`) is compared with the gold cluster of its first
 * key template. Only documents the gold covers (at least one key template) are scored; a scored
 * document with no report is a singleton. Every document is stored, scored or not: an
 * irrelevant message can still pull two scored reports together.
 *
 * Pure apart from `readMuc4ClusteringInput` (the file reading at the edge) and the temporary
 * SQLite store that `clusterSplit` opens.
 */
import type { Incident } from '../../core/types.ts';
import { makeDocument } from '../../ingest/make-document.ts';
import { attachSources } from '../../pipeline/attach-sources.ts';
import { extractDocument, type PipelineDependencies } from '../../pipeline/extract-document.ts';
import { profileReport } from '../../reconcile/report-profile.ts';
import { scoreReportPair, type PairScore } from '../../reconcile/score-report-pair.ts';
import { readMuc4Archive, type Muc4AnswerKeys } from '../muc4/answer-keys.ts';
import type { Muc4MessageText } from '../muc4/message-texts.ts';
import { readMuc4Jsonl } from '../muc4/read-jsonl.ts';
import { clusterSplit, type ExtractedSplitDocument, type SplitClustering } from './cluster-corpus.ts';
import { muc4GoldClusters, type Muc4GoldClusterOptions } from './muc4-gold-clusters.ts';
import { scoreClusters, type ClusterScores } from './score-clusters.ts';

/** One MUC-4 message as the evaluation stores it. */
export interface Muc4ClusteringDocument {
  id: string;
  text: string;
  /** `YYYY-MM-DD` from the original dateline, or null (no dateline, no date, or a day without a year). */
  published: string | null;
  /** The dateline's agency or station (`EFE`, `RADIO VENCEREMOS`), or null. */
  outlet: string | null;
}

/** The split's documents in file order, with the dateline facts of their original messages. Pure. */
export function muc4ClusteringDocuments(
  docs: ReadonlyArray<{ id: string; text?: string }>,
  texts: ReadonlyMap<string, Muc4MessageText> = new Map(),
): Muc4ClusteringDocument[] {
  return docs.map((doc) => {
    const dateline = texts.get(doc.id)?.dateline ?? null;
    const date = dateline?.date ?? null;
    return {
      id: doc.id,
      text: doc.text ?? '',
      published: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      outlet: dateline?.source ?? null,
    };
  });
}

/** Extract every document once (the expensive part), in the given order; `file` is the message id. */
export function extractMuc4Documents(docs: readonly Muc4ClusteringDocument[], deps: PipelineDependencies): ExtractedSplitDocument[] {
  return docs.map((doc) => {
    const read = { origin: doc.id, format: 'text' as const, text: doc.text, metadata: {} };
    const extracted = extractDocument(makeDocument(read, { published: doc.published, outlet: doc.outlet }), deps);
    return { file: doc.id, document: extracted.document, incidents: attachSources(extracted.document, extracted.incidents, deps.countryOfWord) };
  });
}

export interface Muc4ClusteringScore {
  scores: ClusterScores;
  /** Scored documents whose story was not found (no report that is not background): singletons. */
  noStory: string[];
  /** Incidents in the store after all documents (every document, scored or not). */
  storedIncidents: number;
}

/** Gold document → cluster label for the documents the gold covers, and their predicted story incidents. */
export function scoreMuc4Clustering(gold: ReadonlyMap<string, string>, clustering: SplitClustering): Muc4ClusteringScore {
  const predicted = new Map<string, string>();
  const noStory: string[] = [];
  for (const id of gold.keys()) {
    const incident = clustering.predicted.get(id);
    if (incident) predicted.set(id, incident);
    else noStory.push(id);
  }
  return { scores: scoreClusters(gold, predicted), noStory: noStory.sort(), storedIncidents: clustering.incidents };
}

export interface Muc4ClusteringCounts {
  /** Documents of the split (all extracted and stored). */
  documents: number;
  /** Documents whose dateline gave a full publication date. */
  withPublished: number;
  /** Documents the gold covers (at least one key template): the scored items. */
  scored: number;
  goldClusters: number;
  /** Gold clusters of two or more documents, and the documents in them. */
  goldGroups: number;
  documentsInGoldGroups: number;
  goldPairs: number;
  /** Reports extracted over all documents, and those that are not background mentions. */
  reports: number;
  storyReports: number;
  /** Documents whose text another document of the split has already (one stored document, one id). */
  duplicateTexts: number;
}

export interface Muc4ClusteringResult {
  counts: Muc4ClusteringCounts;
  merged: Muc4ClusteringScore;
  unmerged: Muc4ClusteringScore;
  /** The clustering with merging on, for error analysis. */
  clustering: SplitClustering;
  gold: Map<string, string>;
}

export interface Muc4ClusteringOptions {
  /** Merge threshold (default: the store's, i.e. MERGE_THRESHOLD). */
  threshold?: number;
  /** Keep the merging-on store at this path (for reading merge evidence); default a temporary one. */
  dbPath?: string;
  /** Options of the gold rule (`ids` is always the documents given). */
  gold?: Omit<Muc4GoldClusterOptions, 'ids'>;
}

/** Score already-extracted documents (in storing order) against the gold clusters of `keys`, merging on and off. */
export function evaluateExtractedMuc4(extracted: readonly ExtractedSplitDocument[], keys: Muc4AnswerKeys, options: Muc4ClusteringOptions = {}): Muc4ClusteringResult {
  const ids = extracted.map((d) => d.file);
  const gold = muc4GoldClusters(keys, { ...options.gold, ids });
  const clustering = clusterSplit([...extracted], { merge: true, threshold: options.threshold, dbPath: options.dbPath });
  const merged = scoreMuc4Clustering(gold, clustering);
  const unmerged = scoreMuc4Clustering(gold, clusterSplit([...extracted], { merge: false }));
  const sizes = new Map<string, number>();
  for (const label of gold.values()) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  const groups = [...sizes.values()].filter((n) => n >= 2);
  const hashes = new Set<string>();
  let duplicateTexts = 0;
  for (const d of extracted) {
    if (hashes.has(d.document.hash)) duplicateTexts++;
    hashes.add(d.document.hash);
  }
  const reports = extracted.reduce((n, d) => n + d.incidents.length, 0);
  const storyReports = extracted.reduce((n, d) => n + d.incidents.filter((i) => !i.background).length, 0);
  return {
    counts: {
      documents: extracted.length,
      withPublished: extracted.filter((d) => d.document.published !== null).length,
      scored: gold.size,
      goldClusters: sizes.size,
      goldGroups: groups.length,
      documentsInGoldGroups: groups.reduce((s, n) => s + n, 0),
      goldPairs: merged.scores.pairwise.goldPairs,
      reports,
      storyReports,
      duplicateTexts,
    },
    merged,
    unmerged,
    clustering,
    gold,
  };
}

/** Extract, store and score a split's documents (see the module comment). */
export function evaluateMuc4Clustering(
  docs: readonly Muc4ClusteringDocument[],
  keys: Muc4AnswerKeys,
  deps: PipelineDependencies,
  options: Muc4ClusteringOptions = {},
): Muc4ClusteringResult {
  return evaluateExtractedMuc4(extractMuc4Documents(docs, deps), keys, options);
}

/** A pair of scored documents the merger got wrong. */
export interface Muc4ClusteringError {
  a: string;
  b: string;
  /** Gold labels (equal for a missed merge) and predicted incidents (equal for a false merge; null: no story). */
  gold: [string, string];
  predicted: [string | null, string | null];
}

/** Pairs of scored documents put together against the gold (false merges) and gold pairs left apart (missed merges), in id order. */
export function clusteringErrors(gold: ReadonlyMap<string, string>, clustering: SplitClustering): { falseMerges: Muc4ClusteringError[]; missedMerges: Muc4ClusteringError[] } {
  const ids = [...gold.keys()].sort();
  const falseMerges: Muc4ClusteringError[] = [];
  const missedMerges: Muc4ClusteringError[] = [];
  const byPredicted = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const id of ids) {
    const p = clustering.predicted.get(id);
    if (p) byPredicted.set(p, [...(byPredicted.get(p) ?? []), id]);
    byGold.set(gold.get(id)!, [...(byGold.get(gold.get(id)!) ?? []), id]);
  }
  const error = (a: string, b: string): Muc4ClusteringError => ({
    a, b, gold: [gold.get(a)!, gold.get(b)!], predicted: [clustering.predicted.get(a) ?? null, clustering.predicted.get(b) ?? null],
  });
  for (const members of byPredicted.values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (gold.get(members[i]!) !== gold.get(members[j]!)) falseMerges.push(error(members[i]!, members[j]!));
  }
  for (const members of byGold.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const p = clustering.predicted.get(members[i]!);
        if (!p || p !== clustering.predicted.get(members[j]!)) missedMerges.push(error(members[i]!, members[j]!));
      }
    }
  }
  const order = (x: Muc4ClusteringError, y: Muc4ClusteringError) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
  return { falseMerges: falseMerges.sort(order), missedMerges: missedMerges.sort(order) };
}

/** A document's story report as extracted (first report that is not background), or null. */
export function storyReport(doc: ExtractedSplitDocument): Incident | null {
  return doc.incidents.find((i) => !i.background) ?? null;
}

/**
 * Why two stories were not linked: the pair score of their extracted stories, as the matcher
 * would compute it (the store's candidate retrieval by date window and country may also have
 * kept them from ever being scored). Null when either document has no story.
 */
export function storyPairScore(a: ExtractedSplitDocument, b: ExtractedSplitDocument): PairScore | null {
  const x = storyReport(a);
  const y = storyReport(b);
  if (!x || !y) return null;
  const profile = (doc: ExtractedSplitDocument, incident: Incident) => profileReport({ ...incident, documents: [doc.document.id] }, doc.document.published);
  return scoreReportPair(profile(a, x), profile(b, y));
}

/** The edge: a split's JSONL documents with their dateline facts, and the answer keys, from the release archive. */
export function readMuc4ClusteringInput(jsonlPath: string, archivePath: string): { documents: Muc4ClusteringDocument[]; keys: Muc4AnswerKeys } {
  const { keys, texts } = readMuc4Archive(archivePath);
  return { documents: muc4ClusteringDocuments(readMuc4Jsonl(jsonlPath), texts), keys };
}
