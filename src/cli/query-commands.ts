/** `sitrep incidents`, `sitrep show` and `sitrep on-this-day`. */
import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../core/errors.ts';
import type { Incident } from '../core/types.ts';
import { incidentsToAcledCsv, incidentsToGtdCsv } from '../export/incidents-csv.ts';
import { incidentsToGeoJSON } from '../export/incidents-geojson.ts';
import { formatIncidentDetail, formatIncidentsTable } from '../export/incidents-table.ts';
import { formatOnThisDayBrief } from '../export/on-this-day-brief.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { incidentDocuments } from '../pipeline/incident-documents.ts';
import { incidentsToStixBundle } from '../export/incidents-stix.ts';
import type { IncidentFilter } from '../store/store.ts';
import type { CommandContext } from './main.ts';

export interface QueryOptions {
  db?: string;
  from?: string;
  to?: string;
  on?: string;
  country?: string;
  actor?: string;
  type?: string;
  minKilled?: string;
  text?: string;
  bbox?: string;
  limit?: string;
  offset?: string;
  format?: string;
}

const DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function toFilter(o: QueryOptions): IncidentFilter {
  const filter: IncidentFilter = {};
  if (o.from) { if (!DATE.test(o.from)) throw new UsageError(`--from: not a date: ${o.from} (use YYYY-MM-DD)`); filter.from = o.from; }
  if (o.to) { if (!DATE.test(o.to)) throw new UsageError(`--to: not a date: ${o.to} (use YYYY-MM-DD)`); filter.to = o.to; }
  if (o.on) { if (!DAY.test(o.on)) throw new UsageError(`--on: not a calendar day: ${o.on} (use MM-DD)`); filter.onDay = o.on; }
  if (o.country) filter.country = o.country;
  if (o.actor) filter.actor = o.actor;
  if (o.type) filter.attackType = o.type;
  if (o.minKilled !== undefined) {
    const n = Number(o.minKilled);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--min-killed: not a whole number: ${o.minKilled}`);
    filter.minKilled = n;
  }
  if (o.text) filter.text = o.text;
  if (o.bbox) {
    const parts = o.bbox.split(',').map(Number);
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) throw new UsageError(`--bbox: expected west,south,east,north: ${o.bbox}`);
    filter.bbox = parts as [number, number, number, number];
  }
  filter.limit = o.limit ? Number(o.limit) : 100;
  if (o.offset) filter.offset = Number(o.offset);
  return filter;
}

const FORMATS = ['table', 'json', 'csv', 'gtd', 'acled', 'geojson', 'stix'];

/** Incidents in an output format; the CSV and STIX exports cite the documents (fetched from the store). */
export async function renderIncidents(incidents: Incident[], format: string | undefined, store: Store, now: Date): Promise<string> {
  const f = format ?? 'table';
  if (!FORMATS.includes(f)) throw new UsageError(`--format: expected table, json, csv, acled, geojson or stix, not ${format}`);
  const documents = ['csv', 'gtd', 'acled', 'stix'].includes(f) ? await incidentDocuments(store, incidents) : new Map();
  switch (f) {
    case 'table': return formatIncidentsTable(incidents);
    case 'json': return JSON.stringify({ incidents }, null, 2);
    case 'csv':
    case 'gtd': return incidentsToGtdCsv(incidents, documents);
    case 'acled': return incidentsToAcledCsv(incidents, documents);
    case 'stix': return JSON.stringify(incidentsToStixBundle(incidents, documents, { now: now.toISOString() }), null, 2);
    default: return JSON.stringify(incidentsToGeoJSON(incidents), null, 2);
  }
}

export function registerQueryCommands(program: Command, ctx: CommandContext): void {
  const withFilters = (cmd: Command) => cmd
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--from <date>', 'incidents on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'incidents on or before this date (YYYY-MM-DD)')
    .option('--country <name>', 'country name or ISO code')
    .option('--actor <name>', 'perpetrator name (substring)')
    .option('--type <attackType>', 'GTD attack type, e.g. "Armed Assault"')
    .option('--min-killed <n>', 'at least this many victims killed (best estimate)')
    .option('--text <query>', 'full-text search over the reporting documents')
    .option('--bbox <w,s,e,n>', 'bounding box in degrees')
    .option('--limit <n>', 'at most this many incidents', '100')
    .option('--offset <n>', 'skip this many incidents')
    .option('--format <format>', 'table, json, csv (GTD-style), acled (ACLED-style CSV), geojson or stix (STIX 2.1 bundle)', 'table');

  withFilters(program.command('incidents').description('list stored incidents matching the filters'))
    .option('--on <MM-DD>', 'incidents on this calendar day in any year')
    .action(async (options: QueryOptions) => {
      const filter = toFilter(options);
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        ctx.out(await renderIncidents(await store.listIncidents(filter), options.format, store, ctx.now()));
      } finally {
        await store.close();
      }
    });

  program
    .command('show')
    .description('one incident (any id that answers for it) with its reconciled values, merge evidence, figure history, sources and every claim with its source and quote')
    .argument('<id>', 'incident id')
    .option('--db <path>', 'SQLite database file (default ./sitrep.db, or SITREP_DB)')
    .option('--format <format>', 'table, json or stix', 'table')
    .action(async (id: string, options: { db?: string; format?: string }) => {
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        const incident = await store.getIncident(id);
        if (!incident) throw new NotFoundError(`no incident ${id}`);
        const format = options.format ?? 'table';
        if (format === 'table') ctx.out(formatIncidentDetail(incident));
        else if (format === 'json') ctx.out(JSON.stringify(incident, null, 2));
        else if (format === 'stix') ctx.out(await renderIncidents([incident], 'stix', store, ctx.now()));
        else throw new UsageError(`--format: expected table, json or stix, not ${format}`);
      } finally {
        await store.close();
      }
    });

  withFilters(program.command('on-this-day').description('incidents on a calendar day (default today) in past years, with cited briefs'))
    .argument('[day]', 'MM-DD (default: today)')
    .action(async (day: string | undefined, options: QueryOptions) => {
      const today = ctx.now();
      const mmdd = day ?? `${String(today.getUTCMonth() + 1).padStart(2, '0')}-${String(today.getUTCDate()).padStart(2, '0')}`;
      if (!DAY.test(mmdd)) throw new UsageError(`on-this-day: not a calendar day: ${mmdd} (use MM-DD)`);
      const filter = { ...toFilter(options), onDay: mmdd };
      const store = await openStore({ db: ctx.settings({ db: options.db }).db });
      try {
        const incidents = await store.listIncidents(filter);
        if ((options.format ?? 'table') === 'table') ctx.out(formatOnThisDayBrief(mmdd, incidents));
        else ctx.out(await renderIncidents(incidents, options.format, store, ctx.now()));
      } finally {
        await store.close();
      }
    });
}
