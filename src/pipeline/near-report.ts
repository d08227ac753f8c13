/**
 * Incidents and sites near a point, nearest first, with distances: what `sitrep near` prints and
 * `GET /api/near` answers; `incidentsWithinKm` is the radius filter of `GET /api/incidents?near=`.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Incident } from '../core/types.ts';
import { distanceKm } from '../geo/coverage/great-circle.ts';
import { incidentsNear, sitesCovering } from '../geo/coverage/within-range.ts';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import type { LocatedPoint } from '../geo/locate.ts';
import type { IncidentFilter, Store } from '../store/store.ts';
import { pointJson } from './point-json.ts';

export interface NearIncident { id: string; date: string | null; place: Incident['place']; attack_types: string[]; killed: number | null; distance_km: number }
export interface NearSite { id: string; name: string; kind: string | null; lat: number; lon: number; range_km: { min: number; max: number }; distance_km: number; covers: 'certainly' | 'possibly' | null }

export interface NearReport {
  center: ReturnType<typeof pointJson>;
  within_km: number;
  incidents: NearIncident[];
  sites: NearSite[];
}

/** The box around a point that holds its radius (west > east across the date line, which the store understands). */
export function boxAround(p: { lat: number; lon: number }, radiusKm: number): [number, number, number, number] {
  const dLat = radiusKm / 110.574 + 0.01;
  const cos = Math.cos((p.lat * Math.PI) / 180);
  const dLon = cos > 0.01 ? radiusKm / (111.32 * cos) + 0.01 : 360;
  const south = Math.max(-90, p.lat - dLat);
  const north = Math.min(90, p.lat + dLat);
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  const [west, east] = dLon >= 180 ? [-180, 180] : [wrap(p.lon - dLon), wrap(p.lon + dLon)];
  return [west, south, east, north];
}

/**
 * The incidents matching `filter` (its bbox, limit and offset aside) within `radiusKm` of the point,
 * nearest first, each with its distance. Incidents placed only at country or admin-1 precision have a
 * representative point, not a position: left out unless `anyPrecision`.
 */
export async function incidentsWithinKm(
  store: Store,
  center: { lat: number; lon: number },
  radiusKm: number,
  options: { filter?: IncidentFilter; anyPrecision?: boolean } = {},
): Promise<Array<{ incident: Incident; distanceKm: number }>> {
  const { bbox: _bbox, limit: _limit, offset: _offset, ...rest } = options.filter ?? {};
  const incidents = await store.listIncidents({ ...rest, bbox: boxAround(center, radiusKm), limit: 1_000_000 });
  const coarse = new Set(options.anyPrecision ? [] : ['country', 'admin1']);
  const located = incidents
    .filter((i) => i.place && !coarse.has(i.place.precision))
    .map((i) => ({ id: i.id, lat: i.place?.lat ?? null, lon: i.place?.lon ?? null, incident: i }));
  return incidentsNear(center, located, radiusKm).map((n) => ({ incident: n.incident, distanceKm: n.distanceKm }));
}

export async function nearReport(store: Store, center: LocatedPoint, radiusKm: number, options: { gazetteer: Gazetteer; anyPrecision?: boolean }): Promise<NearReport> {
  const near = await incidentsWithinKm(store, center, radiusKm, { anyPrecision: options.anyPrecision });
  const siteList = await store.listSites();
  const incidents: NearIncident[] = near.map(({ incident: i, distanceKm: d }) => ({
    id: i.id, date: i.date, place: i.place, attack_types: i.attack_types, killed: i.killed.best, distance_km: d,
  }));
  const covering = new Map(sitesCovering(center, siteList).map((c) => [c.site.id, c]));
  const sites: NearSite[] = siteList
    .map((s) => ({ s, d: distanceKm(center, s) }))
    .filter(({ s, d }) => d <= radiusKm || covering.has(s.id))
    .sort((a, b) => a.d - b.d)
    .map(({ s, d }) => {
      const c = covering.get(s.id);
      return { id: s.id, name: s.name, kind: s.kind ?? null, lat: s.lat, lon: s.lon, range_km: s.rangeKm, distance_km: d, covers: c ? (c.certainly ? 'certainly' : 'possibly') : null };
    });
  return { center: pointJson(center, options.gazetteer), within_km: radiusKm, incidents, sites };
}

export function nearGeoJSON(report: NearReport): FeatureCollection {
  const point = (lat: number, lon: number, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  return {
    type: 'FeatureCollection',
    features: [
      point(report.center.lat, report.center.lon, { role: 'center', name: report.center.name, within_km: report.within_km }),
      ...report.incidents.filter((i) => i.place?.lat != null).map((i) => point(i.place!.lat!, i.place!.lon!, { role: 'incident', ...i })),
      ...report.sites.map((s) => point(s.lat, s.lon, { role: 'site', ...s })),
    ],
  };
}
