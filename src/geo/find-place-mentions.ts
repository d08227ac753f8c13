/**
 * Toponyms in the text, found by looking up word n-grams in the gazetteer's name index.
 * In mixed-case text a toponym must be capitalised; in caseless text it needs a locative
 * context ("in", "near", "province of") or must be a country, an admin unit or a large place.
 * Each mention is resolved in the context of the countries the text names (or, when it names
 * none, of those of the places that stand on their own) and of its other places: a reading in
 * another country, far from every place the text names, is kept only when it stands on its own
 * (the place's own name, and a capital or a large place). Otherwise the name is placed in the
 * finest unit the text supports (an admin unit named in the same sentence, else the country)
 * and the place says so in a note; never at the false precision of a far-away namesake.
 */
import type { ResolvedPlace } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { PlaceMention } from '../extract/place-mention.ts';
import { nameKey } from './gazetteer/name-key.ts';
import { describePlace } from './gazetteer/describe-place.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer/gazetteer-types.ts';
import { contextFallback } from './context-fallback.ts';
import { FAR_FROM_COUNTRY_KM, NEAR_KM, nearestKm, standsAlone } from './gazetteer/reading-support.ts';


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
/** Prepositions that place what follows ("of" only after a direction or a unit: "west of", "district of"). */
const PLACING = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'into', 'towards', 'toward', 'between', 'within', 'throughout', 'nearby']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
/** The name goes on in the next word: "Ain al-Asad", "Bir el-Abd", "Santa Cruz de la Sierra". */
const NAME_PARTICLE = /^(al|el|ad|ar|as|ash|at|az|an|ibn|bin|ben|abu|de|del|della|di|da|du|des|la|le|los|las|van|von)(-|$)/;
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

/** Choose among same-named entries: context countries first, then the unit the descriptor asks for, then size, then nearness to the text's other places. */
function chooseEntry(entries: GazetteerEntry[], contextCountries: Set<string>, descriptor: string | null, anchors: Anchor[]): GazetteerEntry | null {
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  for (const e of entries) {
    let score = Math.log10(1 + e.population);
    if (e.countryCode && contextCountries.has(e.countryCode)) score += 6;
    if (e.kind === 'country') score += 8;
    if (descriptor && /^(province|region|oblast|state|governorate|department)$/.test(descriptor)) score += e.kind === 'admin1' ? 10 : 0;
    else if (descriptor === 'district' || descriptor === 'county' || descriptor === 'municipality') score += e.kind === 'admin2' ? 10 : 0;
    else if (e.kind === 'place' || e.kind === 'feature') score += 2.5;
    if (e.source === 'supplement' || e.source === 'user') score += 3;
    if (e.kind === 'admin2' && !descriptor) score -= 1;
    if (anchors.length > 0 && entries.length > 1 && e.kind !== 'country') score += 3 * Math.exp(-nearestKm(e, anchors) / 250);
    score += entryKindRank(e) * 0.1;
    if (score > bestScore) { bestScore = score; best = e; }
  }
  return best;
}

type Anchor = { lat: number; lon: number };

interface RawMention {
  from: number;
  to: number;
  ids: number[];
  key: string;
  demonym: string | null;
}

interface FramedMention extends RawMention {
  start: number;
  end: number;
  descriptor: string | null;
  locative: boolean;
  /**
   * Placed by a preposition of place ("near Boni", "between Boni and Hombori", "12 km west of
   * Boni", "in the Lido area") or a dateline, and the whole of a name (not "Ain" of "Ain al-Asad"):
   * strong enough to place a name that no reading fits in the text's own geography.
   */
  placed: boolean;
  origin: boolean;
  sentence: number;
}

type Decision =
  | { kind: 'skip' }
  | { kind: 'demonym'; country: string }
  | { kind: 'keep'; entry: GazetteerEntry }
  /** No reading fits the text's geography: placed in the finest unit the text supports. */
  | { kind: 'fallback'; rejected: GazetteerEntry };

