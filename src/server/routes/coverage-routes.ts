/** Coverage analysis: the stored sites, what is near a point (`sitrep near`), and a route check (`sitrep route-check`, without line of sight). */
import { createRoute, z } from '@hono/zod-openapi';
import { locate } from '../../geo/locate.ts';
import { nearReport } from '../../pipeline/near-report.ts';
import { pickSites, routeReport, routeReportJson } from '../../pipeline/route-report.ts';
import { kilometres } from '../schemas.ts';
import type { Api, ServerContext } from '../server-context.ts';
import { errorResponses, json } from './responses.ts';

const point = (description: string) => z.string().min(1).max(200).openapi({ description: `${description}: LAT,LON or a place name of the gazetteer`, example: '37.26,68.14' });
const countries = z
  .string()
  .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, 'expected ISO country codes, comma-separated')
  .transform((s) => s.toUpperCase().split(','))
  .optional()
  .openapi({ type: 'string', description: 'country context for place names (ISO codes, comma-separated)' });

const SiteSchema = z
  .looseObject({ id: z.string(), name: z.string(), lat: z.number(), lon: z.number(), rangeKm: z.object({ min: z.number(), max: z.number() }), kind: z.string().optional() })
  .openapi('Site');

export function registerCoverageRoutes(app: Api, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/sites', tags: ['coverage'], summary: 'The stored sites with their coverage ranges (sites list)',
      responses: { 200: json(z.object({ sites: z.array(SiteSchema) }), 'the sites'), ...errorResponses },
    }),
    async (c) => c.json({ sites: await ctx.store.listSites() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/near', tags: ['coverage'],
      summary: 'Incidents and sites near a place or point, nearest first, with distances and whether each site covers the point (near --format json)',
      request: {
        query: z.object({
          at: point('the point'),
          within_km: kilometres.optional().openapi({ description: 'radius in km (default 50)' }),
          any_precision: z.enum(['true', 'false']).optional().openapi({ description: 'include incidents placed only at country or admin-1 precision' }),
          country: countries,
        }),
      },
      responses: { 200: json(z.looseObject({ center: z.looseObject({ name: z.string(), lat: z.number(), lon: z.number() }), within_km: z.number(), incidents: z.array(z.looseObject({ id: z.string(), distance_km: z.number() })), sites: z.array(z.looseObject({ id: z.string(), distance_km: z.number() })) }).openapi('NearReport'), 'what is near'), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const center = locate(q.at, ctx.gazetteer, { countryCodes: q.country ?? [] });
      return c.json(await nearReport(ctx.store, center, q.within_km ?? 50, { gazetteer: ctx.gazetteer, anyPrecision: q.any_precision === 'true' }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/route-check', tags: ['coverage'],
      summary: "Whether the great-circle path between two points enters each site's coverage, where, and each site's closest approach (route-check --format json)",
      request: {
        query: z.object({
          from: point('start of the path'),
          to: point('end of the path'),
          sites: z.string().min(1).max(2000).optional().openapi({ description: 'site ids or names, comma-separated (default: every stored site)' }),
          country: countries,
        }),
      },
      responses: { 200: json(z.looseObject({ from: z.looseObject({}), to: z.looseObject({}), length_km: z.number(), sites: z.array(z.looseObject({ enters: z.boolean() })) }).openapi('RouteCheck'), 'the route check'), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const from = locate(q.from, ctx.gazetteer, { countryCodes: q.country ?? [] });
      const to = locate(q.to, ctx.gazetteer, { countryCodes: q.country ?? [] });
      const sites = pickSites(await ctx.store.listSites(), q.sites);
      return c.json(routeReportJson(from, to, routeReport(from, to, sites), ctx.gazetteer), 200);
    },
  );
}
