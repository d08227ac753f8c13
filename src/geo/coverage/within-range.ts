/**
 * Radius queries: incidents near a point, and the sites whose coverage reaches a point.
 */
import { UsageError } from '../../core/errors.ts';
import { distanceKm, type LatLon } from './great-circle.ts';
import type { Site } from './site.ts';

export interface Located {
  id: string;
  lat: number | null;
  lon: number | null;
}

export type WithDistance<T> = T & { distanceKm: number };

/**
 * The items within `radiusKm` of `point` (great-circle distance, boundary included),
 * nearest first, each with `distanceKm`; ties (to the millimetre) in id order. Items without
 * coordinates are skipped.
 */
export function incidentsNear<T extends Located>(point: LatLon, items: readonly T[], radiusKm: number): Array<WithDistance<T>> {
  if (!(radiusKm >= 0)) throw new UsageError(`radius must be a non-negative number of kilometres, got ${radiusKm}`, 'BAD_RADIUS');
  const near: Array<WithDistance<T>> = [];
  for (const item of items) {
    if (item.lat === null || item.lon === null || !Number.isFinite(item.lat) || !Number.isFinite(item.lon)) continue;
    const d = distanceKm(point, { lat: item.lat, lon: item.lon });
    if (d <= radiusKm) near.push({ ...item, distanceKm: d });
  }
  return near.sort((a, b) => byDistance(a.distanceKm, b.distanceKm) || compareIds(a.id, b.id));
}

export interface SiteCover {
  site: Site;
  distanceKm: number;
  /** Within the site's minimum range: covered for certain. Otherwise only possibly. */
  certainly: boolean;
}

/** The sites whose maximum range reaches `point`, nearest first. */
export function sitesCovering(point: LatLon, sites: readonly Site[]): SiteCover[] {
  const covering: SiteCover[] = [];
  for (const site of sites) {
    const d = distanceKm(point, site);
    if (d <= site.rangeKm.max) covering.push({ site, distanceKm: d, certainly: d <= site.rangeKm.min });
  }
  return covering.sort((a, b) => byDistance(a.distanceKm, b.distanceKm) || compareIds(a.site.id, b.site.id));
}

/** Distances equal to the millimetre count as ties, so that order never hangs on rounding noise. */
function byDistance(a: number, b: number): number {
  return Math.round(a * 1e6) - Math.round(b * 1e6);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
