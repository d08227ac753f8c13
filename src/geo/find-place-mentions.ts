/**
 * Toponyms in the text, found by looking up word n-grams in the gazetteer's name index.
 * In mixed-case text a toponym must be capitalised; in caseless text it needs a locative
 * context ("in", "near", "province of") or must be a country, an admin unit or a large place.
 * Each mention is resolved in the context of the countries the text names.
 */
import type { ResolvedPlace } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { PlaceMention } from '../extract/place-mention.ts';
import { nameKey } from './gazetteer/name-key.ts';
import { describePlace } from './gazetteer/describe-place.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer/gazetteer-types.ts';


const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'of', 'on', 'into', 'towards', 'toward', 'between', 'within', 'throughout']);
const AFTER_DESCRIPTORS = new Set(['province', 'department', 'region', 'district', 'city', 'town', 'village', 'municipality', 'state', 'county', 'oblast', 'governorate', 'prefecture', 'area', 'border', 'valley']);
const NOT_PLACES = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'is', 'it', 'as', 'by', 'for', 'no', 'not', 'be', 'we', 'he', 'she',
  'they', 'his', 'her', 'its', 'our', 'us', 'one', 'two', 'three', 'four', 'five', 'six', 'all', 'any', 'some', 'such',
  'president', 'police', 'army', 'union', 'independence', 'victoria', 'justice', 'progress', 'liberty', 'unity',
  'hope', 'mission', 'reform', 'commerce', 'industry', 'security', 'national', 'central', 'federal', 'state', 'republic',
  'government', 'ministry', 'general', 'colonel', 'major', 'captain', 'san', 'santa', 'la', 'el', 'los', 'las', 'de',
  'del', 'new', 'north', 'south', 'east', 'west', 'quick', 'leave', 'reply', 'media', 'mass', 'said', 'says', 'today',
  'march', 'may', 'june', 'july', 'august', 'april', 'january', 'february', 'september', 'october', 'november',
  'december', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'bus', 'man', 'time',
  'office', 'post', 'school', 'church', 'bank', 'market', 'station', 'house', 'home', 'center', 'centre', 'city',
  'town', 'village', 'plaza', 'square', 'street', 'road', 'bridge', 'airport', 'port', 'island', 'lake', 'river',
  'mount', 'cape', 'bay', 'valley', 'hill', 'hills', 'border', 'camp', 'base', 'fort', 'alliance', 'concord',
  'providence', 'paradise', 'eden', 'hermosa', 'linda', 'bella', 'buena', 'nueva', 'nuevo', 'grande', 'mayor',
  'guerrilla', 'attack', 'army', 'front', 'people', 'popular', 'armed', 'forces', 'press', 'radio', 'television',
  'phil', 'edward', 'lemon', 'khan', 'rahmon', 'rustam', 'china', 'internal', 'external', 'here', 'there', 'still',
]);
const MAX_NGRAM = 4;
/** Function words never begin a place name; skipping them keeps the n-gram scan fast. */
const NEVER_FIRST = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'by', 'for', 'with', 'from', 'that', 'this', 'these',
  'those', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'he', 'she', 'it', 'they',
  'we', 'i', 'you', 'his', 'her', 'its', 'their', 'who', 'which', 'what', 'when', 'where', 'as', 'but', 'not', 'no',
  'also', 'will', 'would', 'could', 'should', 'may', 'can', 'after', 'before', 'during', 'into', 'than', 'then',
  'there', 'here', 'about', 'against', 'between', 'because', 'while', 'other', 'some', 'all', 'any', 'more', 'most',
  'been', 'being', 'did', 'do', 'does', 'so', 'if', 'out', 'up', 'over', 'under', 'only', 'such', 'them', 'him',
  'our', 'us', 'my', 'me', 'one', 'two', 'three', 'people', 'police', 'army', 'government', 'members', 'today',
]);
/** nameKey and index lookups by surface form, shared across documents (names repeat a lot). */
const lookupCache = new Map<string, { key: string; ids: number[] | null }>();
const CACHE_LIMIT = 200_000;
let cacheFor: { gazetteer: Gazetteer; revision: number } | null = null;

function cachedLookup(gazetteer: Gazetteer, surface: string): { key: string; ids: number[] | null } {
  if (cacheFor?.gazetteer !== gazetteer || cacheFor.revision !== gazetteer.revision) {
    lookupCache.clear();
    cacheFor = { gazetteer, revision: gazetteer.revision };
  }
  let hit = lookupCache.get(surface);
  if (hit === undefined) {
    const key = nameKey(surface);
    const ids = key && key.length >= 3 ? gazetteer.lookupKey(key) : null;
    hit = { key, ids: ids && ids.length ? ids : null };
    if (lookupCache.size >= CACHE_LIMIT) lookupCache.clear();
    lookupCache.set(surface, hit);
  }
  return hit;
}

function entryKindRank(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country': return 5;
    case 'admin1': return 4;
    case 'feature': return 3;
    case 'place': return 3;
    case 'admin2': return 2;
    default: return 1;
  }
}

