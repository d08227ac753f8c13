/**
 * A read document plus user-given metadata becomes a `SourceDocument`: `hash` is the sha256
 * hex of the exact stored text, `id` is `d` + its first 15 hex digits (so re-reading the
 * same text gives the same id). Overrides win over metadata found in the file; blank values
 * become null; `published` is normalised to `YYYY-MM-DD` / `YYYY-MM` / `YYYY`.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../core/errors.ts';
import type { DocumentMetadata, SourceDocument } from '../core/types.ts';
import { normalizePublished } from './normalize-published.ts';
import type { ReadDocument } from './read-input.ts';

const FIELDS = ['title', 'outlet', 'author', 'url'] as const;

export function makeDocument(read: ReadDocument, overrides: DocumentMetadata = {}): SourceDocument {
  const hash = createHash('sha256').update(read.text, 'utf8').digest('hex');
  const merged: Record<(typeof FIELDS)[number], string | null> = { title: null, outlet: null, author: null, url: null };
  for (const field of FIELDS) merged[field] = clean(overrides[field]) ?? clean(read.metadata[field]);

  let published: string | null;
  const givenPublished = clean(overrides.published);
  if (givenPublished !== null) {
    published = normalizePublished(givenPublished);
    if (published === null) {
      throw new UsageError(`published date "${givenPublished}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`);
    }
  } else {
    published = normalizePublished(clean(read.metadata.published));
  }

  return {
    id: `d${hash.slice(0, 15)}`,
    hash,
    text: read.text,
    ...merged,
    published,
    origin: read.origin,
    format: read.format,
  };
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}
