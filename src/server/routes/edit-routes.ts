/** Analyst edits (the store's merge, split, move, reject and undo): each logged with its author and reversible. */
import { createRoute, z } from '@hono/zod-openapi';
import { EditResultSchema, noteField } from '../schemas.ts';
import { authorOf, type Api, type ServerContext } from '../server-context.ts';
import { idParam, json, numberParam, writeErrorResponses } from './responses.ts';

const body = <T extends z.ZodType>(schema: T, required = true) => ({ required, content: { 'application/json': { schema } } });
const incidentId = z.string().min(1).max(200);
const claimId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const result = { 200: json(EditResultSchema, 'the edit id (for undo) and the incidents as they are after it'), ...writeErrorResponses };

export function registerEditRoutes(app: Api, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/incidents/merge', tags: ['edits'], summary: 'Merge two or more incidents into one (sitrep merge)',
      request: { body: body(z.object({ ids: z.array(incidentId).min(2).max(100), note: noteField }).strict()) },
      responses: result,
    }),
    async (c) => {
      const { ids, note } = c.req.valid('json');
      return c.json(await ctx.store.mergeIncidents(ids, authorOf(c, note)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/incidents/{id}/split', tags: ['edits'], summary: 'Split documents (their reports) or claims off an incident into one of their own (sitrep split)',
      request: {
        params: idParam('incident id'),
        body: body(
          z.object({ documents: z.array(z.string().min(1).max(200)).min(1).max(1000).optional(), claims: z.array(claimId).min(1).max(10_000).optional(), note: noteField })
            .strict()
            .refine((b) => (b.documents === undefined) !== (b.claims === undefined), 'give documents or claims (one of them)'),
        ),
      },
      responses: result,
    }),
    async (c) => {
      const { documents, claims, note } = c.req.valid('json');
      return c.json(await ctx.store.splitIncident(c.req.valid('param').id, documents ? { documents } : { claims: claims! }, authorOf(c, note)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/claims/{id}/move', tags: ['edits'], summary: 'Move one claim to another incident (sitrep move-claim)',
      request: { params: numberParam('claim id'), body: body(z.object({ to: incidentId, note: noteField }).strict()) },
      responses: result,
    }),
    async (c) => {
      const { to, note } = c.req.valid('json');
      return c.json(await ctx.store.moveClaim(c.req.valid('param').id, to, authorOf(c, note)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/claims/{id}/reject', tags: ['edits'], summary: 'Judge a claim wrong: it stays visible but leaves the reconciled values (sitrep reject-claim)',
      request: { params: numberParam('claim id'), body: body(z.object({ why: z.string().trim().min(1).max(2000), note: noteField }).strict()) },
      responses: result,
    }),
    async (c) => {
      const { why, note } = c.req.valid('json');
      return c.json(await ctx.store.rejectClaim(c.req.valid('param').id, why, authorOf(c, note)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/edits/{id}/undo', tags: ['edits'], summary: 'Undo an edit: merge, split, move, rejection or grade (sitrep undo)',
      request: { params: numberParam('edit id (GET /api/audit lists them)'), body: body(z.object({ note: noteField }).strict(), false) },
      responses: result,
    }),
    async (c) => c.json(await ctx.store.undoEdit(c.req.valid('param').id, authorOf(c, c.req.valid('json').note)), 200),
  );
}
