/**
 * Runs the product's extraction over the modern article files and returns the contract
 * result with the file → document index the scorer needs.
 */
import path from 'node:path';
import type { ExtractionResult } from '../../core/types.ts';
import { InputError } from '../../core/errors.ts';
import type { ExtractionDependencies } from '../../extract/extract-incidents.ts';
import { enumerateInputs } from '../../ingest/enumerate-inputs.ts';
import { makeDocument } from '../../ingest/make-document.ts';
import { readInput } from '../../ingest/read-input.ts';
import { extractDocument } from '../../pipeline/extract-document.ts';
import type { DocumentIndex } from './score-modern.ts';

export interface CorpusExtraction {
  result: ExtractionResult;
  index: DocumentIndex;
}

export async function extractModernCorpus(articlesDir: string, files: string[], deps: ExtractionDependencies): Promise<CorpusExtraction> {
  const result: ExtractionResult = { documents: [], incidents: [] };
  const index: DocumentIndex = new Map();
  for (const file of files) {
    const { inputs, failures } = await enumerateInputs([path.join(articlesDir, file)]);
    if (failures[0]) throw failures[0].error;
    const [read] = await readInput(inputs[0]!);
    if (!read) throw new InputError('EMPTY', file, 'no document read');
    const { document, incidents } = extractDocument(makeDocument(read), deps);
    result.documents.push({ id: document.id, title: document.title, published: document.published });
    result.incidents.push(...incidents);
    index.set(file, { documentId: document.id });
  }
  return { result, index };
}
