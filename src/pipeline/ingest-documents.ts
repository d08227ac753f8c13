/**
 * Ingest: read each input, skip texts already stored (same content hash), extract, and store the
 * document with its incidents in one transaction. One result per item; a failure never stops the batch.
 */
import { describeError } from '../core/errors.ts';
import type { Store } from '../store/store.ts';
import type { InputRef } from '../ingest/enumerate-inputs.ts';
import { attachSources } from './attach-sources.ts';
import { extractDocument, type PipelineDependencies } from './extract-document.ts';
import { readDocuments, type DocumentResult, type ReadDocumentsOptions } from './read-documents.ts';

export type IngestItemResult =
  | { origin: string; status: 'added' | 'unchanged'; document: string; title: string | null; incidents: string[] }
  | { origin: string; status: 'failed'; code: string; reason: string };

export interface IngestSummary {
  added: number;
  unchanged: number;
  failed: number;
  incidents: number;
  items: IngestItemResult[];
}

export interface IngestOptions {
  deps: PipelineDependencies;
  onItem?: (item: IngestItemResult) => void;
}

export async function ingestDocuments(store: Store, inputs: InputRef[], options: ReadDocumentsOptions & IngestOptions): Promise<IngestSummary> {
  return ingestDocumentResults(store, readDocuments(inputs, options), options);
}

/** The same for documents read already (an upload, a pasted text): one result per item. */
export async function ingestDocumentResults(store: Store, results: AsyncIterable<DocumentResult> | Iterable<DocumentResult>, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, failed: 0, incidents: 0, items: [] };
  const record = (item: IngestItemResult) => {
    summary.items.push(item);
    if (item.status === 'failed') summary.failed++;
    else if (item.status === 'added') { summary.added++; summary.incidents += item.incidents.length; }
    else summary.unchanged++;
    options.onItem?.(item);
  };
  for await (const result of results) {
    if (!result.ok) {
      record({ origin: result.origin, status: 'failed', code: result.code, reason: result.reason });
      continue;
    }
    try {
      if (await store.hasDocument(result.document.hash)) {
        record({ origin: result.origin, status: 'unchanged', document: result.document.id, title: result.document.title, incidents: [] });
        continue;
      }
      const { document, incidents } = extractDocument(result.document, options.deps);
      const saved = await store.saveDocument(document, attachSources(document, incidents, options.deps.countryOfWord));
      record({ origin: result.origin, status: saved.status, document: saved.documentId, title: document.title, incidents: saved.incidentIds });
    } catch (error) {
      record({ origin: result.origin, status: 'failed', code: (error as { code?: string }).code ?? 'EXTRACT', reason: describeError(error) });
    }
  }
  return summary;
}
