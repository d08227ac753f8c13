/**
 * Admin-1 unit of a point from polygons: Natural Earth 1:10m admin-1 states and provinces,
 * simplified to about 200 m (data/gazetteer/admin1-polygons.tsv.gz, built by
 * scripts/build-gazetteer-admin1.ts). Units map to the gazetteer's GeoNames admin-1 codes where
 * Natural Earth carries them. A point just outside every polygon (on a coast, or where the
 * simplified border cuts a corner) takes the unit with the nearest vertex within about 10 km.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Gazetteer } from './gazetteer-types.ts';
import { GazetteerError, defaultGazetteerDir } from './load-gazetteer.ts';

export interface Admin1Polygon {
  countryCode: string;
  /** GeoNames "CC.A1" code as Natural Earth gives it, or null. */
  geonamesCode: string | null;
  geonamesId: string | null;
  iso: string | null;
  name: string;
  bbox: [number, number, number, number];
  /** Polygons, each a list of rings of flat [lon, lat, lon, lat, ...] coordinates (holes follow the outer ring). */
  polygons: Float64Array[][];
}

export interface Admin1OfPoint {
  countryCode: string;
  /** The gazetteer's admin-1 code within the country ("02"), when the unit maps to one. */
  admin1Code: string | null;
  /** The gazetteer's name for the unit, else Natural Earth's. */
  name: string;
  /** ISO 3166-2 code, when Natural Earth gives one. */
  iso: string | null;
  method: 'polygon' | 'nearest-polygon';
}

const NEAR_DEGREES = 0.1;
let cached: { dir: string; units: Admin1Polygon[] } | null = null;

function decodeRing(text: string, scale: number): Float64Array {
  const parts = text.split(',');
  const out = new Float64Array(parts.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    x += Number(parts[i]);
    y += Number(parts[i + 1]);
    out[i] = x / scale;
    out[i + 1] = y / scale;
  }
  return out;
}

/** Reads the admin-1 polygons file (kept after the first call for the same folder). */
export function loadAdmin1Polygons(dir: string = defaultGazetteerDir()): Admin1Polygon[] {
  if (cached?.dir === dir) return cached.units;
  const file = path.join(dir, 'admin1-polygons.tsv.gz');
  if (!fs.existsSync(file)) throw new GazetteerError('admin-1 polygons missing; run scripts/build-gazetteer-admin1.ts', file);
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const scale = Number(/scale=(\d+)/.exec(lines[0] ?? '')?.[1] ?? 1000);
  const units: Admin1Polygon[] = [];
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const [cc, code, gid, iso, name, bbox, rings] = line.split('\t');
    units.push({
      countryCode: cc!,
      geonamesCode: code || null,
      geonamesId: gid || null,
      iso: iso || null,
      name: name!,
      bbox: bbox!.split(',').map(Number) as [number, number, number, number],
      polygons: rings!.split('|').map((poly) => poly.split(';').map((r) => decodeRing(r, scale))),
    });
  }
  cached = { dir, units };
  return units;
}

/** Even-odd ray casting over all rings of a polygon (holes included). */
function inPolygon(rings: Float64Array[], lon: number, lat: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i]!, yi = r[2 * i + 1]!, xj = r[2 * j]!, yj = r[2 * j + 1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function nearestVertex(u: Admin1Polygon, lon: number, lat: number): number {
  let best = Infinity;
  const k = Math.cos((lat * Math.PI) / 180);
  for (const poly of u.polygons) for (const r of poly) {
    for (let i = 0; i < r.length; i += 2) {
      const dx = (r[i]! - lon) * k;
      const dy = r[i + 1]! - lat;
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

function toResult(u: Admin1Polygon, g: Gazetteer | null, method: Admin1OfPoint['method']): Admin1OfPoint {
  let admin1Code: string | null = null;
  let name = u.name;
  if (g) {
    let entry = u.geonamesCode ? g.admin(u.geonamesCode) : null;
    if (!entry && u.geonamesId) {
      const i = g.indexOfId(`gn:${u.geonamesId}`);
      const e = i === null ? null : g.entry(i);
      if (e && e.kind === 'admin1' && e.countryCode === u.countryCode) entry = e;
    }
    if (entry && entry.kind === 'admin1') {
      admin1Code = entry.admin1Code;
      name = entry.name;
    }
  }
  return { countryCode: u.countryCode, admin1Code, name, iso: u.iso, method };
}

/**
 * The admin-1 unit containing the point; with `countryCode`, only that country's units.
 * Null when no unit is within about 10 km.
 */
export function admin1OfPoint(lat: number, lon: number, gazetteer: Gazetteer | null = null, countryCode: string | null = null, units: Admin1Polygon[] = loadAdmin1Polygons()): Admin1OfPoint | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const cc = countryCode?.toUpperCase() ?? null;
  let near: { u: Admin1Polygon; d: number } | null = null;
  for (const u of units) {
    if (cc && u.countryCode !== cc) continue;
    const [w, s, e, n] = u.bbox;
    if (lon < w - NEAR_DEGREES || lon > e + NEAR_DEGREES || lat < s - NEAR_DEGREES || lat > n + NEAR_DEGREES) continue;
    if (lon >= w && lon <= e && lat >= s && lat <= n && u.polygons.some((p) => inPolygon(p, lon, lat))) return toResult(u, gazetteer, 'polygon');
    const d = nearestVertex(u, lon, lat);
    if (d <= NEAR_DEGREES && (!near || d < near.d)) near = { u, d };
  }
  return near ? toResult(near.u, gazetteer, 'nearest-polygon') : null;
}
