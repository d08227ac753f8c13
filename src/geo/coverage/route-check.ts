/**
 * Does the great-circle path between two places pass through a site's coverage?
 * For each site: whether the path comes within the maximum (possible) and minimum
 * (certain) range, where it crosses each coverage circle, how far it runs inside,
 * and its closest approach. Crossings are found by sampling the path every `stepKm`
 * (plus the refined closest approach, so a grazing pass is never missed) and refined
 * by bisection to under a metre.
 */
import { UsageError } from '../../core/errors.ts';
import { distanceKm, greatCirclePath, samplePath, type GreatCirclePath, type LatLon } from './great-circle.ts';
import type { RangeKm, Site } from './site.ts';
import type { LineString } from 'geojson';

export interface RouteEndpoint extends LatLon {
  name?: string;
}

/** A point on the path, with its distance from the start along the path. */
export interface PathPoint extends LatLon {
  km: number;
}

export interface ClosestApproach extends PathPoint {
  /** Distance from the site, in kilometres. */
  distanceKm: number;
}

export interface SiteCrossing {
  site: Site;
  rangeKm: RangeKm;
  /** The path comes within the maximum range (possibly observed). */
  enters: boolean;
  /** The path comes within the minimum range (certainly observed, if the range holds). */
  entersCertainly: boolean;
  /** The start (resp. end) of the path is already within the maximum range. */
  startsInside: boolean;
  endsInside: boolean;
  /** The first crossing into the maximum-range circle; null if there is none (never enters, or starts inside). */
  entry: PathPoint | null;
  /** The last crossing out of the maximum-range circle; null if there is none (never enters, or ends inside). */
  exit: PathPoint | null;
  /** The same crossings for the minimum-range circle. */
  certainEntry: PathPoint | null;
  certainExit: PathPoint | null;
  /** Kilometres of path within the maximum (resp. minimum) range. */
  kmInside: number;
  kmInsideCertainly: number;
  closestApproach: ClosestApproach;
}

export interface RouteCheck {
  from: RouteEndpoint;
  to: RouteEndpoint;
  lengthKm: number;
  /** The great-circle path, [lon, lat] vertices no more than about 1 km apart (at most 512 segments). */
  path: LineString;
  /** The sampling step used, in kilometres. */
  stepKm: number;
  sites: SiteCrossing[];
}

export interface RouteCheckOptions {
  /** Sampling step along the path before refinement, in km. Default 0.5 (coarser on very long paths). */
  stepKm?: number;
}

const DEFAULT_STEP_KM = 0.5;
const MAX_SAMPLES = 20_000;
const BISECTION_TOLERANCE_KM = 1e-4;
const GOLDEN_TOLERANCE_KM = 1e-6;
const MAX_PATH_SEGMENTS = 512;

/** Checks a route against every site. Sites keep their input order. */
export function checkRoute(
  from: RouteEndpoint,
  to: RouteEndpoint,
  sites: readonly Site[],
  options: RouteCheckOptions = {},
): RouteCheck {
  checkPoint(from, 'from');
  checkPoint(to, 'to');
  if (options.stepKm !== undefined && !(options.stepKm > 0)) {
    throw new UsageError(`step must be a positive number of kilometres, got ${options.stepKm}`, 'BAD_STEP');
  }
  const path = greatCirclePath(from, to);
  const stepKm = Math.max(options.stepKm ?? DEFAULT_STEP_KM, path.lengthKm / MAX_SAMPLES);
  const samples = samplePath(path, stepKm);
  return {
    from: endpoint(from),
    to: endpoint(to),
    lengthKm: path.lengthKm,
    path: pathLine(path),
    stepKm,
    sites: sites.map((site) => crossSite(path, samples, site)),
  };
}

function checkPoint(p: LatLon, label: string): void {
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) {
    throw new UsageError(`${label}: (${p.lat}, ${p.lon}) is not a latitude and longitude`, 'BAD_POINT');
  }
}

function endpoint(p: RouteEndpoint): RouteEndpoint {
  return p.name === undefined ? { lat: p.lat, lon: p.lon } : { lat: p.lat, lon: p.lon, name: p.name };
}

