/**
 * Coverage analysis on the command line: `sitrep sites add|list|remove`, `sitrep near` and
 * `sitrep route-check`. Sites are stored in the database (table sites); points are given as
 * LAT,LON or as a place name resolved through the gazetteer (the user's own places included).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Feature, FeatureCollection } from 'geojson';
import { InputError, NotFoundError, UsageError } from '../core/errors.ts';
import type { Incident } from '../core/types.ts';
import { loadElevationModel, type ElevationModel } from '../geo/coverage/elevation-model.ts';
import { visibilityAlongPath } from '../geo/coverage/line-of-sight.ts';
import { checkRoute, type RouteCheck, type SiteCrossing } from '../geo/coverage/route-check.ts';
import { makeSite, parseRange, type Site } from '../geo/coverage/site.ts';
import { toGeoJSON } from '../geo/coverage/to-geojson.ts';
import { incidentsNear, sitesCovering } from '../geo/coverage/within-range.ts';
import { distanceKm } from '../geo/coverage/great-circle.ts';
import { admin1OfPoint } from '../geo/gazetteer/admin1-of-point.ts';
import { countryOfPoint } from '../geo/gazetteer/country-of-point.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { locate, type LocatedPoint } from '../geo/locate.ts';
import type { Store } from '../store/store.ts';
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

/** The sites named in --sites (ids or names, comma-separated), or all stored sites. */
function pickSites(all: Site[], names: string | undefined): Site[] {
  if (!names) return all;
  return names.split(',').map((n) => n.trim()).filter(Boolean).map((n) => {
    const s = all.find((x) => x.id === n) ?? all.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!s) throw new NotFoundError(`no site "${n}"; sitrep sites list shows the stored sites`);
    return s;
  });
}

/** A point as JSON; coordinates typed by the user get their country and admin-1 from polygons. */
function pointJson(p: LocatedPoint) {
  if (p.place) return { name: p.name, lat: p.lat, lon: p.lon, place: p.place };
  const cc = countryOfPoint(p.lat, p.lon);
  const admin1 = cc ? admin1OfPoint(p.lat, p.lon, defaultGazetteer(), cc) : null;
  return { name: p.name, lat: p.lat, lon: p.lon, place: null, country_code: cc, admin1: admin1?.name ?? null };
}

// ---- near ---------------------------------------------------------------------------------

interface NearIncident { id: string; date: string | null; place: Incident['place']; attack_types: string[]; killed: number | null; distance_km: number }
interface NearSite { id: string; name: string; kind: string | null; lat: number; lon: number; range_km: { min: number; max: number }; distance_km: number; covers: 'certainly' | 'possibly' | null }

/** Incidents with coordinates in a box around the point (the radius query then trims it to the circle). */
async function incidentsAround(store: Store, p: LocatedPoint, radiusKm: number): Promise<Incident[]> {
  const dLat = radiusKm / 110.574 + 0.01;
  const cos = Math.cos((p.lat * Math.PI) / 180);
  const dLon = cos > 0.01 ? radiusKm / (111.32 * cos) + 0.01 : 360;
  const south = Math.max(-90, p.lat - dLat);
  const north = Math.min(90, p.lat + dLat);
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  // A box across the date line has west > east, which the store understands.
  const [west, east] = dLon >= 180 ? [-180, 180] : [wrap(p.lon - dLon), wrap(p.lon + dLon)];
  return store.listIncidents({ bbox: [west, south, east, north], limit: 1_000_000 });
}

