/**
 * Whether the great-circle path between two points enters the sites' coverage, where, and each
 * site's closest approach, with optional line of sight from an elevation model: what
 * `sitrep route-check` prints and `GET /api/route-check` answers.
 */
import type { FeatureCollection } from 'geojson';
import { NotFoundError } from '../core/errors.ts';
import type { ElevationModel } from '../geo/coverage/elevation-model.ts';
import { distanceKm } from '../geo/coverage/great-circle.ts';
import { visibilityAlongPath } from '../geo/coverage/line-of-sight.ts';
import { checkRoute, type RouteCheck, type SiteCrossing } from '../geo/coverage/route-check.ts';
import type { Site } from '../geo/coverage/site.ts';
import { toGeoJSON } from '../geo/coverage/to-geojson.ts';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import type { LocatedPoint } from '../geo/locate.ts';
import { pointJson } from './point-json.ts';

export interface SiteSight { site_id: string; points_checked: number; points_visible: number; points_outside_model: number; first_visible_km: number | null; visible_km: number[] }

/** The sites named (ids or names, comma-separated), or all of them. */
export function pickSites(all: Site[], names: string | undefined): Site[] {
  if (!names) return all;
  return names.split(',').map((n) => n.trim()).filter(Boolean).map((n) => {
    const s = all.find((x) => x.id === n) ?? all.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!s) throw new NotFoundError(`no site "${n}"; sitrep sites list shows the stored sites`);
    return s;
  });
}

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

export interface RouteReport {
  check: RouteCheck;
  /** Line of sight per entered site id, when an elevation model was given. */
  sights: Map<string, SiteSight>;
}

export function routeReport(from: LocatedPoint, to: LocatedPoint, sites: Site[], options: { model?: ElevationModel | null; observerHeightM?: number } = {}): RouteReport {
  const check = checkRoute({ lat: from.lat, lon: from.lon, name: from.name }, { lat: to.lat, lon: to.lon, name: to.name }, sites);
  const sights = new Map<string, SiteSight>();
  if (options.model) for (const c of check.sites) if (c.enters) sights.set(c.site.id, sightAlongRoute(options.model, check, c, options.observerHeightM ?? 10));
  return { check, sights };
}

/** The JSON of `route-check --format json` and `GET /api/route-check`. */
export function routeReportJson(from: LocatedPoint, to: LocatedPoint, report: RouteReport, gazetteer: Gazetteer) {
  return {
    from: pointJson(from, gazetteer), to: pointJson(to, gazetteer), length_km: report.check.lengthKm,
    sites: report.check.sites.map((c) => ({ ...crossingJson(c), line_of_sight: report.sights.get(c.site.id) ?? null })),
  };
}

export function routeReportGeoJSON(report: RouteReport): FeatureCollection {
  const fc = toGeoJSON(report.check);
  for (const s of report.sights.values()) {
    const c = report.check.sites.find((x) => x.site.id === s.site_id)!;
    fc.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [c.site.lon, c.site.lat] }, properties: { role: 'line-of-sight', ...s } });
  }
  return fc;
}
