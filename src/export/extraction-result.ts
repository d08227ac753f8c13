/** The JSON contract object of `sitrep extract`: all documents and all incidents. */
import type { ExtractionResult, Incident, SourceDocument } from '../core/types.ts';

export function toExtractionResult(documents: SourceDocument[], incidents: Incident[]): ExtractionResult {
  return {
    documents: documents.map((d) => ({ id: d.id, title: d.title, published: d.published, origin: d.origin, outlet: d.outlet, url: d.url })),
    incidents,
  };
}
