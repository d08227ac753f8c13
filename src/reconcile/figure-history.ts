/**
 * How each figure of an incident changed as reports came in: the reconciled value after each
 * reporting document, in order of publication (a document without a date comes after the dated
 * ones, in storage order). Pure: the claims and the documents' dates come in as parameters.
 */
import type { Claim, FigureField, FigureHistoryStep, Reliability } from '../core/types.ts';
import { reconcileFigures } from './reconcile-figures.ts';

export interface HistoryDocument {
  id: string;
  published: string | null;
}

const FIELDS: FigureField[] = ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'];

/** A document's date for ordering: its publication date, else its latest statement date. */
function documentDate(doc: HistoryDocument, claims: Claim[]): string | null {
  if (doc.published) return doc.published;
  const said = claims.filter((c) => c.document === doc.id && c.reported_at && /^\d{4}/.test(c.reported_at)).map((c) => c.reported_at!);
  return said.length ? said.sort().at(-1)! : null;
}

export function figureHistory(
  claims: Claim[],
  documents: HistoryDocument[],
  reliability?: (sourceId: string) => Reliability,
): Record<FigureField, FigureHistoryStep[]> {
  const dated = documents.map((d, order) => ({ ...d, date: documentDate(d, claims), order }));
  dated.sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? '') || a.order - b.order);
  const out = {} as Record<FigureField, FigureHistoryStep[]>;
  for (const field of FIELDS) {
    const steps: FigureHistoryStep[] = [];
    const seen = new Set<string>();
    for (const doc of dated) {
      seen.add(doc.id);
      if (!claims.some((c) => c.document === doc.id && c.field === field)) continue;
      const r = reconcileFigures(claims.filter((c) => seen.has(c.document)), field, reliability);
      const last = steps.at(-1);
      if (last && last.low === r.low && last.best === r.best && last.high === r.high && last.disputed === r.disputed) continue;
      steps.push({ document: doc.id, published: doc.date, ...r });
    }
    out[field] = steps;
  }
  return out;
}