function scanNames(text: string, tokens: Token[], gazetteer: Gazetteer, caseless: boolean): RawMention[] {
  const raw: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.word || /^\d/.test(first.text) || NEVER_FIRST.has(first.lower)) continue;
    if (!caseless && !/^[\p{Lu}]/u.test(first.text)) continue;
    let matched = false;
    for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1]!;
      if (!last.word) continue;
      let ok = true;
      for (let k = i; k < i + n; k++) if (!tokens[k]!.word && tokens[k]!.text !== '-' && tokens[k]!.text !== "'") { ok = false; break; }
      if (!ok) continue;
      const surface = text.slice(first.start, last.end);
      if (n === 1 && NOT_PLACES.has(first.lower)) continue;
      if (!caseless && n > 1 && !/^[\p{Lu}]/u.test(last.text) && !/^(de|del|la|el|i|e|al|ye)$/.test(last.lower)) continue;
      const { key, ids } = cachedLookup(gazetteer, surface);
      if (!key || key.length < 3) continue;
      if (n === 1 && gazetteer.demonyms.has(key) && !gazetteer.countries.has(key.toUpperCase())) {
        raw.push({ from: i, to: i + 1, ids: [], key, demonym: gazetteer.demonyms.get(key)! });
        matched = true;
        continue;
      }
      if (ids) {
        raw.push({ from: i, to: i + n, ids, key, demonym: null });
        matched = true;
        i += n - 1;
      } else if (n === 1) {
        const cc = gazetteer.demonyms.get(key);
        if (cc) { raw.push({ from: i, to: i + 1, ids: [], key, demonym: cc }); matched = true; }
      }
    }
  }
  return raw;
}

/** Sentence number of each token: a new sentence after . ! ? and at every line break (titles, datelines, list items). */
function sentenceNumbers(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prev = tokens[i - 1]!;
      let boundary = !prev.word && (prev.text === '.' || prev.text === '!' || prev.text === '?');
      for (let k = prev.end; !boundary && k < tokens[i]!.start; k++) if (text.charCodeAt(k) === 10) boundary = true;
      if (boundary) n++;
    }
    out.push(n);
  }
  return out;
}