export function toResolvedPlace(g: Gazetteer, e: GazetteerEntry): ResolvedPlace {
  const { note: _note, ...place } = describePlace(e, g);
  return place;
}

/** Choose among same-named entries: context countries first, then the unit the descriptor asks for, then size. */
function chooseEntry(g: Gazetteer, ids: number[], contextCountries: Set<string>, descriptor: string | null): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  for (const id of ids) {
    const e = g.entry(id);
    let score = Math.log10(1 + e.population);
    if (e.countryCode && contextCountries.has(e.countryCode)) score += 6;
    if (e.kind === 'country') score += 8;
    if (descriptor && /^(province|region|oblast|state|governorate|department)$/.test(descriptor)) score += e.kind === 'admin1' ? 10 : 0;
    else if (descriptor === 'district' || descriptor === 'county' || descriptor === 'municipality') score += e.kind === 'admin2' ? 10 : 0;
    else if (e.kind === 'place' || e.kind === 'feature') score += 2.5;
    if (e.source === 'supplement' || e.source === 'user') score += 3;
    if (e.kind === 'admin2' && !descriptor) score -= 1;
    score += entryKindRank(e) * 0.1;
    if (score > bestScore) { bestScore = score; best = e; }
  }
  return best;
}

export function findPlaceMentions(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  options: { caseless: boolean; contextCountries?: Set<string> },
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const context = new Set(options.contextCountries ?? []);
  const raw: Array<{ from: number; to: number; ids: number[]; demonym: string | null }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.word || /^\d/.test(first.text) || NEVER_FIRST.has(first.lower)) continue;
    if (!options.caseless && !/^[\p{Lu}]/u.test(first.text)) continue;
    let matched = false;
    for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1]!;
      if (!last.word) continue;
      let ok = true;
      for (let k = i; k < i + n; k++) if (!tokens[k]!.word && tokens[k]!.text !== '-' && tokens[k]!.text !== "'") { ok = false; break; }
      if (!ok) continue;
      const surface = text.slice(first.start, last.end);
      if (n === 1 && NOT_PLACES.has(first.lower)) continue;
      if (!options.caseless && n > 1 && !/^[\p{Lu}]/u.test(last.text) && !/^(de|del|la|el|i|e|al|ye)$/.test(last.lower)) continue;
      const { key, ids } = cachedLookup(gazetteer, surface);
      if (!key || key.length < 3) continue;
      if (n === 1 && gazetteer.demonyms.has(key) && !gazetteer.countries.has(key.toUpperCase())) {
        raw.push({ from: i, to: i + 1, ids: [], demonym: gazetteer.demonyms.get(key)! });
        matched = true;
        continue;
      }
      if (ids) {
        raw.push({ from: i, to: i + n, ids, demonym: null });
        matched = true;
        i += n - 1;
      } else if (n === 1) {
        const cc = gazetteer.demonyms.get(key);
        if (cc) { raw.push({ from: i, to: i + 1, ids: [], demonym: cc }); matched = true; }
      }
    }
  }
  // countries named anywhere give context to every other mention
  for (const r of raw) {
    if (r.demonym) context.add(r.demonym);
    for (const id of r.ids) if (gazetteer.entry(id).kind === 'country') context.add(gazetteer.entry(id).countryCode!);
  }
  for (const r of raw) {
    let before = r.from - 1;
    while (before >= 0 && /^["'(\[]$/.test(tokens[before]!.text)) before--;
    const prev = tokens[before]?.lower ?? '';
    const prev2 = tokens[before - 1]?.lower ?? '';
    const next = tokens[r.to]?.lower ?? '';
    const last = tokens[r.to - 1]!.lower;
    const descriptor = r.to - r.from > 1 && AFTER_DESCRIPTORS.has(last) ? last
      : AFTER_DESCRIPTORS.has(next) ? next : (prev === 'of' && AFTER_DESCRIPTORS.has(prev2) ? prev2 : null);
    const locative = LOCATIVE.has(prev) || descriptor !== null || r.from === 0 || (tokens[r.to]?.text === ',' && r.from < 3);
    const start = tokens[r.from]!.start;
    const end = tokens[r.to - 1]!.end;
    if (r.demonym) {
      const country = gazetteer.countries.get(r.demonym);
      if (!country) continue;
      const e = gazetteer.entry(country.entry);
      out.push({ start, end, text: text.slice(start, end), place: toResolvedPlace(gazetteer, e), locative: false, origin: false, demonym: true });
      continue;
    }
    const e = chooseEntry(gazetteer, r.ids, context, descriptor);
    if (!e) continue;
    // a small place abroad is more likely a same-named word or person than a place the text means
    if (context.size > 0 && e.countryCode && !context.has(e.countryCode) && (e.kind === 'place' || e.kind === 'admin2') && e.population < 200000 && e.source === 'geonames') continue;
    // a name without a locative context counts only as a country or a province ("But" is not Buta)
    if (e.kind !== 'country' && e.kind !== 'admin1' && !locative && prev !== 'from' && e.source === 'geonames') continue;
    out.push({ start, end, text: text.slice(start, end), place: toResolvedPlace(gazetteer, e), locative, origin: prev === 'from', demonym: false });
  }
  return out;
}
