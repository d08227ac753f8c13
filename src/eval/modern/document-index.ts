/**
 * Builds the file → document map the modern scorer needs when the articles were extracted
 * in a known order: `sitrep extract a.md b.md --format json` lists its documents in argument order.
 */
import type { ExtractionResult } from '../../core/types.ts';
import { SitrepError } from '../../core/errors.ts';
import type { DocumentIndex } from './score-modern.ts';

export function indexDocumentsByOrder(files: string[], result: ExtractionResult): DocumentIndex {
  if (files.length !== result.documents.length) {
    throw new SitrepError('BAD_EXPECTED', `${files.length} files but ${result.documents.length} documents in the extraction result`);
  }
  return new Map(files.map((file, i) => [file, { documentId: result.documents[i]!.id }]));
}
