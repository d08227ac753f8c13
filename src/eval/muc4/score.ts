/**
 * The standard MUC-4 role-filler score (the GTT template scorer, "CEAF-REE"): per document,
 * clean and normalise the templates, align predicted to gold templates for the best
 * micro-F1 over the six slots, then sum the raw counts over all documents.
 */
import { alignTemplates, DEFAULT_ALIGNMENT_CAP, emptySlotCounts, type Muc4Counts, type SlotCounts } from './align-templates.ts';
import { Muc4Error, MUC4_SLOTS, type Muc4Doc, type Muc4Slot } from './muc4-types.ts';
import { prepareGoldTemplates, preparePredictedTemplates } from './prepare-templates.ts';

export type { Muc4Counts } from './align-templates.ts';

export interface Muc4SlotScore extends Muc4Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Muc4DocScore {
  id: string;
  /** Micro counts over the six slots for this document. */
  counts: Muc4Counts;
  /** Matched [predicted, gold] template indices, into the cleaned lists (gold after dedup). */
  pairs: Array<[number, number]>;
  capped: boolean;
}

export interface Muc4Score {
  /** Micro P/R/F1 over all six slots: the headline figure. */
  total: Muc4SlotScore;
  slots: Record<Muc4Slot, Muc4SlotScore>;
  documents: Muc4DocScore[];
  /** Ids of documents whose alignment search hit the cap (best alignment found kept). */
  cappedDocuments: string[];
}

export interface Muc4ScoreOptions {
  /** Most search nodes visited per document before keeping the best alignment found; default 1,000,000. */
  alignmentCap?: number;
}

function withRates(counts: Muc4Counts): Muc4SlotScore {
  const precision = counts.predicted === 0 ? 0 : counts.correctPredicted / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.correctGold / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function sumCounts(parts: Iterable<Muc4Counts>): Muc4Counts {
  const total: Muc4Counts = { correctPredicted: 0, predicted: 0, correctGold: 0, gold: 0 };
  for (const part of parts) {
    total.correctPredicted += part.correctPredicted;
    total.predicted += part.predicted;
    total.correctGold += part.correctGold;
    total.gold += part.gold;
  }
  return total;
}

function indexById(docs: readonly Muc4Doc[], side: string): Map<string, Muc4Doc> {
  const byId = new Map<string, Muc4Doc>();
  for (const doc of docs) {
    if (byId.has(doc.id)) throw new Muc4Error('MUC4_DUPLICATE_ID', `document id appears twice in ${side}`, doc.id);
    byId.set(doc.id, doc);
  }
  return byId;
}

/**
 * Scores predictions against gold. Every gold document is scored; a gold document absent
 * from the predictions counts as predicting nothing. A predicted id that is not in gold, or
 * an id repeated on either side, throws a `Muc4Error`.
 */
export function scoreMuc4(gold: readonly Muc4Doc[], predicted: readonly Muc4Doc[], options: Muc4ScoreOptions = {}): Muc4Score {
  const cap = options.alignmentCap ?? DEFAULT_ALIGNMENT_CAP;
  const goldById = indexById(gold, 'gold');
  const predictedById = indexById(predicted, 'predictions');
  for (const id of predictedById.keys()) {
    if (!goldById.has(id)) throw new Muc4Error('MUC4_UNKNOWN_ID', 'predicted document id is not in gold', id);
  }
  const totals: SlotCounts = emptySlotCounts();
  const documents: Muc4DocScore[] = [];
  for (const goldDoc of gold) {
    const alignment = alignTemplates(
      preparePredictedTemplates(predictedById.get(goldDoc.id)?.templates ?? []),
      prepareGoldTemplates(goldDoc.templates),
      cap,
    );
    for (const slot of MUC4_SLOTS) totals[slot] = sumCounts([totals[slot], alignment.counts[slot]]);
    documents.push({
      id: goldDoc.id,
      counts: sumCounts(MUC4_SLOTS.map((slot) => alignment.counts[slot])),
      pairs: alignment.pairs,
      capped: alignment.capped,
    });
  }
  const slots = {} as Record<Muc4Slot, Muc4SlotScore>;
  for (const slot of MUC4_SLOTS) slots[slot] = withRates(totals[slot]);
  return {
    total: withRates(sumCounts(MUC4_SLOTS.map((slot) => totals[slot]))),
    slots,
    documents,
    cappedDocuments: documents.filter((doc) => doc.capped).map((doc) => doc.id),
  };
}

const pct = (value: number): string => (value * 100).toFixed(2);

/** A plain-text table: one row per slot and a total row, with P/R/F1 in percent and raw counts. */
export function formatMuc4Score(score: Muc4Score): string {
  const header = ['slot', 'P', 'R', 'F1', 'P num/den', 'R num/den'];
  const row = (name: string, s: Muc4SlotScore): string[] => [
    name,
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    `${s.correctPredicted}/${s.predicted}`,
    `${s.correctGold}/${s.gold}`,
  ];
  const rows = [header, ...MUC4_SLOTS.map((slot) => row(slot, score.slots[slot])), row('total (micro)', score.total)];
  const widths = header.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const line = (r: string[]): string => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1, -1).map(line), line(rows[rows.length - 1]!)];
  out.push(`${score.documents.length} documents`);
  if (score.cappedDocuments.length > 0) {
    out.push(`alignment search capped in ${score.cappedDocuments.length} document(s): ${score.cappedDocuments.join(', ')}`);
  }
  return out.join('\n');
}
