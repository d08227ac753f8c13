/** Sources with their Admiralty grades (and grading one), perpetrators with their incident counts, the audit trail. */
import { createRoute, z } from '@hono/zod-openapi';
import { EditResultSchema, noteField, SourceSchema } from '../schemas.ts';
import { authorOf, type Api, type ServerContext } from '../server-context.ts';
import { errorResponses, idParam, json, writeErrorResponses } from './responses.ts';

const AuditEntrySchema = z
  .looseObject({
    id: z.number().int(), at: z.string(), user: z.string(), action: z.string(), target: z.string(), note: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()), undone_at: z.string().nullable(), undone_by: z.string().nullable(),
  })
  .openapi('AuditEntry');

export function registerSourceRoutes(app: Api, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/sources', tags: ['sources'], summary: 'Source entities with grade, kind, aliases and number of claims (sources list)',
      responses: { 200: json(z.object({ sources: z.array(SourceSchema) }), 'the sources'), ...errorResponses },
    }),
    async (c) => c.json({ sources: await ctx.store.listSources() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/sources/{id}/grade', tags: ['sources', 'edits'],
      summary: "Set a source's Admiralty reliability grade (A-F) by id, name or alias; the incidents it speaks in are reconciled again (sources grade)",
      request: {
        params: idParam('source id, name or alias'),
        body: { required: true, content: { 'application/json': { schema: z.object({ grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), note: noteField }).strict() } } },
      },
      responses: { 200: json(EditResultSchema.extend({ source: SourceSchema }), 'the edit, the incidents now, and the graded source'), ...writeErrorResponses },
    }),
    async (c) => {
      const { grade, note } = c.req.valid('json');
      return c.json(await ctx.store.gradeSource(c.req.valid('param').id, grade, authorOf(c, note)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/actors', tags: ['incidents'], summary: 'Distinct perpetrator names (canonical) with the number of incidents naming each, most first',
      responses: { 200: json(z.object({ actors: z.array(z.object({ name: z.string(), kind: z.string(), incidents: z.number().int() }).openapi('Actor')) }), 'the actors'), ...errorResponses },
    }),
    async (c) => c.json({ actors: await ctx.store.listActors() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/audit', tags: ['edits'], summary: 'The audit trail of analyst edits: who, when, what, why, whether undone (audit)',
      responses: { 200: json(z.object({ edits: z.array(AuditEntrySchema) }), 'the edits, oldest first'), ...errorResponses },
    }),
    async (c) => c.json({ edits: await ctx.store.listEdits() }, 200),
  );
}