function pathLine(path: GreatCirclePath): LineString {
  const segments = Math.min(MAX_PATH_SEGMENTS, Math.max(1, Math.ceil(path.lengthKm)));
  const coordinates: number[][] = [];
  for (let i = 0; i <= segments; i++) {
    const p = path.at(i / segments);
    coordinates.push([p.lon, p.lat]);
  }
  return { type: 'LineString', coordinates };
}

function crossSite(path: GreatCirclePath, samples: ReadonlyArray<PathPoint>, site: Site): SiteCrossing {
  const distanceAt = (km: number): number => distanceKm(path.atKm(km), site);
  const profile = samples.map((s) => ({ km: s.km, d: distanceKm(s, site) }));
  const closest = refineClosest(profile, distanceAt);
  // The refined minimum joins the samples so that a pass between two samples is seen.
  const withMin = [...profile, closest].sort((a, b) => a.km - b.km);
  const max = crossCircle(withMin, site.rangeKm.max, distanceAt, path.lengthKm);
  const min = crossCircle(withMin, site.rangeKm.min, distanceAt, path.lengthKm);
  const at = (km: number | null): PathPoint | null => (km === null ? null : { ...path.atKm(km), km });
  return {
    site,
    rangeKm: { ...site.rangeKm },
    enters: closest.d <= site.rangeKm.max,
    entersCertainly: closest.d <= site.rangeKm.min,
    startsInside: max.startsInside,
    endsInside: max.endsInside,
    entry: at(max.entryKm),
    exit: at(max.exitKm),
    certainEntry: at(min.entryKm),
    certainExit: at(min.exitKm),
    kmInside: max.kmInside,
    kmInsideCertainly: min.kmInside,
    closestApproach: { ...path.atKm(closest.km), km: closest.km, distanceKm: closest.d },
  };
}

interface Sample {
  km: number;
  d: number;
}

/** Golden-section search around the nearest sample, to a millimetre. */
function refineClosest(profile: ReadonlyArray<Sample>, distanceAt: (km: number) => number): Sample {
  let best = 0;
  for (let i = 1; i < profile.length; i++) if (profile[i]!.d < profile[best]!.d) best = i;
  let lo = profile[Math.max(0, best - 1)]!.km;
  let hi = profile[Math.min(profile.length - 1, best + 1)]!.km;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = distanceAt(x1);
  let f2 = distanceAt(x2);
  while (hi - lo > GOLDEN_TOLERANCE_KM) {
    if (f1 <= f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = distanceAt(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = distanceAt(x2);
    }
  }
  const km = (lo + hi) / 2;
  const candidate = { km, d: distanceAt(km) };
  const sampled = profile[best]!;
  return candidate.d <= sampled.d ? candidate : { ...sampled };
}

interface CircleCrossing {
  startsInside: boolean;
  endsInside: boolean;
  entryKm: number | null;
  exitKm: number | null;
  kmInside: number;
}

function crossCircle(
  profile: ReadonlyArray<Sample>,
  radiusKm: number,
  distanceAt: (km: number) => number,
  lengthKm: number,
): CircleCrossing {
  const inside = (d: number) => d <= radiusKm;
  const first = profile[0]!;
  const last = profile[profile.length - 1]!;
  const startsInside = inside(first.d);
  const endsInside = inside(last.d);
  let entryKm: number | null = null;
  let exitKm: number | null = null;
  let kmInside = 0;
  let insideSince: number | null = startsInside ? 0 : null;
  for (let i = 1; i < profile.length; i++) {
    const a = profile[i - 1]!;
    const b = profile[i]!;
    const aIn = inside(a.d);
    const bIn = inside(b.d);
    if (aIn === bIn) continue;
    const km = bisect(a.km, b.km, aIn, (x) => inside(distanceAt(x)));
    if (bIn) {
      entryKm ??= km;
      insideSince = km;
    } else {
      exitKm = km;
      kmInside += km - (insideSince ?? 0);
      insideSince = null;
    }
  }
  if (insideSince !== null) kmInside += lengthKm - insideSince;
  return { startsInside, endsInside, entryKm, exitKm, kmInside };
}

/** The boundary between `lo` (state `loInside`) and `hi` (the other state). */
function bisect(lo: number, hi: number, loInside: boolean, isInside: (km: number) => boolean): number {
  while (hi - lo > BISECTION_TOLERANCE_KM) {
    const mid = (lo + hi) / 2;
    if (isInside(mid) === loInside) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
