/**
 * Terrain line of sight over a user-supplied elevation model. The sight line runs
 * straight between the observer's and the target's eyes; with earth curvature on
 * (the default) it sags below the local terrain datum by d·(D−d) / (2·k·R), with the
 * standard refraction coefficient k = 4/3 (effective radius 8,495 km).
 */
import { SitrepError } from '../../core/errors.ts';
import { greatCirclePath, type LatLon } from './great-circle.ts';
import type { ElevationModel } from './elevation-model.ts';

export { loadElevationModel, ElevationModelError, type ElevationModel } from './elevation-model.ts';

/** A point with a height above the ground, in metres. */
export interface Viewpoint extends LatLon {
  heightM: number;
}

export interface LineOfSightOptions {
  /** Sampling step along the ground, in metres. Default: half the model's pixel size (at least 1 m). */
  stepM?: number;
  /** Allow for the earth's curvature and atmospheric refraction. Default true. */
  earthCurvature?: boolean;
  /** Refraction coefficient k (effective radius = k × earth radius). Default 4/3. */
  refractionK?: number;
}

export interface ProfilePoint {
  distanceKm: number;
  /** Terrain height, null where the model has no value. */
  terrainM: number | null;
  /** Height of the sight line above the datum, curvature and refraction included. */
  sightlineM: number;
}

export interface Obstruction extends LatLon {
  distanceKm: number;
  terrainM: number;
  sightlineM: number;
}

export interface LineOfSight {
  visible: boolean;
  /** The first point (from the observer) where terrain rises above the sight line. */
  obstruction: Obstruction | null;
  profile: ProfilePoint[];
}

/** The observer or the target stands where the model has no height. */
export class OutsideElevationModelError extends SitrepError {
  constructor(which: string, p: LatLon) {
    super('OUTSIDE_ELEVATION_MODEL', `${which} (${p.lat}, ${p.lon}) is outside the elevation model or over no-data`);
    this.name = 'OutsideElevationModelError';
  }
}

const EARTH_RADIUS_M = 6_371_008.8;
const STANDARD_REFRACTION = 4 / 3;
const MAX_SAMPLES = 100_000;

export function lineOfSight(model: ElevationModel, observer: Viewpoint, target: Viewpoint, options: LineOfSightOptions = {}): LineOfSight {
  const groundObserver = model.elevationAt(observer.lat, observer.lon);
  if (groundObserver === null) throw new OutsideElevationModelError('observer', observer);
  const groundTarget = model.elevationAt(target.lat, target.lon);
  if (groundTarget === null) throw new OutsideElevationModelError('target', target);
  const eyeObserver = groundObserver + observer.heightM;
  const eyeTarget = groundTarget + target.heightM;

  const path = greatCirclePath(observer, target);
  const totalM = path.lengthKm * 1000;
  const requested = options.stepM ?? Math.max(1, model.pixelSizeM / 2);
  if (!(requested > 0)) throw new SitrepError('BAD_STEP', `step must be a positive number of metres, got ${options.stepM}`);
  const stepM = Math.max(requested, totalM / MAX_SAMPLES);
  const curvature = options.earthCurvature ?? true;
  const effectiveRadius = (options.refractionK ?? STANDARD_REFRACTION) * EARTH_RADIUS_M;

  const count = Math.max(1, Math.ceil(totalM / stepM));
  const profile: ProfilePoint[] = [];
  let obstruction: Obstruction | null = null;
  for (let i = 0; i <= count; i++) {
    const d = i === count ? totalM : i * stepM;
    const f = totalM === 0 ? 0 : d / totalM;
    const sag = curvature ? (d * (totalM - d)) / (2 * effectiveRadius) : 0;
    const sightlineM = eyeObserver + (eyeTarget - eyeObserver) * f - sag;
    const p = path.at(f);
    const terrainM = i === 0 ? groundObserver : i === count ? groundTarget : model.elevationAt(p.lat, p.lon);
    profile.push({ distanceKm: d / 1000, terrainM, sightlineM });
    if (obstruction === null && i > 0 && i < count && terrainM !== null && terrainM > sightlineM) {
      obstruction = { lat: p.lat, lon: p.lon, distanceKm: d / 1000, terrainM, sightlineM };
    }
  }
  return { visible: obstruction === null, obstruction, profile };
}

export interface PathVisibility extends LatLon {
  /** Kilometres along the path, when the input point carried one. */
  km: number | null;
  /** Ground distance from the observer, in kilometres. */
  distanceKm: number;
  /** null where the point lies outside the model. */
  visible: boolean | null;
  obstruction: Obstruction | null;
}

export interface PathVisibilityOptions extends LineOfSightOptions {
  /** Height of the observer above ground when the site gives none. Default 10 m (a tower). */
  observerHeightM?: number;
  /** Height above ground of what is to be seen at each point. Default 1.7 m (a person standing). */
  targetHeightM?: number;
}

/**
 * Whether a site sees each point of a route (for instance the vertices of
 * `checkRoute(...).path`, as {lat, lon}, or the samples of `samplePath`).
 */
export function visibilityAlongPath(
  model: ElevationModel,
  site: LatLon & { heightM?: number },
  pathPoints: ReadonlyArray<LatLon & { km?: number; heightM?: number }>,
  options: PathVisibilityOptions = {},
): PathVisibility[] {
  const observer: Viewpoint = { lat: site.lat, lon: site.lon, heightM: site.heightM ?? options.observerHeightM ?? 10 };
  const targetHeightM = options.targetHeightM ?? 1.7;
  return pathPoints.map((point) => {
    const km = point.km ?? null;
    const distanceKm = greatCirclePath(observer, point).lengthKm;
    if (model.elevationAt(point.lat, point.lon) === null) {
      return { lat: point.lat, lon: point.lon, km, distanceKm, visible: null, obstruction: null };
    }
    const sight = lineOfSight(model, observer, { lat: point.lat, lon: point.lon, heightM: point.heightM ?? targetHeightM }, options);
    return { lat: point.lat, lon: point.lon, km, distanceKm, visible: sight.visible, obstruction: sight.obstruction };
  });
}
