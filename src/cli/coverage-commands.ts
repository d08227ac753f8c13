/**
 * Coverage analysis on the command line: `sitrep sites add|list|remove`, `sitrep near` and
 * `sitrep route-check`. Sites are stored in the database (table sites); points are given as
 * LAT,LON or as a place name resolved through the gazetteer (the user's own places included).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { InputError, NotFoundError, UsageError } from '../core/errors.ts';
import { loadElevationModel, type ElevationModel } from '../geo/coverage/elevation-model.ts';
import type { RouteCheck } from '../geo/coverage/route-check.ts';
import { makeSite, parseRange, type Site } from '../geo/coverage/site.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { locate, type LocatedPoint } from '../geo/locate.ts';
import { nearGeoJSON, nearReport } from '../pipeline/near-report.ts';
import { pointJson } from '../pipeline/point-json.ts';
import { pickSites, routeReport, routeReportGeoJSON, routeReportJson, type SiteSight } from '../pipeline/route-report.ts';
import type { CommandContext } from './main.ts';
import { withStore } from './with-store.ts';

const DB_HELP = 'SQLite database file (default ./sitrep.db, or SITREP_DB)';
const km = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
const deg = (x: number) => (Math.round(x * 1e5) / 1e5).toString();

function formatOf(value: string | undefined, allowed: string[]): string {
  const f = value ?? 'table';
  if (!allowed.includes(f)) throw new UsageError(`--format: expected ${allowed.join(', ')}, not ${f}`);
  return f;
}

function countries(cc: string | undefined): string[] {
  return cc ? cc.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean) : [];
}


function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
}

function rangeLabel(s: Site): string {
  return s.rangeKm.min === s.rangeKm.max ? `${s.rangeKm.max} km` : `${s.rangeKm.min}-${s.rangeKm.max} km`;
}

function routeTable(from: LocatedPoint, to: LocatedPoint, check: RouteCheck, sights: Map<string, SiteSight>): string {
  const lines = [`route ${from.name} (${deg(from.lat)}, ${deg(from.lon)}) -> ${to.name} (${deg(to.lat)}, ${deg(to.lon)}): ${km(check.lengthKm)} km great-circle`];
  const rows = [['site', 'range', 'enters', 'entry km', 'exit km', 'km inside', 'closest km', 'at km', ...(sights.size ? ['line of sight'] : [])]];
  for (const c of check.sites) {
    const s = sights.get(c.site.id);
    rows.push([
      c.site.name,
      rangeLabel(c.site),
      c.entersCertainly ? 'certainly' : c.enters ? 'possibly' : 'no',
      c.startsInside ? 'start' : c.entry ? km(c.entry.km) : '-',
      c.endsInside && c.enters ? 'end' : c.exit ? km(c.exit.km) : '-',
      km(c.kmInside),
      km(c.closestApproach.distanceKm),
      km(c.closestApproach.km),
      ...(sights.size ? [s ? `${s.points_visible}/${s.points_checked} points visible${s.first_visible_km !== null ? `, first at km ${km(s.first_visible_km)}` : ''}` : '-'] : []),
    ]);
  }
  lines.push(table(rows));
  if (check.sites.length === 0) lines.push('no sites: add some with sitrep sites add');
  return lines.join('\n');
}

export function registerCoverageCommands(program: Command, ctx: CommandContext): void {
  const sites = program.command('sites').description('sites with a coverage range (an outpost that monitors 15-20 km)');
  sites
    .command('add')
    .description('add or replace a site, at LAT,LON or at a place of the gazetteer')
    .argument('<name>', 'the site name')
    .requiredOption('--at <place|lat,lon>', 'where the site is')
    .requiredOption('--range <range>', 'coverage range: "15-20km", "20 km", "500 m", "up to 12 mi"')
    .option('--kind <label>', 'free label: border outpost, camera, radar')
    .option('--country <cc>', 'country context for a place name')
    .option('--id <id>', 'stable id (default: from the name)')
    .option('--db <path>', DB_HELP)
    .option('--format <format>', 'table or json', 'table')
    .action(async (name: string, o: { at: string; range: string; kind?: string; country?: string; id?: string; db?: string; format?: string }) => {
      const format = formatOf(o.format, ['table', 'json']);
      const at = locate(o.at, defaultGazetteer(), { countryCodes: countries(o.country) });
      const site = makeSite({ id: o.id, name, lat: at.lat, lon: at.lon, range: o.range, kind: o.kind, placeId: at.place?.id ?? undefined });
      await withStore(ctx, o.db, (store) => store.saveSite(site));
      if (format === 'json') { ctx.out(JSON.stringify({ site, at: pointJson(at, defaultGazetteer()) }, null, 2)); return; }
      ctx.out(`site ${site.id}: ${site.name} at ${deg(site.lat)}, ${deg(site.lon)}${at.place ? ` (${at.place.name}, ${at.place.country_code ?? '-'})` : ''}, range ${rangeLabel(site)}`);
    });
  sites
    .command('list')
    .description('list the stored sites')
    .option('--db <path>', DB_HELP)
    .option('--format <format>', 'table, json or geojson', 'table')
    .action(async (o: { db?: string; format?: string }) => {
      const format = formatOf(o.format, ['table', 'json', 'geojson']);
      const list = await withStore(ctx, o.db, (store) => store.listSites());
      if (format === 'json') { ctx.out(JSON.stringify(list, null, 2)); return; }
      if (format === 'geojson') {
        ctx.out(JSON.stringify({ type: 'FeatureCollection', features: list.map((s) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [s.lon, s.lat] }, properties: { id: s.id, name: s.name, kind: s.kind ?? null, range_min_km: s.rangeKm.min, range_max_km: s.rangeKm.max } })) }, null, 2));
        return;
      }
      if (list.length) ctx.out(table([['id', 'name', 'lat', 'lon', 'range', 'kind'], ...list.map((s) => [s.id, s.name, deg(s.lat), deg(s.lon), rangeLabel(s), s.kind ?? '-'])]));
      ctx.out(`${list.length} site${list.length === 1 ? '' : 's'}`);
    });
  sites
    .command('remove')
    .description('remove a site by id or name')
    .argument('<site>', 'site id or name')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, o: { db?: string }) => {
      const removed = await withStore(ctx, o.db, (store) => store.removeSite(name));
      if (!removed) throw new NotFoundError(`no site "${name}"`);
      ctx.out(`removed site ${name}`);
    });

  program
    .command('near')
    .description('incidents and sites near a place or a point, nearest first, with distances')
    .argument('<place>', 'a place name or LAT,LON')
    .option('--within <distance>', 'radius, e.g. 50km, 20 mi', '50km')
    .option('--any-precision', 'include incidents placed only at country or admin-1 precision (their representative point)')
    .option('--country <cc>', 'country context for a place name')
    .option('--db <path>', DB_HELP)
    .option('--format <format>', 'table, json or geojson', 'table')
    .action(async (text: string, o: { within: string; anyPrecision?: boolean; country?: string; db?: string; format?: string }) => {
      const format = formatOf(o.format, ['table', 'json', 'geojson']);
      const radius = parseRange(o.within);
      if (radius.min !== radius.max) throw new UsageError(`--within: one distance, not a range: ${o.within}`);
      const center = locate(text, defaultGazetteer(), { countryCodes: countries(o.country) });
      const report = await withStore(ctx, o.db, (store) => nearReport(store, center, radius.max, { gazetteer: defaultGazetteer(), anyPrecision: o.anyPrecision }));
      const { incidents: nearIncidents, sites: nearSites } = report;
      if (format === 'json') { ctx.out(JSON.stringify(report, null, 2)); return; }
      if (format === 'geojson') { ctx.out(JSON.stringify(nearGeoJSON(report), null, 2)); return; }
      const out = [`within ${radius.max} km of ${center.name} (${deg(center.lat)}, ${deg(center.lon)})${center.place ? ` [${center.place.precision}, ${center.place.country_code ?? '-'}]` : ''}`];
      out.push(`incidents (${nearIncidents.length}):`);
      if (nearIncidents.length) out.push(table([['km', 'id', 'date', 'place', 'types', 'killed'], ...nearIncidents.map((i) => [km(i.distance_km), i.id, i.date ?? '-', i.place?.name ?? '-', i.attack_types.join('; ') || '-', i.killed === null ? '-' : String(i.killed)])]));
      out.push(`sites (${nearSites.length}):`);
      if (nearSites.length) out.push(table([['km', 'site', 'range', 'covers this point'], ...nearSites.map((s) => [km(s.distance_km), s.name, rangeLabel({ rangeKm: s.range_km } as Site), s.covers ?? 'no'])]));
      ctx.out(out.join('\n'));
    });

  program
    .command('route-check')
    .description("whether the great-circle path between two places enters sites' coverage, where, and each site's closest approach")
    .requiredOption('--from <place|lat,lon>', 'start of the path')
    .requiredOption('--to <place|lat,lon>', 'end of the path')
    .option('--sites <names>', 'site ids or names, comma-separated (default: every stored site)')
    .option('--country <cc>', 'country context for place names (comma-separated codes)')
    .option('--elevation <file.tif>', 'GeoTIFF elevation model (EPSG:4326, metres) for line of sight')
    .option('--observer-height <m>', 'height of a site above ground for line of sight, metres', '10')
    .option('--db <path>', DB_HELP)
    .option('--format <format>', 'table, json or geojson', 'table')
    .action(async (o: { from: string; to: string; sites?: string; country?: string; elevation?: string; observerHeight: string; db?: string; format?: string }) => {
      const format = formatOf(o.format, ['table', 'json', 'geojson']);
      const g = defaultGazetteer();
      const from = locate(o.from, g, { countryCodes: countries(o.country) });
      const to = locate(o.to, g, { countryCodes: countries(o.country) });
      const height = Number(o.observerHeight);
      if (!(height >= 0)) throw new UsageError(`--observer-height: not a height in metres: ${o.observerHeight}`);
      let model: ElevationModel | null = null;
      if (o.elevation) {
        if (!fs.existsSync(o.elevation)) throw new InputError('NOT_FOUND', o.elevation, 'file not found');
        model = await loadElevationModel(fs.readFileSync(o.elevation));
      }
      const siteList = pickSites(await withStore(ctx, o.db, (store) => store.listSites()), o.sites);
      const report = routeReport(from, to, siteList, { model, observerHeightM: height });
      if (format === 'geojson') { ctx.out(JSON.stringify(routeReportGeoJSON(report), null, 2)); return; }
      if (format === 'json') { ctx.out(JSON.stringify(routeReportJson(from, to, report, defaultGazetteer()), null, 2)); return; }
      const { check, sights } = report;
      ctx.out(routeTable(from, to, check, sights));
    });
}
