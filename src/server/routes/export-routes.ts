/** Exports of the incidents a query matches (the filters of `GET /api/incidents`): GeoJSON, GTD- and ACLED-style CSV, STIX 2.1. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Incident } from '../../core/types.ts';
import { incidentsToAcledCsv, incidentsToGtdCsv } from '../../export/incidents-csv.ts';
import { incidentsToGeoJSON } from '../../export/incidents-geojson.ts';
import { incidentsToStixBundle } from '../../export/incidents-stix.ts';
import { incidentDocuments } from '../../pipeline/incident-documents.ts';
import { queryIncidents } from '../incident-query.ts';
import { incidentQuery } from '../schemas.ts';
import type { Api, ServerContext } from '../server-context.ts';
import { errorResponses, text } from './responses.ts';

export const EXPORT_DEFAULT_LIMIT = 1000;
export const EXPORT_MAX_LIMIT = 100_000;

type Render = (incidents: Incident[], ctx: ServerContext) => Promise<string> | string;

const EXPORTS: Array<{ path: string; mediaType: string; summary: string; render: Render }> = [
  {
    path: '/api/incidents.geojson', mediaType: 'application/geo+json', summary: 'GeoJSON FeatureCollection of the incidents (incidents --format geojson)',
    render: (incidents) => JSON.stringify(incidentsToGeoJSON(incidents)),
  },
  {
    path: '/api/incidents.csv', mediaType: 'text/csv', summary: 'GTD-style CSV with source citations (incidents --format csv)',
    render: async (incidents, ctx) => incidentsToGtdCsv(incidents, await incidentDocuments(ctx.store, incidents)),
  },
  {
    path: '/api/incidents.acled.csv', mediaType: 'text/csv', summary: 'ACLED-style CSV with disputes in notes (incidents --format acled)',
    render: async (incidents, ctx) => incidentsToAcledCsv(incidents, await incidentDocuments(ctx.store, incidents)),
  },
  {
    path: '/api/incidents.stix.json', mediaType: 'application/stix+json', summary: 'STIX 2.1 bundle (incidents --format stix)',
    render: async (incidents, ctx) => JSON.stringify(incidentsToStixBundle(incidents, await incidentDocuments(ctx.store, incidents), { now: ctx.now().toISOString() })),
  },
];

export function registerExportRoutes(app: Api, ctx: ServerContext): void {
  for (const e of EXPORTS) {
    app.openapi(
      createRoute({
        method: 'get', path: e.path, tags: ['exports'], summary: e.summary,
        request: { query: incidentQuery(EXPORT_MAX_LIMIT, EXPORT_DEFAULT_LIMIT).extend({ download: z.enum(['true', 'false']).optional().openapi({ description: 'true: served as an attachment' }) }) },
        responses: { 200: text(e.mediaType, 'the export; X-Total-Count holds the number of matching incidents'), ...errorResponses },
      }),
      async (c) => {
        const { download, ...query } = c.req.valid('query');
        const page = await queryIncidents(ctx.store, query, EXPORT_DEFAULT_LIMIT);
        const headers: Record<string, string> = { 'Content-Type': `${e.mediaType}; charset=utf-8`, 'X-Total-Count': String(page.total) };
        if (download === 'true') headers['Content-Disposition'] = `attachment; filename="${e.path.slice('/api/'.length)}"`;
        return c.body(await e.render(page.incidents, ctx), 200, headers);
      },
    );
  }
}
