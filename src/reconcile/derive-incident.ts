/**
 * Derives an incident's values from its claims: the date most sources support (most specific
 * within it), the most precise place where it happened, the attack types, targets, victims,
 * weapons, perpetrators with their status, and reconciled figures. Pure: the same claims in any
 * order give the same incident.
 */
import type {
  Claim, Incident, PerpetratorStatus, PerpetratorValue, Precision, ResolvedPlace, Reliability, TargetValue, VictimValue, WeaponValue,
} from '../core/types.ts';
import { countedClaims, reconcileFigures } from './reconcile-figures.ts';

const PRECISION_RANK: Record<Precision, number> = { point: 5, city: 4, district: 3, admin1: 2, country: 1 };

function compatible(a: string, b: string): boolean {
  const pa = a.replace(/^--/, '0000-').split('-');
  const pb = b.replace(/^--/, '0000-').split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === '0000' || pb[i] === '0000') continue;
    if (pa[i] !== pb[i]) return false;
  }
  return true;
}

function specificity(v: string): number {
  return v.replace(/^--/, '').split('-').length + (v.startsWith('--') ? 0 : 1);
}

/** Where a claim was made: earlier in a document first, so that ties go to the first mention whatever the claims' order. */
function position(c: Claim, value: string): string {
  return `${c.document}\u0000${String(c.start).padStart(12, '0')}\u0000${value}`;
}

/** The item with the largest keys, compared in order; a last tie goes to the smallest `tie`. */
function pick<T>(items: T[], keys: (t: T) => number[], tie: (t: T) => string): T | null {
  let best: T | null = null;
  let bestKeys: number[] = [];
  for (const t of items) {
    const k = keys(t);
    let cmp = 0;
    for (let i = 0; i < k.length && cmp === 0; i++) cmp = k[i]! - bestKeys[i]!;
    if (best === null || cmp > 0 || (cmp === 0 && tie(t) < tie(best))) {
      best = t;
      bestKeys = k;
    }
  }
  return best;
}

export function deriveDate(claims: Claim[]): string | null {
  const dated = claims.filter((c): c is Extract<Claim, { field: 'date' }> => c.field === 'date');
  if (dated.length === 0) return null;
  const support = (v: string) => dated.filter((w) => compatible(v, w.value)).length;
  const tie = (c: (typeof dated)[number]) => position(c, c.value);
  const best = pick(dated, (c) => [support(c.value), specificity(c.value)], tie)!.value;
  // the most specific value compatible with the best-supported one, filled in with the year others know
  const group = dated.filter((w) => compatible(best, w.value));
  let merged = pick(group, (c) => [specificity(c.value), support(c.value)], tie)!.value;
  const withYear = group.filter((c) => /^\d{4}/.test(c.value));
  const yearOf = (c: (typeof dated)[number]) => c.value.slice(0, 4);
  const year = pick(withYear, (c) => [withYear.filter((w) => yearOf(w) === yearOf(c)).length], tie);
  if (merged.startsWith('--') && year) merged = `${yearOf(year)}${merged.slice(1)}`;
  return merged;
}

type PlaceClaim = Extract<Claim, { field: 'place' | 'place_mentioned' }>;

export function derivePlace(claims: Claim[]): ResolvedPlace | null {
  const places = claims.filter((c): c is PlaceClaim => c.field === 'place');
  const same = (a: ResolvedPlace, b: ResolvedPlace) => a.name === b.name && a.country_code === b.country_code;
  const mentions = (list: PlaceClaim[], c: PlaceClaim) => list.filter((d) => same(d.value, c.value)).length;
  const tie = (c: PlaceClaim) => position(c, `${c.value.name}|${c.value.country_code ?? ''}|${c.value.precision}|${c.value.id ?? ''}|${c.value.lat ?? ''}|${c.value.lon ?? ''}`);
  if (places.length === 0) {
    // no place named where it happened: the country the text ties to the event, at country precision
    const countries = claims.filter((c): c is PlaceClaim => c.field === 'place_mentioned' && c.value.precision === 'country');
    const country = pick(countries, (c) => [mentions(countries, c)], tie);
    return country ? strip(country.value) : null;
  }
  // the country most claims name (on a tie, the one the places merely mentioned name most, then the one
  // with the more precise place, then the first named) ...
  const inCountry = (cc: string | null) => places.filter((p) => p.value.country_code === cc);
  const mentioned = claims.filter((c): c is PlaceClaim => c.field === 'place_mentioned');
  const top = pick(places.filter((p) => p.value.country_code), (p) => {
    const list = inCountry(p.value.country_code);
    const elsewhere = mentioned.filter((m) => m.value.country_code === p.value.country_code).length;
    return [list.length, elsewhere, Math.max(...list.map((q) => PRECISION_RANK[q.value.precision]))];
  }, tie);
  const candidates = top ? inCountry(top.value.country_code) : places;
  // ... and in it the most precise place (then the one named most often, then the first named)
  return strip(pick(candidates, (c) => [PRECISION_RANK[c.value.precision], mentions(candidates, c)], tie)!.value);
}

