/**
 * A route check as one GeoJSON FeatureCollection for a map: the path, its ends, each
 * site with its coverage circles (`turf.circle`), crossings and closest approach.
 * Every feature carries `properties.role`; site features also carry `site_id`.
 */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import type { RouteCheck, PathPoint } from './route-check.ts';

export type RouteFeatureRole =
  | 'path'
  | 'from'
  | 'to'
  | 'site'
  | 'coverage-max'
  | 'coverage-min'
  | 'entry'
  | 'exit'
  | 'certain-entry'
  | 'certain-exit'
  | 'closest-approach'
  | 'closest-approach-line';

export interface ToGeoJSONOptions {
  /** Vertices per coverage circle (default 128). */
  circleSteps?: number;
}

type RouteFeature = Feature<Geometry, GeoJsonProperties>;

function pointFeature(p: { lat: number; lon: number }, properties: Record<string, unknown>): RouteFeature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties };
}

export function toGeoJSON(check: RouteCheck, options: ToGeoJSONOptions = {}): FeatureCollection {
  const steps = options.circleSteps ?? 128;
  const features: RouteFeature[] = [
    { type: 'Feature', geometry: check.path, properties: { role: 'path', length_km: check.lengthKm } },
    pointFeature(check.from, { role: 'from', name: check.from.name ?? null }),
    pointFeature(check.to, { role: 'to', name: check.to.name ?? null }),
  ];
  for (const crossing of check.sites) {
    const { site } = crossing;
    const base = { site_id: site.id, site_name: site.name };
    features.push(
      pointFeature(site, {
        ...base,
        role: 'site',
        kind: site.kind ?? null,
        range_min_km: site.rangeKm.min,
        range_max_km: site.rangeKm.max,
        enters: crossing.enters,
        enters_certainly: crossing.entersCertainly,
        km_inside: crossing.kmInside,
        km_inside_certainly: crossing.kmInsideCertainly,
      }),
    );
    features.push(coverage(site, site.rangeKm.max, steps, { ...base, role: 'coverage-max', radius_km: site.rangeKm.max }));
    if (site.rangeKm.min > 0 && site.rangeKm.min < site.rangeKm.max) {
      features.push(coverage(site, site.rangeKm.min, steps, { ...base, role: 'coverage-min', radius_km: site.rangeKm.min }));
    }
    const crossings: Array<[RouteFeatureRole, PathPoint | null]> = [
      ['entry', crossing.entry],
      ['exit', crossing.exit],
      ['certain-entry', crossing.certainEntry],
      ['certain-exit', crossing.certainExit],
    ];
    for (const [role, p] of crossings) if (p) features.push(pointFeature(p, { ...base, role, km: p.km }));
    const closest = crossing.closestApproach;
    features.push(pointFeature(closest, { ...base, role: 'closest-approach', km: closest.km, distance_km: closest.distanceKm }));
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[closest.lon, closest.lat], [site.lon, site.lat]] },
      properties: { ...base, role: 'closest-approach-line', distance_km: closest.distanceKm },
    });
  }
  return { type: 'FeatureCollection', features };
}

function coverage(site: { lat: number; lon: number }, radiusKm: number, steps: number, properties: Record<string, unknown>): RouteFeature {
  const polygon = circle([site.lon, site.lat], radiusKm, { steps, units: 'kilometers' });
  return { type: 'Feature', geometry: polygon.geometry, properties };
}
