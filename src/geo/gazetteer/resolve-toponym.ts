/**
 * Resolves a place mention to a gazetteer entry in context: exact name key, then loose key,
 * then bounded edit distance within the context countries; scored by match quality, country
 * and admin context, kind of unit, population, feature class and distance to nearby places.
 */
import { boundedEditDistance } from './bounded-edit-distance.ts';
import { describePlace } from './describe-place.ts';
import { haversineKm } from './haversine-km.ts';
import type { Gazetteer, GazetteerEntry, Resolution, ScoredPlace } from './gazetteer-types.ts';
import { descriptorOf, looseKeyOf, nameKey, nameTokens } from './name-key.ts';
import { FAR_FROM_COUNTRY_KM, NEAR_KM, nearestKm, standsAlone } from './reading-support.ts';

export interface ToponymContext {
  /** ISO alpha-2 codes of countries the text is about. */
  countryCodes?: string[];
  /** Names of admin-1 units named in the text ("Khatlon province"). */
  admin1Names?: string[];
  /** Other places of the same incident. */
  nearPoints?: Array<{ lat: number; lon: number }>;
}

/** A candidate below this score is not taken as the answer (it stays among the candidates). */
const ACCEPT = 0.9;
const MAX_CANDIDATES = 5;

const BASE = { exact: 1, demonym: 1.3, loose: 0.45 } as const;
const FUZZY_BASE = [1, 0.55, 0.4];
const FEATURE_PRIOR: Record<string, number> = {
  PPLC: 0.12, PPLA: 0.08, PPLA2: 0.05, PPLA3: 0.02, PPLX: -0.05, PPLH: -0.1, PPLQ: -0.1, PPLW: -0.1,
};
const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-east', 'north-west', 'south-east', 'south-west',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upper', 'lower',
]);
const GENERIC_TAIL = new Set(['city', 'town', 'village', 'capital', 'border', 'side', 'territory', 'soil', 'government', 'authorities']);

function fuzzyLimit(key: string): number {
  if (key.length < 4) return 0;
  return key.length >= 8 ? 2 : 1;
}

interface Cleaned {
  text: string;
  direction: string | null;
}