function strip(p: ResolvedPlace & { mention?: string }): ResolvedPlace {
  const { mention: _mention, ...place } = p;
  return place;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function derivePerpetrators(claims: Claim[]): PerpetratorValue[] {
  const perp = claims.filter((c): c is Extract<Claim, { field: 'perpetrator' }> => c.field === 'perpetrator');
  const byName = new Map<string, typeof perp>();
  for (const c of perp) {
    const list = byName.get(c.value.name) ?? [];
    list.push(c);
    byName.set(c.value.name, list);
  }
  const out: PerpetratorValue[] = [];
  for (const [name, list] of byName) {
    const claimed = list.some((c) => c.stance === 'claims');
    const contested = list.some((c) => c.stance === 'doubts' || c.stance === 'denies');
    const blamed = list.some((c) => c.stance === 'asserts' && c.value.status === 'blamed');
    const asserted = list.some((c) => c.stance === 'asserts' || c.stance === 'claims');
    let status: PerpetratorStatus = 'suspected';
    if (contested && asserted) status = 'disputed';
    else if (claimed) status = 'claimed';
    else if (blamed) status = 'blamed';
    else if (contested) status = 'disputed';
    if (!asserted) continue; // only doubted, never put forward
    out.push({ name, kind: list[0]!.value.kind, status });
  }
  return out.filter((p) => !isDescriptor(p));
}

/** Generic person nouns that describe perpetrators without naming them (GTD codes them "Unknown"). */
const DESCRIPTOR_HEADS = /\b(?:men|man|gunmen|gunman|attackers?|assailants?|militants?|fighters?|insurgents?|terrorists?|suspects?|bombers?|jihadists?|extremists?|rebels?|guerrillas?|bandits?|kidnappers?|perpetrators?|invaders?|people|persons?|individuals?|youths?|group|groups|cell|unit|squad|members?)$/i;

/**
 * A description rather than a name: not an organisation, and either without a capitalised word
 * after its first ("gunmen", "four of the attackers") or headed by a generic person noun
 * ("Suspected Islamist militants", "masked men").
 */
export function isDescriptor(p: Pick<PerpetratorValue, 'name' | 'kind'>): boolean {
  if (p.kind === 'organization') return false;
  const words = p.name.trim().split(/\s+/);
  if (DESCRIPTOR_HEADS.test(words.at(-1) ?? '')) return true;
  return !words.some((w) => /^\p{Lu}/u.test(w));
}

/** The perpetrator descriptions the claims give ("gunmen", "two men"), for people; they name nobody. */
export function derivePerpetratorDescriptions(claims: Claim[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of claims) {
    if (c.field !== 'perpetrator' || (c.stance !== 'asserts' && c.stance !== 'claims') || !isDescriptor(c.value)) continue;
    const key = c.value.name.toLowerCase();
    if (!seen.has(key)) { seen.add(key); out.push(c.value.name); }
  }
  return out;
}

export interface DeriveExtra {
  related?: string[];
  documents?: string[];
  background?: boolean;
  /** Source grades, when a store knows them (figures prefer better-graded sources). */
  reliability?: (sourceId: string) => Reliability;
}

/**
 * The incident of a set of claims. Every claim stays in `claims`; rejected claims and a copy's
 * restatements of its original leave the derived values.
 */
export function deriveIncident(id: string, allClaims: Claim[], extra: DeriveExtra = {}): Incident {
  const claims = countedClaims(allClaims);
  const values = <T>(field: Claim['field']) => claims.filter((c) => c.field === field).map((c) => c.value as T);
  const typeCounts = new Map<string, number>();
  for (const t of values<string>('attack_type')) typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
  let attackTypes = [...typeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  if (attackTypes.length > 1) attackTypes = attackTypes.filter((t) => t !== 'Unknown');
  const places = values<ResolvedPlace>('place_mentioned').map(strip);
  const incident: Incident = {
    id,
    date: deriveDate(claims),
    place: derivePlace(claims),
    places_mentioned: uniqueBy(places, (p) => `${p.name}|${p.country_code}`),
    attack_types: attackTypes,
    targets: uniqueBy(values<TargetValue>('target'), (t) => t.text.toLowerCase()),
    victims: uniqueBy(values<VictimValue>('victim'), (v) => v.text.toLowerCase()),
    perpetrators: derivePerpetrators(claims),
    perpetrator_descriptions: derivePerpetratorDescriptions(claims),
    weapons: uniqueBy(values<WeaponValue>('weapon'), (w) => w.text.toLowerCase()),
    killed: reconcileFigures(claims, 'killed', extra.reliability),
    killed_perpetrators: reconcileFigures(claims, 'killed_perpetrators', extra.reliability),
    wounded: reconcileFigures(claims, 'wounded', extra.reliability),
    kidnapped: reconcileFigures(claims, 'kidnapped', extra.reliability),
    claims: allClaims,
    related: extra.related ?? [],
    documents: extra.documents ?? uniqueBy(allClaims.map((c) => c.document), (d) => d),
  };
  if (extra.background) incident.background = true;
  return incident;
}
