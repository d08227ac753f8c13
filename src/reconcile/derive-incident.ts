/**
 * Derives an incident's values from its claims: the date most sources support (most specific
 * within it), the most precise place where it happened, the attack types, targets, victims,
 * weapons, perpetrators with their status, and reconciled figures. Pure: the same claims in any
 * order give the same incident.
 */
import type {
  Claim, Incident, PerpetratorStatus, PerpetratorValue, Precision, ResolvedPlace, TargetValue, VictimValue, WeaponValue,
} from '../core/types.ts';
import { reconcileFigures } from './reconcile-figures.ts';

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

export function deriveDate(claims: Claim[]): string | null {
  const values = claims.filter((c) => c.field === 'date').map((c) => c.value as string);
  if (values.length === 0) return null;
  let best: string | null = null;
  let bestSupport = -1;
  for (const v of values) {
    const support = values.filter((w) => compatible(v, w)).length;
    if (support > bestSupport || (support === bestSupport && best !== null && specificity(v) > specificity(best))) {
      best = v;
      bestSupport = support;
    }
  }
  // the most specific value compatible with the best-supported one, filled in with the parts others know
  const group = values.filter((w) => compatible(best!, w));
  let merged = best!;
  for (const v of group) if (specificity(v) > specificity(merged)) merged = v;
  const year = group.map((v) => /^(\d{4})/.exec(v)?.[1]).find(Boolean);
  if (merged.startsWith('--') && year) merged = `${year}${merged.slice(1)}`;
  return merged;
}

export function derivePlace(claims: Claim[]): ResolvedPlace | null {
  const places = claims.filter((c) => c.field === 'place').map((c) => c.value as ResolvedPlace & { mention: string });
  if (places.length === 0) {
    // no place named where it happened: the country the text ties to the event, at country precision
    const mentioned = claims.filter((c) => c.field === 'place_mentioned').map((c) => c.value as ResolvedPlace & { mention: string });
    const countries = mentioned.filter((p) => p.precision === 'country');
    if (countries.length === 0) return null;
    return strip(countries[0]!);
  }
  const countryVotes = new Map<string, number>();
  for (const p of places) if (p.country_code) countryVotes.set(p.country_code, (countryVotes.get(p.country_code) ?? 0) + 1);
  const topCountry = [...countryVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  let best: (ResolvedPlace & { mention: string }) | null = null;
  for (const p of places) {
    if (topCountry && p.country_code !== topCountry) continue;
    if (!best || PRECISION_RANK[p.precision] > PRECISION_RANK[best.precision]) best = p;
  }
  return best ? strip(best) : strip(places[0]!);
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
  const organizations = out.filter((p) => p.kind === 'organization');
  return organizations.length > 0 ? organizations : out;
}

export function deriveIncident(id: string, claims: Claim[], extra: { related?: string[]; documents?: string[]; background?: boolean } = {}): Incident {
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
    weapons: uniqueBy(values<WeaponValue>('weapon'), (w) => w.text.toLowerCase()),
    killed: reconcileFigures(claims, 'killed'),
    killed_perpetrators: reconcileFigures(claims, 'killed_perpetrators'),
    wounded: reconcileFigures(claims, 'wounded'),
    kidnapped: reconcileFigures(claims, 'kidnapped'),
    claims,
    related: extra.related ?? [],
    documents: extra.documents ?? uniqueBy(claims.map((c) => c.document), (d) => d),
  };
  if (extra.background) incident.background = true;
  return incident;
}
