/**
 * Uploaded files and pasted texts to documents, one result per item, read exactly as `sitrep
 * ingest` reads a file or stdin (the same readers, limits and error codes). An item's origin is
 * `upload:NAME`; its file name's extension picks the reader, else the content does.
 */
import { Readable } from 'node:stream';
import { InputError, describeError } from '../core/errors.ts';
import type { DocumentMetadata } from '../core/types.ts';
import { binaryKindFromExtension } from '../ingest/binary-kind.ts';
import { formatFromExtension } from '../ingest/detect-format.ts';
import { formatSize } from '../ingest/format-size.ts';
import { makeDocument } from '../ingest/make-document.ts';
import { readInput } from '../ingest/read-input.ts';
import type { DocumentResult } from './read-documents.ts';

export interface Upload {
  /** The file name as uploaded (or `paste` for a pasted text). */
  name: string;
  bytes: Uint8Array;
}

export async function* readUploads(uploads: readonly Upload[], options: { metadata: DocumentMetadata; maxBytes: number }): AsyncGenerator<DocumentResult> {
  for (const upload of uploads) {
    const origin = `upload:${upload.name}`;
    try {
      const kind = binaryKindFromExtension(upload.name);
      if (kind) throw new InputError('UNSUPPORTED', origin, `unsupported file type: ${kind}`);
      if (upload.bytes.length > options.maxBytes) throw new InputError('TOO_LARGE', origin, `${formatSize(upload.bytes.length)} exceeds the ${formatSize(options.maxBytes)} limit`);
      const byName = formatFromExtension(upload.name);
      // The stdin reader takes the bytes; a feed extension is left to detection, which tells an HTML page from a feed.
      const read = await readInput({ origin: '-', size: upload.bytes.length }, {
        stdin: Readable.from([Buffer.from(upload.bytes)]),
        maxBytes: options.maxBytes,
        formatHint: byName && byName !== 'feed' ? byName : undefined,
      });
      for (const r of read) {
        const itemOrigin = r.origin === '-' ? origin : r.origin.startsWith('-#') ? `${origin}${r.origin.slice(1)}` : r.origin;
        yield { ok: true, origin: itemOrigin, document: makeDocument({ ...r, origin: itemOrigin }, options.metadata) };
      }
    } catch (error) {
      const code = error instanceof InputError ? error.code : (error as { code?: string }).code ?? 'UNREADABLE';
      const reason = error instanceof InputError ? error.message : describeError(error);
      yield { ok: false, origin, code, reason };
    }
  }
}
