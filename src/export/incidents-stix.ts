/**
 * Incidents as a STIX 2.1 bundle, for OpenCTI and MISP. Per incident: an `incident` (the event
 * itself), a `report` that contains everything about it, a `location` for where it happened, an
 * `identity` per source, an `intrusion-set` per named organisation among the perpetrators (a
 * `threat-actor` for a named person; descriptors such as "gunmen" stay in the descriptions), the
 * relationships `incident attributed-to intrusion-set|threat-actor` and `incident targets location`
 * (the direction and types OpenCTI accepts for incidents), a `note` per claim (rejected ones too,
 * labelled `rejected`) and an `opinion` per doubt or denial.
 *
 * Ids are UUIDv5 of each object's natural key under one fixed namespace, so that exporting twice
 * gives the same bundle and OpenCTI deduplicates. Timestamps come from the incident's and its
 * documents' dates; `options.now` only when none is known. Pure: the clock comes in as a parameter.
 *
 * Notes and opinions point to the report (`object_refs`); the report does not list them back, so
 * that the bundle has no reference cycle (importers resolve references depth-first).
 */
import { v5 as uuidv5 } from 'uuid';
import { feature, featuresContaining } from '@rapideditor/country-coder';
import { SitrepError } from '../core/errors.ts';
import type {
  Claim, Credibility, Incident, PerpetratorValue, ReconciledFigure, Reliability, ResolvedPlace, SourceDocument, SourceEntity, SourceKind,
} from '../core/types.ts';

/** What the exports need to know about a document. */
export type DocumentInfo = Pick<SourceDocument, 'id' | 'title' | 'outlet' | 'url' | 'published'> & { copy_of?: string | null };

/** A STIX domain or relationship object: the common properties every one of ours has, then its own. */
export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface StixExportOptions {
  /** ISO timestamp used where no date of the incident or its documents is known. */
  now: string;
}

/** Namespace of every sitrep STIX id. Never change it: re-exports would stop deduplicating. */
export const SITREP_STIX_NAMESPACE = '64f395de-aeb3-48ea-a151-df8804799003';

/** Dependencies first, so that an importer reading in order meets every target before its reference. */
const TYPE_ORDER = ['identity', 'location', 'intrusion-set', 'threat-actor', 'incident', 'relationship', 'report', 'note', 'opinion'];

/** STIX region-ov values by UN M49 code (the vocabulary follows M49). */
const REGION_BY_M49: Record<string, string> = {
  '002': 'africa', '014': 'eastern-africa', '017': 'middle-africa', '015': 'northern-africa', '018': 'southern-africa',
  '011': 'western-africa', '019': 'americas', '029': 'caribbean', '013': 'central-america', '419': 'latin-america-caribbean',
  '021': 'northern-america', '005': 'south-america', '142': 'asia', '143': 'central-asia', '030': 'eastern-asia',
  '034': 'southern-asia', '035': 'south-eastern-asia', '145': 'western-asia', '150': 'europe', '151': 'eastern-europe',
  '154': 'northern-europe', '039': 'southern-europe', '155': 'western-europe', '009': 'oceania', '010': 'antarctica',
  '053': 'australia-new-zealand', '054': 'melanesia', '057': 'micronesia', '061': 'polynesia',
};

/** OpenCTI's labels for the Admiralty reliability grades (its `reliability_ov`). */
const OPENCTI_RELIABILITY: Record<Reliability, string> = {
  A: 'A - Completely reliable', B: 'B - Usually reliable', C: 'C - Fairly reliable',
  D: 'D - Not usually reliable', E: 'E - Unreliable', F: 'F - Reliability cannot be judged',
};

/** Admiralty credibility as STIX confidence (STIX 2.1 appendix A); 6, "cannot be judged", has none. */
const CONFIDENCE: Record<Credibility, number | undefined> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined };
const CREDIBILITY_TEXT: Record<Credibility, string> = {
  1: 'confirmed by other sources', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged',
};

const QUALIFIER_TEXT: Record<string, string> = { at_least: 'at least ', more_than: 'more than ', at_most: 'at most ', up_to: 'up to ', about: 'about ' };
const FIGURE_LABEL: Record<string, string> = { killed: 'Killed', killed_perpetrators: 'Perpetrators killed', wounded: 'Wounded', kidnapped: 'Kidnapped' };

