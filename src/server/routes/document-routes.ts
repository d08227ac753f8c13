/**
 * A document with its exact text, metadata, the original it copies, the incidents it reports,
 * and the span of every claim quote in it (from the claims of those incidents), in text order.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Claim, Incident } from '../../core/types.ts';
import { ApiError } from '../api-error.ts';
import type { Api, ServerContext } from '../server-context.ts';
import { errorResponses, idParam, json } from './responses.ts';

const SpanSchema = z
  .object({
    claim: z.number().int().nullable(), incident: z.string(), field: z.string(), source: z.string(), stance: z.string(),
    start: z.number().int(), end: z.number().int(), quote: z.string(), rejected: z.boolean(),
  })
  .openapi('QuoteSpan', { description: 'text.slice(start, end) === quote' });

const DocumentSchema = z
  .object({
    document: z.looseObject({
      id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), author: z.string().nullable(), url: z.string().nullable(),
      published: z.string().nullable(), origin: z.string().nullable(), format: z.string(), hash: z.string(), copy_of: z.string().nullable(), text: z.string(),
    }),
    incidents: z.array(z.string()),
    spans: z.array(SpanSchema),
  })
  .openapi('DocumentView');

export function registerDocumentRoutes(app: Api, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/documents/{id}', tags: ['documents'],
      summary: 'A document: exact text, metadata, copy_of, the incidents it reports and the span of every claim quote in it',
      request: { params: idParam('document id') },
      responses: { 200: json(DocumentSchema, 'the document'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const document = await ctx.store.getDocument(id);
      if (!document) throw new ApiError(404, 'NOT_FOUND', `no document ${id}`);
      const reported = [...new Set((await ctx.store.listReports()).filter((r) => r.document === id).map((r) => r.incident))];
      const incidents: Incident[] = [];
      for (const incidentId of reported) {
        const incident = await ctx.store.getIncident(incidentId);
        if (incident && !incidents.some((i) => i.id === incident.id)) incidents.push(incident);
      }
      const seen = new Set<string>();
      const spans = incidents
        .flatMap((incident) => incident.claims.filter((claim) => claim.document === id).map((claim: Claim) => ({ incident: incident.id, claim })))
        .filter(({ claim }) => {
          const key = claim.id !== undefined ? `#${claim.id}` : `${claim.field}:${claim.start}:${claim.end}:${claim.source}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map(({ incident, claim }) => ({
          claim: claim.id ?? null, incident, field: claim.field, source: claim.source, stance: claim.stance,
          start: claim.start, end: claim.end, quote: claim.quote, rejected: claim.rejected !== undefined,
        }))
        .sort((a, b) => a.start - b.start || a.end - b.end || (a.claim ?? 0) - (b.claim ?? 0));
      return c.json({ document: { ...document, copy_of: document.copy_of ?? null }, incidents: incidents.map((i) => i.id), spans }, 200);
    },
  );
}