function nearGeoJSON(center: LocatedPoint, radiusKm: number, incidents: NearIncident[], sites: NearSite[]): FeatureCollection {
  const point = (lat: number, lon: number, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  return {
    type: 'FeatureCollection',
    features: [
      point(center.lat, center.lon, { role: 'center', name: center.name, within_km: radiusKm }),
      ...incidents.filter((i) => i.place?.lat != null).map((i) => point(i.place!.lat!, i.place!.lon!, { role: 'incident', ...i })),
      ...sites.map((s) => point(s.lat, s.lon, { role: 'site', ...s })),
    ],
  };
}

// ---- route-check --------------------------------------------------------------------------

interface SiteSight { site_id: string; points_checked: number; points_visible: number; points_outside_model: number; first_visible_km: number | null; visible_km: number[] }

/** Line of sight from each entered site to the path vertices within its maximum range. */
function sightAlongRoute(model: ElevationModel, check: RouteCheck, crossing: SiteCrossing, heightM: number): SiteSight {
  const step = check.lengthKm / Math.max(1, check.path.coordinates.length - 1);
  const points = check.path.coordinates
    .map(([lon, lat], i) => ({ lat: lat!, lon: lon!, km: i * step }))
    .filter((p) => distanceKm(p, crossing.site) <= crossing.site.rangeKm.max);
  const seen = visibilityAlongPath(model, { lat: crossing.site.lat, lon: crossing.site.lon }, points, { observerHeightM: heightM });
  const visible = seen.filter((s) => s.visible === true);
  return {
    site_id: crossing.site.id,
    points_checked: seen.length,
    points_visible: visible.length,
    points_outside_model: seen.filter((s) => s.visible === null).length,
    first_visible_km: visible[0]?.km ?? null,
    visible_km: visible.map((v) => Math.round((v.km ?? 0) * 100) / 100),
  };
}

function crossingJson(c: SiteCrossing) {
  const pt = (p: { lat: number; lon: number; km: number } | null) => (p ? { lat: p.lat, lon: p.lon, km: p.km } : null);
  return {
    site: { id: c.site.id, name: c.site.name, kind: c.site.kind ?? null, lat: c.site.lat, lon: c.site.lon, range_km: c.rangeKm },
    enters: c.enters,
    enters_certainly: c.entersCertainly,
    starts_inside: c.startsInside,
    ends_inside: c.endsInside,
    entry: pt(c.entry),
    exit: pt(c.exit),
    certain_entry: pt(c.certainEntry),
    certain_exit: pt(c.certainExit),
    km_inside: c.kmInside,
    km_inside_certainly: c.kmInsideCertainly,
    closest_approach: { lat: c.closestApproach.lat, lon: c.closestApproach.lon, km: c.closestApproach.km, distance_km: c.closestApproach.distanceKm },
  };
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
      if (format === 'json') { ctx.out(JSON.stringify({ site, at: pointJson(at) }, null, 2)); return; }
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
      const { incidents, siteList } = await withStore(ctx, o.db, async (store) => ({ incidents: await incidentsAround(store, center, radius.max), siteList: await store.listSites() }));
      // A place known only to its country or province has a representative point, not a position: left out unless asked for.
      const coarse = new Set(o.anyPrecision ? [] : ['country', 'admin1']);
      const located = incidents
        .filter((i) => i.place && !coarse.has(i.place.precision))
        .map((i) => ({ id: i.id, lat: i.place?.lat ?? null, lon: i.place?.lon ?? null, incident: i }));
      const nearIncidents: NearIncident[] = incidentsNear(center, located, radius.max).map((n) => ({
        id: n.id, date: n.incident.date, place: n.incident.place, attack_types: n.incident.attack_types, killed: n.incident.killed.best, distance_km: n.distanceKm,
      }));
      const covering = new Map(sitesCovering(center, siteList).map((c) => [c.site.id, c]));
      const nearSites: NearSite[] = siteList
        .map((s) => ({ s, d: distanceKm(center, s) }))
        .filter(({ s, d }) => d <= radius.max || covering.has(s.id))
        .sort((a, b) => a.d - b.d)
        .map(({ s, d }) => {
          const c = covering.get(s.id);
          return { id: s.id, name: s.name, kind: s.kind ?? null, lat: s.lat, lon: s.lon, range_km: s.rangeKm, distance_km: d, covers: c ? (c.certainly ? 'certainly' : 'possibly') : null };
        });
      if (format === 'json') { ctx.out(JSON.stringify({ center: pointJson(center), within_km: radius.max, incidents: nearIncidents, sites: nearSites }, null, 2)); return; }
      if (format === 'geojson') { ctx.out(JSON.stringify(nearGeoJSON(center, radius.max, nearIncidents, nearSites), null, 2)); return; }
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
      const check = checkRoute({ lat: from.lat, lon: from.lon, name: from.name }, { lat: to.lat, lon: to.lon, name: to.name }, siteList);
      const sights = new Map<string, SiteSight>();
      if (model) for (const c of check.sites) if (c.enters) sights.set(c.site.id, sightAlongRoute(model, check, c, height));
      if (format === 'geojson') {
        const fc = toGeoJSON(check);
        for (const s of sights.values()) {
          const c = check.sites.find((x) => x.site.id === s.site_id)!;
          fc.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [c.site.lon, c.site.lat] }, properties: { role: 'line-of-sight', ...s } });
        }
        ctx.out(JSON.stringify(fc, null, 2));
        return;
      }
      if (format === 'json') {
        ctx.out(JSON.stringify({
          from: pointJson(from), to: pointJson(to), length_km: check.lengthKm,
          sites: check.sites.map((c) => ({ ...crossingJson(c), line_of_sight: sights.get(c.site.id) ?? null })),
        }, null, 2));
        return;
      }
      ctx.out(routeTable(from, to, check, sights));
    });
}