/** Drops a leading article, "city of", and a leading direction ("north-western Kazakhstan"). */
function cleanMention(mention: string): Cleaned {
  let text = mention.trim().replace(/[’']s$/i, '').replace(/^(the|a)\s+/i, '');
  text = text.replace(/^(city|town|village|province|district|region) of\s+/i, '');
  const m = /^([a-z-]+)\s+(.+)$/i.exec(text);
  if (m && DIRECTIONS.has(m[1]!.toLowerCase())) return { text: m[2]!, direction: m[1]!.toLowerCase() };
  return { text, direction: null };
}

/** Country codes named by the extra comma parts of "Aktobe, Kazakhstan" style mentions. */
function countryOfName(name: string, g: Gazetteer): string | null {
  const key = nameKey(name);
  const demonym = g.demonyms.get(key);
  if (demonym) return demonym;
  for (const i of g.lookupKey(key)) {
    const e = g.entry(i);
    if (e.kind === 'country') return e.countryCode;
  }
  return null;
}

/** "CC.A1" codes of admin-1 units named in the context (by unit name or by their seat). */
function admin1Codes(names: string[], g: Gazetteer): Set<string> {
  const codes = new Set<string>();
  for (const name of names) {
    for (const i of g.lookupKey(nameKey(name))) {
      const e = g.entry(i);
      if (e.kind === 'admin1' || (e.kind === 'place' && (e.featureCode === 'PPLA' || e.featureCode === 'PPLC'))) {
        codes.add(`${e.countryCode}.${e.admin1Code}`);
      }
    }
  }
  return codes;
}

interface Candidate {
  index: number;
  match: ScoredPlace['match'];
  base: number;
}

function gatherCandidates(key: string, countries: string[], g: Gazetteer): Candidate[] {
  const found = new Map<number, Candidate>();
  const add = (index: number, match: Candidate['match'], base: number) => {
    const prev = found.get(index);
    if (!prev || prev.base < base) found.set(index, { index, match, base });
  };
  for (const i of g.lookupKey(key)) add(i, 'exact', BASE.exact);
  const demonym = g.demonyms.get(key);
  if (demonym) {
    const c = g.countries.get(demonym);
    if (c) add(c.entry, 'demonym', BASE.demonym);
  }
  // Weaker matches are sought only when no exact one fits the context.
  const inContext = (c: Candidate) => countries.length === 0 || countries.includes(g.entry(c.index).countryCode ?? '');
  if ([...found.values()].some(inContext)) return [...found.values()];
  const loose = looseKeyOf(key);
  if (loose.length >= 4) for (const i of g.lookupLoose(loose)) add(i, 'loose', BASE.loose);
  const haveLoose = [...found.values()].some((c) => c.match === 'loose' && inContext(c));
  const limit = fuzzyLimit(key);
  if (!haveLoose && limit > 0) {
    const scopes = countries.length > 0 ? countries : [null];
    for (const scope of scopes) {
      const byLength = g.fuzzyKeys(scope);
      for (let len = key.length - limit; len <= key.length + limit; len++) {
        for (const other of byLength.get(len) ?? []) {
          const d = boundedEditDistance(key, other, limit);
          if (d === 0 || d > limit) continue;
          for (const i of g.lookupKey(other)) {
            if (scope && g.entry(i).countryCode !== scope) continue;
            add(i, 'fuzzy', FUZZY_BASE[d]!);
          }
        }
      }
    }
  }
  return [...found.values()];
}

function score(
  c: Candidate,
  e: GazetteerEntry,
  ctx: { countries: string[]; admin1: Set<string>; near: Array<{ lat: number; lon: number }>; descriptor: 'district' | 'admin1' | null },
): number {
  let s = c.base;
  if (ctx.countries.length > 0 && e.countryCode && ctx.countries.includes(e.countryCode)) s += 0.4;
  if (ctx.admin1.size > 0 && e.admin1Code && ctx.admin1.has(`${e.countryCode}.${e.admin1Code}`) && e.kind !== 'admin1') s += 0.3;
  if (ctx.descriptor === 'district') s += e.kind === 'admin2' ? 0.3 : e.kind === 'admin1' ? 0.1 : 0;
  else if (ctx.descriptor === 'admin1') s += e.kind === 'admin1' ? 0.3 : e.kind === 'admin2' ? 0.2 : 0;
  else s += e.kind === 'country' ? 0.5 : e.kind === 'place' ? 0.1 : e.kind === 'admin1' ? 0.05 : 0;
  if (e.kind === 'place' || e.population > 0) s += 0.25 * Math.min(1, Math.log10(e.population + 1) / 7);
  s += FEATURE_PRIOR[e.featureCode ?? ''] ?? 0;
  // Curated and user places are there on purpose; a user's own place wins over the shipped supplement.
  if (e.source === 'supplement') s += 0.25;
  else if (e.source === 'user') s += 0.3;
  if (ctx.near.length > 0 && e.lat !== null && e.lon !== null) {
    const d = Math.min(...ctx.near.map((p) => haversineKm(p, { lat: e.lat!, lon: e.lon! })));
    s += 0.3 * Math.exp(-d / 200);
  }
  return Math.round(s * 1000) / 1000;
}

/** Resolves one place mention. `place` is null when no candidate is good enough. */
export function resolveToponym(mention: string, context: ToponymContext, gazetteer: Gazetteer): Resolution {
  const query = mention;
  const parts = mention.split(',').map((p) => p.trim()).filter(Boolean);
  const countries = (context.countryCodes ?? []).map((c) => c.toUpperCase());
  const adminNames = [...(context.admin1Names ?? [])];
  /** Countries the mention itself names ("Santo Tomas, Guatemala"): a hard constraint. */
  const named: string[] = [];
  for (const extra of parts.slice(1)) {
    const cc = countryOfName(extra, gazetteer);
    if (cc) named.push(cc);
    else adminNames.push(extra);
  }
  countries.push(...named);
  const cleaned = cleanMention(parts[0] ?? '');
  let text = cleaned.text;
  // "Kazakh city", "Tajik border": a country adjective followed by a generic word.
  const tokens = nameTokens(text);
  if (tokens.length > 1 && GENERIC_TAIL.has(tokens[tokens.length - 1]!) && gazetteer.lookupKey(nameKey(text)).length === 0) {
    const head = tokens.slice(0, -1).join(' ');
    if (countryOfName(head, gazetteer)) text = head;
  }
  const key = nameKey(text);
  if (key.length < 2) return { query, place: null, candidates: [] };

  const ctx = {
    countries,
    admin1: admin1Codes(adminNames, gazetteer),
    near: context.nearPoints ?? [],
    descriptor: descriptorOf(text),
  };
  const gathered = gatherCandidates(key, countries, gazetteer).filter((c) => named.length === 0 || named.includes(gazetteer.entry(c.index).countryCode ?? ''));
  if (gathered.length === 0 && named.length > 0) {
    // The place is not known in the country the mention names: the country is the finest unit the text supports.
    const country = gazetteer.countries.get(named[0]!);
    if (country) {
      const place = { ...describePlace(gazetteer.entry(country.entry), gazetteer), note: `"${cleaned.text}" not found in ${country.name}; country only` };
      return { query, place, candidates: [] };
    }
  }
  // A reading outside the context's countries, far from its places, must stand on its own ("Boni" in Mali is not Bonn).
  const countryPoints = countries.flatMap((cc) => {
    const c = gazetteer.countries.get(cc);
    return c && c.lat !== null && c.lon !== null ? [{ lat: c.lat, lon: c.lon }] : [];
  });
  const supported = (c: Candidate): boolean => {
    const e = gazetteer.entry(c.index);
    if (countries.length === 0 || e.kind === 'country' || countries.includes(e.countryCode ?? '')) return true;
    const near = ctx.near.length > 0 ? nearestKm(e, ctx.near) <= NEAR_KM : nearestKm(e, countryPoints) <= FAR_FROM_COUNTRY_KM;
    return near || (c.match === 'exact' && standsAlone(e, key));
  };
  const scored: Array<ScoredPlace & { supported: boolean }> = gathered.map((c) => {
    const e = gazetteer.entry(c.index);
    return { ...describePlace(e, gazetteer), score: score(c, e, ctx), match: c.match, supported: supported(c) };
  });
  scored.sort((a, b) => b.score - a.score || (a.id ?? '').localeCompare(b.id ?? ''));
  const accepted = scored.find((p) => p.score >= ACCEPT && p.supported) ?? null;
  let place = accepted ? stripScore(accepted) : null;
  const contextCountries = [...new Set(countries)];
  if (!place && contextCountries.length === 1 && scored.some((p) => p.score >= ACCEPT)) {
    // Every good reading lies far from the context: the context's country is the finest unit it supports.
    const country = gazetteer.countries.get(contextCountries[0]!);
    if (country) {
      const alone = scored[0]!;
      place = {
        ...describePlace(gazetteer.entry(country.entry), gazetteer),
        note: `"${cleaned.text}" has no reading in or near ${country.name} (alone it would read as ${alone.name}, ${alone.country_code ?? '-'}); country only`,
      };
    }
  }
  if (place && cleaned.direction) {
    const note = `${cleaned.direction} part of ${place.name}`;
    place = { ...place, note: place.note ? `${note}; ${place.note}` : note };
  }
  const candidates = scored.filter((p) => p !== accepted).slice(0, MAX_CANDIDATES).map(({ supported: _s, ...p }) => p);
  return { query, place, candidates };
}

function stripScore(p: ScoredPlace & { supported?: boolean }): Resolution['place'] {
  const { score: _score, match: _match, supported: _supported, ...place } = p;
  return place;
}
