/**
 * Ingest a pasted text (JSON) or uploaded files (multipart, field `file`, repeatable), read and
 * stored as `sitrep ingest` does, with one result per item (`sitrep ingest --format json`). The
 * request body is size-limited, and so is each document.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { DocumentMetadata } from '../../core/types.ts';
import { formatSize } from '../../ingest/format-size.ts';
import { normalizePublished } from '../../ingest/normalize-published.ts';
import { ingestDocumentResults } from '../../pipeline/ingest-documents.ts';
import { readUploads, type Upload } from '../../pipeline/read-uploads.ts';
import { ApiError } from '../api-error.ts';
import { IngestSummarySchema } from '../schemas.ts';
import type { Api, ServerContext } from '../server-context.ts';
import { json, writeErrorResponses } from './responses.ts';

const MAX_FILES = 1000;

const metadataFields = {
  title: z.string().max(1000).optional(),
  published: z.string().max(40).optional().openapi({ description: 'publication date, YYYY-MM-DD, YYYY-MM or YYYY' }),
  outlet: z.string().max(500).optional(),
  author: z.string().max(500).optional(),
  url: z.string().max(4000).optional(),
};

const file = z.custom<File>((v) => v instanceof File, 'expected a file').openapi({ type: 'string', format: 'binary' });

const PasteSchema = z.object({ text: z.string().min(1), ...metadataFields }).strict().openapi('IngestText');
const UploadSchema = z
  .object({ file: z.union([file, z.array(file).min(1).max(MAX_FILES)]).openapi({ description: 'one or more files (text, Markdown, HTML, PDF, RSS/Atom)' }), ...metadataFields })
  .openapi('IngestUpload');

function metadataOf(fields: { title?: string; published?: string; outlet?: string; author?: string; url?: string }): DocumentMetadata {
  let published: string | null = null;
  if (fields.published !== undefined && fields.published.trim() !== '') {
    published = normalizePublished(fields.published);
    if (!published) throw new ApiError(400, 'VALIDATION', `published: not a date: ${fields.published} (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  }
  return { published, title: fields.title ?? null, outlet: fields.outlet ?? null, author: fields.author ?? null, url: fields.url ?? null };
}

export function registerIngestRoutes(app: Api, ctx: ServerContext): void {
  const limit = bodyLimit({
    maxSize: ctx.maxUploadBytes,
    onError: () => { throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds the ${formatSize(ctx.maxUploadBytes)} limit`); },
  });
  app.openapi(
    createRoute({
      method: 'post', path: '/api/ingest', tags: ['ingest'],
      summary: 'Ingest a pasted text (JSON) or uploaded files (multipart/form-data), with one result per item, as `sitrep ingest --format json`',
      middleware: [limit] as const,
      request: { body: { required: false, content: { 'application/json': { schema: PasteSchema }, 'multipart/form-data': { schema: UploadSchema } } } },
      responses: {
        200: json(IngestSummarySchema, 'one result per item; a failed item does not stop the batch'),
        413: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'the request body is over the limit'),
        415: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'neither JSON nor multipart/form-data'),
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let uploads: Upload[];
      let metadata: DocumentMetadata;
      if (type.startsWith('multipart/form-data')) {
        const form = c.req.valid('form') as z.infer<typeof UploadSchema>;
        const files = Array.isArray(form.file) ? form.file : [form.file];
        metadata = metadataOf(form);
        uploads = await Promise.all(files.map(async (f) => ({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) })));
      } else if (type.startsWith('application/json')) {
        const paste = c.req.valid('json') as z.infer<typeof PasteSchema>;
        metadata = metadataOf(paste);
        uploads = [{ name: 'paste', bytes: new TextEncoder().encode(paste.text) }];
      } else {
        throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send application/json { "text": … } or multipart/form-data with file fields');
      }
      const summary = await ingestDocumentResults(ctx.store, readUploads(uploads, { metadata, maxBytes: ctx.maxUploadBytes }), { deps: ctx.deps });
      return c.json(summary, 200);
    },
  );
}
