/**
 * Extraction of one stored document into contract incidents: drafts from the extractor, values
 * derived from their claims. Shared by `sitrep extract`, `sitrep ingest` and the MUC-4 harness.
 */
import type { Incident, SourceDocument } from '../core/types.ts';
import { extractIncidents, type ExtractionDependencies } from '../extract/extract-incidents.ts';
import { deriveIncident } from '../reconcile/derive-incident.ts';

export interface ExtractedDocument {
  document: SourceDocument;
  incidents: Incident[];
}

export function extractDocument(document: SourceDocument, deps: ExtractionDependencies): ExtractedDocument {
  const { drafts, dateline } = extractIncidents(document, deps);
  const enriched: SourceDocument = {
    ...document,
    published: document.published ?? dateline?.date ?? null,
    outlet: document.outlet ?? dateline?.outlet ?? null,
  };
  const incidents = drafts
    .filter((d) => d.claims.length > 0)
    .map((d) => deriveIncident(d.key, d.claims, { related: d.related, documents: [document.id], background: d.background }));
  return { document: enriched, incidents };
}