/** A wire dateline: a name opening a line, in capitals or followed by a date ("BAMAKO, Feb 7 (Reuters) -", "NIAMEY —", "Kabul, 5 June -"). */
function opensDateline(text: string, tokens: Token[], r: RawMention): boolean {
  const next = tokens[r.to]?.text ?? '';
  if (next !== ',' && next !== '-' && next !== '–' && next !== '—') return false;
  const start = tokens[r.from]!.start;
  for (let k = start - 1; k >= 0 && text[k] !== '\n'; k--) if (!/[\s*_#>]/.test(text[k]!)) return false;
  const end = tokens[r.to - 1]!.end;
  const surface = text.slice(start, end);
  if (surface === surface.toUpperCase() && /\p{Lu}/u.test(surface)) return true;
  return /^\s*,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\b)/u.test(text.slice(end, end + 40));
}

function frame(text: string, tokens: Token[], r: RawMention, sentenceOf: number[]): FramedMention {
  let before = r.from - 1;
  while (before >= 0 && /^["'(\[]$/.test(tokens[before]!.text)) before--;
  const prev = tokens[before]?.lower ?? '';
  const prev2 = tokens[before - 1]?.lower ?? '';
  const next = tokens[r.to]?.lower ?? '';
  const last = tokens[r.to - 1]!.lower;
  const descriptor = r.to - r.from > 1 && AFTER_DESCRIPTORS.has(last) ? last
    : AFTER_DESCRIPTORS.has(next) ? next : (prev === 'of' && AFTER_DESCRIPTORS.has(prev2) ? prev2 : null);
  const dateline = opensDateline(text, tokens, r);
  const locative = LOCATIVE.has(prev) || descriptor !== null || r.from === 0 || (tokens[r.to]?.text === ',' && r.from < 3) || dateline;
  return {
    from: r.from, to: r.to, ids: r.ids, key: r.key, demonym: r.demonym,
    start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end, descriptor, locative,
    placed: locative && placedName(text, tokens, r, before, dateline),
    origin: prev === 'from', sentence: sentenceOf[r.from]!,
  };
}

/** See `FramedMention.placed`. `before` is the token before the name, quotes and brackets skipped. */
function placedName(text: string, tokens: Token[], r: RawMention, before: number, dateline: boolean): boolean {
  const following = tokens[r.to];
  const continues = following?.word === true && /^ ?$/.test(text.slice(tokens[r.to - 1]!.end, following.start)) && (/^[\p{Lu}]/u.test(following.text) || NAME_PARTICLE.test(following.lower));
  if (continues) return false;
  if (dateline) return true;
  const word = (k: number) => tokens[k]?.lower ?? '';
  const preposition = (k: number) => PLACING.has(word(k)) || (word(k) === 'of' && (DIRECTIONS.has(word(k - 1)) || AFTER_DESCRIPTORS.has(word(k - 1)) || word(k - 1) === 'outskirts'));
  return preposition(before) || (/^(the|a)$/.test(word(before)) && preposition(before - 1));
}

/** A name without a locative context counts only as a country or a province ("But" is not Buta). */
function mayStand(f: FramedMention, e: GazetteerEntry): boolean {
  return e.kind === 'country' || e.kind === 'admin1' || f.locative || f.origin || e.source !== 'geonames';
}

/**
 * The countries the text is about: those it names (or the caller gives), and those of the
 * places that stand on their own (a capital, a large city, a province by its name): a report
 * from Kabul that names no country but Italy is about Afghanistan too.
 */
function documentCountries(named: Set<string>, framed: FramedMention[], first: Array<GazetteerEntry | null>): Set<string> {
  const inferred = new Set<string>(named);
  framed.forEach((f, i) => {
    const e = first[i];
    if (e?.countryCode && (f.locative || f.origin) && standsAlone(e, f.key)) inferred.add(e.countryCode);
  });
  return inferred;
}

/**
 * The unit a name that fits no reading falls back to: the one admin unit of the text's
 * countries named as a place (not "Sahel Wire") in the same sentence as any of its occurrences; else the country the text
 * is about (the only one, or the one it names most often); else none.
 */
function fallbackUnit(
  g: Gazetteer,
  occurrences: FramedMention[],
  framed: FramedMention[],
  decisions: Decision[],
  docCountries: Set<string>,
): GazetteerEntry | null {
  const sentences = new Set(occurrences.map((o) => o.sentence));
  const units = new Map<string, GazetteerEntry>();
  const votes = new Map<string, number>();
  framed.forEach((f, i) => {
    const d = decisions[i]!;
    const cc = d.kind === 'keep' ? d.entry.countryCode : d.kind === 'demonym' ? d.country : null;
    if (!cc || !docCountries.has(cc)) return;
    votes.set(cc, (votes.get(cc) ?? 0) + 1);
    if (d.kind === 'keep' && (d.entry.kind === 'admin1' || d.entry.kind === 'admin2') && f.locative && sentences.has(f.sentence)) units.set(d.entry.id, d.entry);
  });
  if (units.size === 1) return [...units.values()][0]!;
  const unitCountries = new Set([...units.values()].map((u) => u.countryCode!));
  let country: string | null = null;
  if (unitCountries.size === 1) country = [...unitCountries][0]!;
  else if (docCountries.size === 1) country = [...docCountries][0]!;
  else {
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) country = ranked[0]![0];
  }
  const info = country ? g.countries.get(country) : undefined;
  return info ? g.entry(info.entry) : null;
}

export function findPlaceMentions(
  text: string,
  tokens: Token[],
  gazetteer: Gazetteer,
  options: { caseless: boolean; contextCountries?: Set<string> },
): PlaceMention[] {
  const context = new Set(options.contextCountries ?? []);
  const raw = scanNames(text, tokens, gazetteer, options.caseless);
  // countries named anywhere give context to every other mention
  for (const r of raw) {
    if (r.demonym) context.add(r.demonym);
    for (const id of r.ids) if (gazetteer.entry(id).kind === 'country') context.add(gazetteer.entry(id).countryCode!);
  }
  const sentenceOf = sentenceNumbers(text, tokens);
  const framed = raw.map((r) => frame(text, tokens, r, sentenceOf));
  // First readings, by name and country context alone; those in the text's countries anchor the others.
  const readings = framed.map((f) => (f.demonym ? [] : f.ids.map((id) => gazetteer.entry(id))));
  const first = framed.map((f, i) => (f.demonym ? null : chooseEntry(readings[i]!, context, f.descriptor, [])));
  const docCountries = documentCountries(context, framed, first);
  const anchorById = new Map<string, Anchor>();
  framed.forEach((f, i) => {
    const e = first[i];
    if (e && e.kind !== 'country' && e.lat !== null && e.lon !== null && e.countryCode && docCountries.has(e.countryCode) && mayStand(f, e)) {
      anchorById.set(e.id, { lat: e.lat, lon: e.lon });
    }
  });
  const anchors = [...anchorById.values()];
  const countryPoints: Anchor[] = [];
  for (const cc of docCountries) {
    const c = gazetteer.countries.get(cc);
    if (c && c.lat !== null && c.lon !== null) countryPoints.push({ lat: c.lat, lon: c.lon });
  }
  // A reading in a country the text is not about must be near its other places, or stand on its own.
  const fitsGeography = (e: GazetteerEntry): boolean => {
    if (docCountries.size === 0 || e.kind === 'country' || (e.countryCode && docCountries.has(e.countryCode))) return true;
    return anchors.length > 0 ? nearestKm(e, anchors) <= NEAR_KM : nearestKm(e, countryPoints) <= FAR_FROM_COUNTRY_KM;
  };
  const decisions: Decision[] = framed.map((f, i) => {
    if (f.demonym) return gazetteer.countries.has(f.demonym) ? { kind: 'demonym', country: f.demonym } : { kind: 'skip' };
    // second reading: the text's countries (named or inferred) as context, nearness to its places as a tie-breaker
    const e = f.ids.length > 1 && (anchors.length > 0 || docCountries.size > context.size) ? chooseEntry(readings[i]!, docCountries, f.descriptor, anchors) : first[i]!;
    if (!e) return { kind: 'skip' };
    if (!fitsGeography(e) && !standsAlone(e, f.key)) return f.placed ? { kind: 'fallback', rejected: e } : { kind: 'skip' };
    return mayStand(f, e) ? { kind: 'keep', entry: e } : { kind: 'skip' };
  });
  const units = new Map<string, GazetteerEntry | null>();
  const out: PlaceMention[] = [];
  framed.forEach((f, i) => {
    const d = decisions[i]!;
    const surface = text.slice(f.start, f.end);
    const base = { start: f.start, end: f.end, text: surface };
    if (d.kind === 'demonym') {
      const e = gazetteer.entry(gazetteer.countries.get(d.country)!.entry);
      out.push({ ...base, place: toResolvedPlace(gazetteer, e), locative: false, origin: false, demonym: true });
    } else if (d.kind === 'keep') {
      out.push({ ...base, place: toResolvedPlace(gazetteer, d.entry), locative: f.locative, origin: f.origin, demonym: false });
    } else if (d.kind === 'fallback') {
      if (!units.has(f.key)) units.set(f.key, fallbackUnit(gazetteer, framed.filter((o) => o.key === f.key), framed, decisions, docCountries));
      const unit = units.get(f.key);
      if (unit) out.push({ ...base, place: contextFallback(surface, unit, d.rejected, gazetteer), locative: f.locative, origin: f.origin, demonym: false });
    }
  });
  return out;
}
