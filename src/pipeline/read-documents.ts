/**
 * Paths (files, directories, `-`) to documents, one result per input: a document with its
 * metadata, or a failure naming the input and the reason. Reading goes on after a failure.
 */
import type { DocumentMetadata, SourceDocument } from '../core/types.ts';
import { InputError, describeError } from '../core/errors.ts';
import { enumerateInputs, type InputRef } from '../ingest/enumerate-inputs.ts';
import { makeDocument } from '../ingest/make-document.ts';
import { readInput, type ReadOptions } from '../ingest/read-input.ts';

export type DocumentResult =
  | { ok: true; origin: string; document: SourceDocument }
  | { ok: false; origin: string; code: string; reason: string };

export interface ReadDocumentsOptions extends ReadOptions {
  metadata: DocumentMetadata;
}

export async function listInputs(paths: string[]): Promise<{ inputs: InputRef[]; failures: DocumentResult[] }> {
  const { inputs, failures } = await enumerateInputs(paths);
  return { inputs, failures: failures.map((f) => ({ ok: false, origin: f.origin, code: f.error.code, reason: f.error.message })) };
}

export async function* readDocuments(inputs: InputRef[], options: ReadDocumentsOptions): AsyncGenerator<DocumentResult> {
  for (const ref of inputs) {
    try {
      const read = await readInput(ref, options);
      for (const r of read) yield { ok: true, origin: r.origin, document: makeDocument(r, options.metadata) };
    } catch (error) {
      const code = error instanceof InputError ? error.code : 'UNREADABLE';
      const reason = error instanceof InputError ? error.message : describeError(error);
      yield { ok: false, origin: ref.origin, code, reason };
    }
  }
}
