/** Incidents: the filtered list, one incident (any id that answers for it), its brief, and "on this day". */
import { createRoute, z } from '@hono/zod-openapi';
import { formatDayBrief, formatIncidentBrief } from '../../export/incident-brief.ts';
import { incidentDocuments } from '../../pipeline/incident-documents.ts';
import { ApiError } from '../api-error.ts';
import { queryIncidents } from '../incident-query.ts';
import { calendarDay, IncidentListSchema, IncidentSchema, incidentQuery } from '../schemas.ts';
import type { Api, ServerContext } from '../server-context.ts';
import { errorResponses, idParam, json } from './responses.ts';

export const LIST_DEFAULT_LIMIT = 100;
export const LIST_MAX_LIMIT = 1000;

/** A brief is document text rendered as HTML: no script may run, only its own inline style applies. */
export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function registerIncidentRoutes(app: Api, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/incidents', tags: ['incidents'],
      summary: 'Incidents matching every filter of `sitrep incidents`, in date order (nearest first with near), one page with the total',
      request: { query: incidentQuery(LIST_MAX_LIMIT, LIST_DEFAULT_LIMIT) },
      responses: { 200: json(IncidentListSchema, 'a page of incidents in the contract shape'), ...errorResponses },
    }),
    async (c) => c.json(await queryIncidents(ctx.store, c.req.valid('query'), LIST_DEFAULT_LIMIT), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/incidents/{id}', tags: ['incidents'],
      summary: 'One incident with its claims, documents, merge evidence, figure history, sources and attribution (an alias id answers too)',
      request: { params: idParam('incident id or alias') },
      responses: { 200: json(IncidentSchema, 'the incident'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const incident = await ctx.store.getIncident(id);
      if (!incident) throw new ApiError(404, 'NOT_FOUND', `no incident ${id}`);
      return c.json(incident, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/incidents/{id}/brief', tags: ['incidents', 'exports'],
      summary: 'A cited brief of one incident (what `sitrep brief ID` prints)',
      request: { params: idParam('incident id or alias'), query: z.object({ format: z.enum(['markdown', 'html']).optional().openapi({ description: 'markdown (default) or html (one standalone page)' }) }) },
      responses: { 200: { content: { 'text/markdown': { schema: z.string() }, 'text/html': { schema: z.string() } }, description: 'the brief' }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const format = c.req.valid('query').format ?? 'markdown';
      const incident = await ctx.store.getIncident(id);
      if (!incident) throw new ApiError(404, 'NOT_FOUND', `no incident ${id}`);
      const brief = formatIncidentBrief(incident, await incidentDocuments(ctx.store, [incident]), { format });
      return format === 'html'
        ? c.body(brief, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': BRIEF_CSP })
        : c.body(brief, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    },
  );

  const onThisDayQuery = incidentQuery(LIST_MAX_LIMIT, LIST_DEFAULT_LIMIT).omit({ on: true, near: true, within_km: true, any_precision: true }).extend({
    format: z.enum(['json', 'markdown', 'html']).optional().openapi({ description: 'json (default: the incidents and the Markdown brief), markdown or html (the brief alone)' }),
  });
  app.openapi(
    createRoute({
      method: 'get', path: '/api/on-this-day/{mmdd}', tags: ['incidents'],
      summary: 'The incidents on a calendar day in any year, with their cited brief (what `sitrep brief --on MM-DD` prints)',
      request: { params: z.object({ mmdd: calendarDay.openapi({ param: { name: 'mmdd', in: 'path' }, example: '06-05' }) }), query: onThisDayQuery },
      responses: {
        200: {
          content: {
            'application/json': { schema: IncidentListSchema.extend({ day: z.string(), brief: z.string().openapi({ description: 'the cited Markdown brief' }) }) },
            'text/markdown': { schema: z.string() },
            'text/html': { schema: z.string() },
          },
          description: 'the incidents of the day and their brief',
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { mmdd } = c.req.valid('param');
      const { format = 'json', ...query } = c.req.valid('query');
      const page = await queryIncidents(ctx.store, { ...query, on: mmdd }, LIST_DEFAULT_LIMIT);
      const documents = await incidentDocuments(ctx.store, page.incidents);
      if (format === 'html') return c.body(formatDayBrief(mmdd, page.incidents, documents, { format }), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': BRIEF_CSP });
      const brief = formatDayBrief(mmdd, page.incidents, documents, { format: 'markdown' });
      if (format === 'markdown') return c.body(brief, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
      return c.json({ day: mmdd, ...page, brief }, 200);
    },
  );
}