function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}|${key}`, SITREP_STIX_NAMESPACE)}`;
}

/** A STIX timestamp (UTC, milliseconds) for a date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or a full ISO timestamp; null otherwise. */
export function stixTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (day) {
    const ymd = `${day[1]}-${day[2] ?? '01'}-${day[3] ?? '01'}`;
    const t = new Date(`${ymd}T00:00:00.000Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === ymd ? t.toISOString() : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

interface Window { created: string; modified: string }

function windowOf(times: Array<string | null>, fallback: Window): Window {
  const known = times.filter((t): t is string => t !== null).sort();
  return known.length ? { created: known[0]!, modified: known[known.length - 1]! } : fallback;
}

/** Drops null, undefined, empty strings and empty lists (STIX forbids empty lists), at every depth. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (!isEmpty(c)) out[k] = c;
    }
    return out as T;
  }
  return value;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
    || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
}

/** The host of a URL without www., for naming an outlet by its site. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const hasCapital = (s: string) => /\p{Lu}/u.test(s);

/** Who a claim is attributed to, as one identity. */
interface Voice {
  key: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability | null;
  aliases: string[];
  /** The author of a document with no known outlet. */
  anonymous: boolean;
  /** How prose names it. */
  label: string;
}

function findEntity(sources: SourceEntity[], name: string): SourceEntity | undefined {
  const n = norm(name);
  return sources.find((s) => norm(s.name) === n) ?? sources.find((s) => s.aliases.some((a) => norm(a) === n));
}

/** The document's own voice is its outlet (or, unknown, its author); any other source is itself, graded when the store knows it. */
function voiceOf(c: Claim, i: Incident, documents: Map<string, DocumentInfo>): Voice {
  const sources = i.sources ?? [];
  if (c.source === 'document' || c.source_kind === 'document') {
    const doc = documents.get(c.document);
    const outlet = doc?.outlet ?? hostOf(doc?.url);
    if (!outlet) {
      const name = doc?.title ? `Author of "${doc.title}"` : `Author of document ${c.document}`;
      return { key: `document|${c.document}`, name, kind: 'document', reliability: null, aliases: [], anonymous: true, label: 'the document' };
    }
    const entity = findEntity(sources, outlet);
    return {
      key: norm(entity?.name ?? outlet), name: entity?.name ?? outlet, kind: entity && entity.kind !== 'document' ? entity.kind : 'media',
      reliability: entity?.reliability ?? null, aliases: entity?.aliases ?? [], anonymous: false, label: entity?.name ?? outlet,
    };
  }
  const entity = (c.source_id !== undefined ? sources.find((s) => s.id === c.source_id) : undefined) ?? findEntity(sources, c.source);
  const name = entity?.name ?? c.source;
  return {
    key: norm(name), name, kind: entity?.kind ?? c.source_kind, reliability: entity?.reliability ?? null, aliases: entity?.aliases ?? [], anonymous: false, label: name,
  };
}

/** STIX identity-class-ov for a source: "officials" or "witnesses" (no capital) are a class of speakers, not one. */
export function identityClass(kind: SourceKind, name: string, anonymous = false): string {
  if (anonymous) return 'unknown';
  if (!hasCapital(name)) return 'class';
  switch (kind) {
    case 'official':
    case 'expert':
    case 'witness': return 'individual';
    case 'armed_group': return 'group';
    case 'state_body':
    case 'media':
    case 'group_media':
    case 'document': return 'organization';
    default: return 'unknown';
  }
}

/** The STIX type a perpetrator is exported as: organisations and named people; descriptors ("gunmen") are not exported. */
export function perpetratorType(p: Pick<PerpetratorValue, 'name' | 'kind'>): 'intrusion-set' | 'threat-actor' | null {
  if (p.kind === 'organization') return 'intrusion-set';
  return hasCapital(p.name) ? 'threat-actor' : null;
}

function figureText(c: Extract<Claim, { field: 'killed' | 'killed_perpetrators' | 'wounded' | 'kidnapped' }>): string {
  const f = c.figure;
  const n = f.qualifier === 'range' && f.high !== null ? `${f.low} to ${f.high}` : `${QUALIFIER_TEXT[f.qualifier] ?? ''}${f.value}`;
  return f.partial ? `${n} (part of a toll)` : n;
}

function placeText(p: ResolvedPlace): string {
  return [...new Set([p.name, p.admin1, p.country].filter((x): x is string => !!x))].join(', ');
}

export function claimValueText(c: Claim): string {
  switch (c.field) {
    case 'killed':
    case 'killed_perpetrators':
    case 'wounded':
    case 'kidnapped': return figureText(c);
    case 'date':
    case 'attack_type': return c.value;
    case 'place':
    case 'place_mentioned': return placeText(c.value);
    case 'target':
    case 'weapon': return `${c.value.text} (${c.value.type})`;
    case 'victim': return c.value.text;
    case 'perpetrator': return `${c.value.name} (${c.value.kind}, ${c.value.status})`;
  }
}

/** What two claims must share to speak about the same value (for a doubt to be about an assertion). */
function valueKey(c: Claim): string {
  switch (c.field) {
    case 'killed':
    case 'killed_perpetrators':
    case 'wounded':
    case 'kidnapped': return `${c.field}|${c.value}`;
    case 'date':
    case 'attack_type': return `${c.field}|${c.value}`;
    case 'place':
    case 'place_mentioned': return `place|${norm(c.value.name)}|${c.value.country_code ?? ''}`;
    case 'perpetrator': return `perpetrator|${norm(c.value.name)}`;
    default: return `${c.field}|${norm(c.value.text)}`;
  }
}

/** A claim's natural key: where it is said, what about, by whom. */
function claimKey(c: Claim): string {
  return [c.document, c.start, c.end, c.field, valueKey(c), norm(c.source), c.stance].join('|');
}

function locationKey(p: ResolvedPlace): string {
  return p.id ? `gazetteer|${p.id}` : [norm(p.name), p.country_code ?? '', p.lat ?? '', p.lon ?? '', p.precision].join('|');
}

/** The STIX region of a place: from its point when the point lies in its country, else from the country. */
function regionOf(p: ResolvedPlace): string | undefined {
  const codes: string[] = [];
  const cc = p.country_code?.toUpperCase() ?? null;
  if (p.lat !== null && p.lon !== null) {
    const around = featuresContaining([p.lon, p.lat]);
    if (!cc || around.some((f) => f.properties.iso1A2 === cc)) codes.push(...around.map((f) => f.properties.m49 ?? f.properties.id));
  }
  if (cc) codes.push(...(feature(cc)?.properties.groups ?? []));
  for (const code of codes) if (REGION_BY_M49[code]) return REGION_BY_M49[code];
  return undefined;
}

/** OpenCTI decides a location's entity type by this property (without it, any location with a country becomes a Country). */
function openctiLocationType(p: ResolvedPlace): string {
  const point = p.lat !== null && p.lon !== null;
  if (p.precision === 'country' && p.country && norm(p.country) === norm(p.name)) return 'Country';
  if (p.precision === 'city') return 'City';
  if (p.precision === 'district' || p.precision === 'admin1') return 'Administrative-Area';
  return point ? 'Position' : p.precision === 'country' ? 'Country' : 'City';
}

function locationObject(p: ResolvedPlace, w: Window): StixObject | null {
  const point = p.lat !== null && p.lon !== null && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
  const country = p.country_code ? p.country_code.toUpperCase() : undefined;
  const region = regionOf(p);
  if (!point && !country && !region) return null; // STIX needs one of them
  return {
    type: 'location', spec_version: '2.1', id: stixId('location', locationKey(p)), ...w,
    name: p.name, description: `${placeText(p)} (precision: ${p.precision})`,
    latitude: point ? p.lat : undefined, longitude: point ? p.lon : undefined,
    country, administrative_area: p.admin1 ?? undefined, city: p.precision === 'city' ? p.name : undefined, region,
    x_sitrep_precision: p.precision, x_sitrep_gazetteer_id: p.id ?? undefined, x_opencti_location_type: openctiLocationType(p),
  };
}

function documentReference(id: string, documents: Map<string, DocumentInfo>): Record<string, string> {
  const d = documents.get(id);
  const about = [d?.title ? `"${d.title}"` : null, d?.published ?? null, d?.copy_of ? `copy of document ${d.copy_of}` : null];
  return compact({
    source_name: d?.outlet ?? hostOf(d?.url) ?? 'sitrep document',
    description: about.filter(Boolean).join(', '),
    url: d?.url ?? undefined,
    external_id: id,
  }) as Record<string, string>;
}

function figureSummary(label: string, f: ReconciledFigure): string | null {
  if (f.best === null) return f.disputed ? `${label}: disputed, no figure stands.` : null;
  const range = f.low === f.high ? `${f.best}` : `${f.low ?? '?'} to ${f.high ?? '?'}, best ${f.best}`;
  return `${label}: ${range}${f.disputed ? ' (disputed)' : ''}.`;
}

function incidentName(i: Incident): string {
  const where = i.place ? placeText({ ...i.place, admin1: null }) : 'Unknown place';
  const what = i.attack_types.length ? i.attack_types.join(', ') : 'Attack';
  return `${i.date ?? 'Undated'} ${where}: ${what}`;
}

function describeIncident(i: Incident, descriptors: string[]): string {
  const live = i.claims.filter((c) => !c.rejected);
  const parts = [`${i.attack_types.length ? i.attack_types.join(' and ') : 'Attack'}${i.place ? ` in ${placeText(i.place)}` : ''}${i.date ? ` on ${i.date}` : ''}.`];
  if (i.targets.length) parts.push(`Targets: ${i.targets.map((t) => `${t.text} (${t.type})`).join(', ')}.`);
  if (i.victims.length) parts.push(`Victims: ${i.victims.map((v) => v.text).join(', ')}.`);
  if (i.perpetrators.length) parts.push(`Perpetrators: ${i.perpetrators.map((p) => `${p.name} (${p.status})`).join(', ')}.`);
  if (descriptors.length) parts.push(`Perpetrators described as: ${descriptors.join(', ')}.`);
  if (i.weapons.length) parts.push(`Weapons: ${i.weapons.map((w) => `${w.text} (${w.type})`).join(', ')}.`);
  for (const field of ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'] as const) {
    const line = figureSummary(FIGURE_LABEL[field]!, i[field]);
    if (line) parts.push(line);
  }
  if (i.places_mentioned.length) parts.push(`Places mentioned: ${i.places_mentioned.map((p) => p.name).join(', ')}.`);
  const rejected = i.claims.length - live.length;
  parts.push(`${i.claims.length} claims${rejected ? ` (${rejected} rejected by an analyst)` : ''} in ${i.documents.length} document${i.documents.length === 1 ? '' : 's'}; sitrep incident ${i.id}.`);
  return parts.join(' ');
}

function noteContent(c: Claim, voice: Voice, documents: Map<string, DocumentInfo>): string {
  const doc = documents.get(c.document);
  const lines = [
    `${c.field}: ${claimValueText(c)}`,
    `stance: ${c.stance}`,
    `source: ${c.source} (${c.source_kind})${voice.name !== c.source ? `, as ${voice.name}` : ''}`,
    c.speaker ? `speaker: ${c.speaker}` : null,
    c.reported_at ? `reported: ${c.reported_at}` : null,
    `quote: "${c.quote}"`,
    `document: ${doc?.title ? `"${doc.title}" ` : ''}${c.document}, characters ${c.start}-${c.end}`,
    c.credibility ? `credibility: ${c.credibility} (${CREDIBILITY_TEXT[c.credibility]})` : null,
    c.rejected ? `rejected by ${c.rejected.by} on ${c.rejected.at}: ${c.rejected.why}` : null,
  ];
  return lines.filter(Boolean).join('\n');
}

/** Collects objects by id; an object met again (a source in two incidents) widens its time window and unions its lists. */
class Collector {
  readonly byId = new Map<string, StixObject>();

  add(o: StixObject): string {
    const next = compact(o);
    const prev = this.byId.get(next.id);
    if (!prev) {
      this.byId.set(next.id, next);
      return next.id;
    }
    if (next.created < prev.created) prev.created = next.created;
    if (next.modified > prev.modified) prev.modified = next.modified;
    for (const [k, v] of Object.entries(next)) {
      const old = prev[k];
      if (Array.isArray(v) && Array.isArray(old)) {
        const seen = new Set(old.map((x) => JSON.stringify(x)));
        for (const x of v) if (!seen.has(JSON.stringify(x))) old.push(x);
      } else if (old === undefined) prev[k] = v;
    }
    return next.id;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}

export function incidentsToStixBundle(incidents: Incident[], documents: Map<string, DocumentInfo>, options: StixExportOptions): StixBundle {
  const now = stixTimestamp(options.now);
  if (!now) throw new SitrepError('INVALID_TIMESTAMP', `options.now is not an ISO timestamp: ${options.now}`);
  const out = new Collector();
  const exported = new Set(incidents.map((i) => i.id));

  for (const i of incidents) {
    const docIds = [...new Set([...i.documents, ...i.claims.map((c) => c.document)])];
    const docTime = (id: string) => stixTimestamp(documents.get(id)?.published);
    const w = windowOf([stixTimestamp(i.date), ...docIds.map(docTime), ...i.claims.map((c) => stixTimestamp(c.reported_at))], { created: now, modified: now });
    const reportId = stixId('report', i.id);
    const incidentId = stixId('incident', i.id);
    const refs: string[] = [incidentId];
    const live = i.claims.filter((c) => !c.rejected);

    // where it happened
    const location = i.place ? locationObject(i.place, w) : null;
    if (location) refs.push(out.add(location));

    // the perpetrators that are actors, with the claims about each
    const actorIds = new Map<string, string>();
    const descriptors = new Set<string>();
    for (const c of live) if (c.field === 'perpetrator' && !perpetratorType(c.value)) descriptors.add(c.value.name);
    for (const p of i.perpetrators) {
      const type = perpetratorType(p);
      if (!type) {
        descriptors.add(p.name);
        continue;
      }
      const about = live.filter((c): c is Extract<Claim, { field: 'perpetrator' }> => c.field === 'perpetrator' && norm(c.value.name) === norm(p.name));
      const aliases = [...new Set(about.map((c) => c.value.mention).filter((m): m is string => !!m && norm(m) !== norm(p.name)))].sort();
      const id = out.add({
        type, spec_version: '2.1', id: stixId(type, norm(p.name)), ...w, name: p.name, aliases,
        ...(type === 'threat-actor' ? { threat_actor_types: ['terrorist'], resource_level: p.kind === 'individual' ? 'individual' : undefined } : {}),
      });
      actorIds.set(norm(p.name), id);
      refs.push(id);
      const by = (stances: string[]) => [...new Set(about.filter((c) => stances.includes(c.stance)).map((c) => voiceOf(c, i, documents).label))];
      const support = [['claimed by', by(['claims'])], ['attributed by', by(['asserts'])], ['doubted by', by(['doubts'])], ['denied by', by(['denies'])]] as const;
      refs.push(out.add({
        type: 'relationship', spec_version: '2.1', id: stixId('relationship', `attributed-to|${incidentId}|${id}`), ...w,
        relationship_type: 'attributed-to', source_ref: incidentId, target_ref: id,
        description: [p.status, ...support.filter(([, names]) => names.length).map(([what, names]) => `${what} ${names.join(', ')}`)].join('; '),
        x_sitrep_status: p.status,
      }));
    }
    if (location) {
      refs.push(out.add({
        type: 'relationship', spec_version: '2.1', id: stixId('relationship', `targets|${incidentId}|${location.id}`), ...w,
        relationship_type: 'targets', source_ref: incidentId, target_ref: location.id, description: 'where the incident happened',
      }));
    }
    for (const other of i.related) {
      if (!exported.has(other) || other === i.id) continue;
      const [a, b] = [incidentId, stixId('incident', other)].sort() as [string, string];
      refs.push(out.add({
        type: 'relationship', spec_version: '2.1', id: stixId('relationship', `related-to|${a}|${b}`), ...w,
        relationship_type: 'related-to', source_ref: a, target_ref: b, description: 'parts of one coordinated attack',
      }));
    }

    // the sources, a note per claim, an opinion per doubt or denial
    const docRefs = docIds.map((d) => documentReference(d, documents));
    const noteIds = new Map<Claim, string>();
    const identityIds = new Map<Claim, string>();
    const claimWindow = (c: Claim): Window => {
      const said = stixTimestamp(c.reported_at) ?? docTime(c.document) ?? w.created;
      const touched = stixTimestamp(c.rejected?.at);
      return { created: said, modified: touched && touched > said ? touched : said };
    };
    for (const c of i.claims) {
      const voice = voiceOf(c, i, documents);
      const cw = claimWindow(c);
      const identityId = out.add({
        type: 'identity', spec_version: '2.1', id: stixId('identity', voice.key), ...cw, name: voice.name,
        identity_class: identityClass(voice.kind, voice.name, voice.anonymous),
        description: `Source (${voice.kind.replace('_', ' ')})${voice.reliability ? `, Admiralty reliability ${voice.reliability}` : ''}.`,
        x_sitrep_source_kind: voice.kind, x_sitrep_reliability: voice.reliability ?? undefined,
        x_opencti_reliability: voice.reliability ? OPENCTI_RELIABILITY[voice.reliability] : undefined, x_sitrep_aliases: voice.aliases,
      });
      if (!refs.includes(identityId)) refs.push(identityId);
      identityIds.set(c, identityId);
      const about = c.field === 'perpetrator' ? actorIds.get(norm(c.value.name))
        : c.field === 'place' && location && locationKey(c.value) === locationKey(i.place!) ? location.id : undefined;
      noteIds.set(c, out.add({
        type: 'note', spec_version: '2.1', id: stixId('note', claimKey(c)), ...cw,
        created_by_ref: identityId, authors: [voice.name],
        abstract: `${voice.name} ${c.stance}: ${c.field} ${claimValueText(c)}${c.rejected ? ' [rejected]' : ''}`,
        content: noteContent(c, voice, documents),
        object_refs: [reportId, incidentId, about],
        labels: c.rejected ? ['rejected'] : undefined,
        confidence: c.credibility ? CONFIDENCE[c.credibility] : undefined,
        external_references: [documentReference(c.document, documents)],
        x_sitrep_claim: {
          id: c.id, field: c.field, value: c.value, stance: c.stance, source: c.source, source_kind: c.source_kind, source_id: c.source_id,
          speaker: c.speaker, quote: c.quote, document: c.document, start: c.start, end: c.end, reported_at: c.reported_at,
          credibility: c.credibility, copy_of: c.copy_of, rejected: c.rejected,
        },
      }));
    }
    for (const c of live) {
      if (c.stance !== 'doubts' && c.stance !== 'denies') continue;
      const key = valueKey(c);
      const disputed = live.filter((d) => (d.stance === 'asserts' || d.stance === 'claims') && valueKey(d) === key).map((d) => noteIds.get(d)!);
      const actor = c.field === 'perpetrator' ? actorIds.get(norm(c.value.name)) : undefined;
      const relationship = actor ? stixId('relationship', `attributed-to|${incidentId}|${actor}`) : undefined;
      const targets = [...new Set([...(relationship ? [relationship] : []), ...disputed])];
      const voice = voiceOf(c, i, documents);
      out.add({
        type: 'opinion', spec_version: '2.1', id: stixId('opinion', claimKey(c)), ...claimWindow(c),
        created_by_ref: identityIds.get(c), authors: [voice.name],
        opinion: c.stance === 'denies' ? 'strongly-disagree' : 'disagree',
        explanation: `${voice.label} ${c.stance === 'denies' ? 'denies' : 'doubts'} ${c.field} ${claimValueText(c)}: "${c.quote}"`,
        object_refs: targets.length ? targets : [incidentId],
        external_references: [documentReference(c.document, documents)],
      });
    }

    const description = describeIncident(i, [...descriptors]);
    const sitrepRef = { source_name: 'sitrep', external_id: i.id };
    out.add({
      type: 'incident', spec_version: '2.1', id: incidentId, ...w, name: incidentName(i), description,
      external_references: [sitrepRef],
      x_sitrep_date: i.date ?? undefined, x_sitrep_attack_types: i.attack_types,
      x_sitrep_killed: i.killed, x_sitrep_killed_perpetrators: i.killed_perpetrators, x_sitrep_wounded: i.wounded, x_sitrep_kidnapped: i.kidnapped,
      x_sitrep_background: i.background ? true : undefined,
    });
    out.add({
      type: 'report', spec_version: '2.1', id: reportId, ...w, name: incidentName(i), description,
      report_types: ['threat-report'], published: w.modified, object_refs: [...new Set(refs)],
      external_references: [sitrepRef, ...docRefs],
    });
  }

  const objects = [...out.byId.values()].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  return { type: 'bundle', id: stixId('bundle', objects.map((o) => o.id).join(',')), objects };
}
