/**
 * Great-circle interpolation on the same sphere that Turf measures distances on
 * (radius 6,371,008.8 m), so that a point at fraction f of a path lies f × length
 * along it by `turf.distance`.
 */
import { distance } from '@turf/turf';
import { UsageError } from '../../core/errors.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

type Vec3 = [number, number, number];

const RAD = Math.PI / 180;

function toVector(p: LatLon): Vec3 {
  const lat = p.lat * RAD;
  const lon = p.lon * RAD;
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

function fromVector(v: Vec3): LatLon {
  const [x, y, z] = v;
  const lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
  const lon = Math.atan2(y, x) / RAD;
  return { lat, lon };
}

/** Distance in kilometres between two points (haversine, Turf's sphere). */
export function distanceKm(a: LatLon, b: LatLon): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** A great-circle path from `from` to `to`, evaluated by fraction or by kilometres. */
export interface GreatCirclePath {
  from: LatLon;
  to: LatLon;
  lengthKm: number;
  /** The point at `fraction` (0 = from, 1 = to) of the path. */
  at(fraction: number): LatLon;
  /** The point `km` kilometres along the path from `from` (clamped to the path). */
  atKm(km: number): LatLon;
}

/**
 * Builds the minor great-circle arc between two points (spherical linear interpolation).
 * Throws `UsageError` (`ANTIPODAL_ROUTE`) when the points are antipodal, where the
 * great circle is undefined.
 */
export function greatCirclePath(from: LatLon, to: LatLon): GreatCirclePath {
  const a = toVector(from);
  const b = toVector(to);
  const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  const omega = Math.acos(dot);
  const sinOmega = Math.sin(omega);
  const lengthKm = distanceKm(from, to);
  if (omega > 1e-12 && Math.abs(sinOmega) < 1e-12) {
    throw new UsageError('the two points are antipodal: no single great-circle path joins them', 'ANTIPODAL_ROUTE');
  }
  const at = (fraction: number): LatLon => {
    const f = Math.min(1, Math.max(0, fraction));
    if (f === 0) return { lat: from.lat, lon: from.lon };
    if (f === 1) return { lat: to.lat, lon: to.lon };
    if (omega < 1e-12) return { lat: from.lat, lon: from.lon };
    const wa = Math.sin((1 - f) * omega) / sinOmega;
    const wb = Math.sin(f * omega) / sinOmega;
    return fromVector([wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]]);
  };
  return {
    from: { lat: from.lat, lon: from.lon },
    to: { lat: to.lat, lon: to.lon },
    lengthKm,
    at,
    atKm: (km: number) => at(lengthKm === 0 ? 0 : km / lengthKm),
  };
}

/**
 * Points along the path every `stepKm` (the last step may be shorter), both ends
 * included, each with its kilometre along the path.
 */
export function samplePath(path: GreatCirclePath, stepKm: number): Array<LatLon & { km: number }> {
  if (!(stepKm > 0)) throw new UsageError(`step must be a positive number of kilometres, got ${stepKm}`, 'BAD_STEP');
  const count = Math.max(1, Math.ceil(path.lengthKm / stepKm));
  const points: Array<LatLon & { km: number }> = [];
  for (let i = 0; i <= count; i++) {
    const km = i === count ? path.lengthKm : i * stepKm;
    points.push({ ...path.atKm(km), km });
  }
  return points;
}
