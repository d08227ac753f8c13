/**
 * GTD-style and ACLED-style CSV. GTD columns follow the GTD codebook names (iyear, imonth, iday,
 * country_txt, provstate, city, latitude, longitude, specificity, attacktype1_txt..., gname,
 * claimed, claimmode, claimmode_txt, compclaim, nkill, nkillter, nwound, scite1-3) plus sitrep's own
 * (nkill_low/high/disputed, competing_claims); ACLED columns its export names (event_date,
 * event_type, actor1, country, admin1, location, latitude, longitude, geo_precision, fatalities —
 * the conservative low figure —, notes, source).
 *
 * Disputes and citations come from the claims that stand: a claim an analyst rejected never counts.
 * `documents` (optional) gives outlets, titles, URLs and dates for the citations and the source names.
 */
import { stringify } from 'csv-stringify/sync';
import type { Claim, FigureField, Incident } from '../core/types.ts';
import { reconcileFigures } from '../reconcile/reconcile-figures.ts';
import { hostOf, type DocumentInfo } from './incidents-stix.ts';

const SPECIFICITY: Record<string, number> = { point: 1, city: 1, district: 3, admin1: 4, country: 5 };
const ACLED_PRECISION: Record<string, number> = { point: 1, city: 1, district: 2, admin1: 3, country: 3 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIGURE_FIELDS: FigureField[] = ['killed', 'killed_perpetrators', 'wounded', 'kidnapped'];

/**
 * GTD codebook claim modes (claimmode / claimmode_txt), with the words of a claim's quote that show
 * each, most specific first. A group's media channel (Amaq) posts online; a group speaking for itself
 * is a personal claim; anything else is Unknown.
 */
const CLAIM_MODES: Array<[RegExp, number, string]> = [
  [/\bvideos?\b/i, 6, 'Video'],
  [/\be-?mails?\b/i, 4, 'E-mail'],
  [/\bletters?\b/i, 1, 'Letter'],
  [/\b(left|found) (a |the )?note\b|\bnote (was )?(left|found)\b/i, 5, 'Note left at scene'],
  [/\b(tele)?phone(d)?\b/i, 2, 'Call (post-incident)'],
  [/\b(website|web site|online|internet|blog|telegram|twitter|social media|posted)\b/i, 7, 'Posted to website, blog, etc.'],
];
const POSTED: [number, string] = [7, 'Posted to website, blog, etc.'];
const PERSONAL: [number, string] = [8, 'Personal claim'];
const UNKNOWN_MODE: [number, string] = [10, 'Unknown'];

const ACLED_LEAD: Record<FigureField, [string, string]> = {
  killed: ['Fatality figures disputed', 'the toll'],
  killed_perpetrators: ['Figures for perpetrators killed disputed', 'the number of perpetrators killed'],
  wounded: ['Figures for wounded disputed', 'the number wounded'],
  kidnapped: ['Figures for kidnapped disputed', 'the number kidnapped'],
};

type FigureClaim = Extract<Claim, { field: FigureField }>;
type PerpetratorClaim = Extract<Claim, { field: 'perpetrator' }>;
type Documents = Map<string, DocumentInfo>;

function dateParts(date: string | null): [string, string, string] {
  if (!date) return ['', '0', '0'];
  const m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(date);
  if (!m) return ['', '0', '0'];
  return [m[1] === '-' ? '' : m[1]!, m[2] ? String(Number(m[2])) : '0', m[3] ? String(Number(m[3])) : '0'];
}

/** Dates compare by their known parts; `--MM-DD` as year 0000. */
const dateRank = (d: string | null) => (d ? (d.startsWith('--') ? `0000${d.slice(1)}` : d) : '');
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const standing = (i: Incident) => i.claims.filter((c) => !c.rejected);
/** The document a near-duplicate copies (from the document, else from its claims), or null. */
const originalOf = (i: Incident, doc: string, documents: Documents) =>
  documents.get(doc)?.copy_of ?? i.claims.find((c) => c.document === doc && c.copy_of)?.copy_of ?? null;
/** Standing claims of independent reports: a copy whose original reports the incident too repeats it. */
function independent(i: Incident, documents: Documents): Claim[] {
  const docs = new Set([...i.documents, ...i.claims.map((c) => c.document)]);
  return standing(i).filter((c) => {
    const original = originalOf(i, c.document, documents);
    return !original || original === c.document || !docs.has(original);
  });
}
/** Organisations and named people; descriptors ("gunmen") are no party to a dispute over responsibility. */
const namedActor = (c: PerpetratorClaim) => c.value.kind === 'organization' || /\p{Lu}/u.test(c.value.name);


/** Who says it: the source, or for the document's own voice its outlet (null when unknown). */
function voice(c: Claim, documents: Documents): string | null {
  if (c.source !== 'document' && c.source_kind !== 'document') return c.source;
  const d = documents.get(c.document);
  return d?.outlet ?? hostOf(d?.url);
}

/** When it was said: the statement's date, else its document's publication date. */
const said = (c: Claim, documents: Documents) => c.reported_at ?? documents.get(c.document)?.published ?? null;

/** Chronological, undated last; ties in the order of the text. */
function chronological<T extends Claim>(claims: T[], documents: Documents): T[] {
  const key = (c: Claim) => `${said(c, documents) ? '0' : '1'}${dateRank(said(c, documents))}\u0000${c.document}\u0000${String(c.start).padStart(12, '0')}`;
  return [...claims].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function figureText(c: FigureClaim): string {
  const f = c.figure;
  if (f.qualifier === 'range' && f.high !== null) return `${f.low}-${f.high}`;
  const q: Record<string, string> = { at_least: 'at least ', more_than: 'more than ', at_most: 'at most ', up_to: 'up to ', about: 'about ' };
  return `${q[f.qualifier] ?? ''}${f.value}`;
}

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function gtdDate(d: string | null | undefined): string | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return d;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** A GTD-style citation: `Outlet, "Title", June 5, 2016, url`. */
export function gtdCitation(id: string, documents: Documents): string {
  const d = documents.get(id);
  const parts = [d?.outlet ?? hostOf(d?.url), d?.title ? `"${d.title}"` : null, gtdDate(d?.published), d?.url ?? null].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : `document ${id}`;
}

/**
 * Up to three citations from independent documents, the most informative (most standing claims) first:
 * a near-duplicate whose original reports the incident too is not cited, its claims count for the original.
 */
export function gtdCitations(i: Incident, documents: Documents = new Map()): string[] {
  const counts = new Map<string, number>();
  for (const c of standing(i)) counts.set(c.document, (counts.get(c.document) ?? 0) + 1);
  for (const doc of [...counts.keys()]) {
    const original = originalOf(i, doc, documents);
    if (original && original !== doc && (counts.has(original) || i.documents.includes(original))) {
      counts.set(original, (counts.get(original) ?? 0) + counts.get(doc)!);
      counts.delete(doc);
    }
  }
  const published = (doc: string) => dateRank(documents.get(doc)?.published ?? null) || '9999';
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || published(a[0]).localeCompare(published(b[0])) || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([doc]) => gtdCitation(doc, documents));
}

interface Responsibility {
  /** The first claim of responsibility, chronologically. */
  first: PerpetratorClaim | null;
  /** Names of the groups claiming it. */
  claimants: string[];
  /** A claimed group's responsibility doubted or denied. */
  contested: boolean;
}

function responsibility(i: Incident, documents: Documents): Responsibility {
  const perp = standing(i).filter((c): c is PerpetratorClaim => c.field === 'perpetrator');
  const claims = chronological(perp.filter((c) => c.stance === 'claims'), documents);
  const claimants = [...new Set(claims.map((c) => c.value.name))];
  const claimed = new Set(claimants.map(norm));
  const contested = perp.some((c) => (c.stance === 'doubts' || c.stance === 'denies') && claimed.has(norm(c.value.name)));
  return { first: claims[0] ?? null, claimants, contested };
}

/** GTD claim mode of a claim of responsibility: from how the quote says it was made, else from who made it. */
export function gtdClaimMode(c: Claim): [number, string] {
  for (const [cue, code, text] of CLAIM_MODES) if (cue.test(c.quote)) return [code, text];
  if (c.source_kind === 'group_media') return POSTED;
  if (c.source_kind === 'armed_group') return PERSONAL;
  return UNKNOWN_MODE;
}

/** The figure fields in dispute among the standing claims, with their claims in order. */
function figureDisputes(i: Incident, documents: Documents): Array<[FigureField, FigureClaim[]]> {
  const live = standing(i);
  const reports = independent(i, documents);
  const out: Array<[FigureField, FigureClaim[]]> = [];
  for (const field of FIGURE_FIELDS) {
    if (!reconcileFigures(live, field).disputed) continue;
    const claims = reports.filter((c): c is FigureClaim => c.field === field && !c.figure.partial);
    out.push([field, chronological(claims, documents)]);
  }
  return out;
}

/** Named perpetrators whose responsibility is in dispute (put forward and doubted or denied, or claimed by rival groups). */
function perpetratorDisputes(i: Incident, r: Responsibility): string[] {
  const perp = standing(i).filter((c): c is PerpetratorClaim => c.field === 'perpetrator' && namedActor(c));
  const names = [...new Set(perp.map((c) => c.value.name))];
  return names.filter((n) => {
    const about = perp.filter((c) => norm(c.value.name) === norm(n));
    const putForward = about.some((c) => c.stance === 'asserts' || c.stance === 'claims');
    const contested = about.some((c) => c.stance === 'doubts' || c.stance === 'denies');
    return (putForward && contested) || (r.claimants.length > 1 && r.claimants.includes(n));
  });
}

const STANCE_VERB: Record<string, string> = { claims: 'claims', doubts: 'doubts', denies: 'denies' };

/** `killed: officials 6 (2016-06-05); document 20 (2016-06-10) | perpetrator: Amaq claims Islamic State (2016-06-07); ...` */
export function competingClaimsText(i: Incident, documents: Documents = new Map()): string {
  const entry = (c: Claim, what: string) => {
    const when = said(c, documents);
    const verb = c.field === 'perpetrator' && c.stance === 'asserts' ? (c.value.status === 'suspected' ? 'suspects ' : 'blames ') : STANCE_VERB[c.stance] ? `${STANCE_VERB[c.stance]} ` : '';
    const who = voice(c, documents) ?? 'document';
    const object = norm(who) === norm(what) ? '' : what; // "Taliban denies", not "Taliban denies Taliban"
    return `${who} ${object ? `${verb}${object}` : verb.trim()}${when ? ` (${when})` : ''}`;
  };
  const parts: string[] = [];
  for (const [field, claims] of figureDisputes(i, documents)) {
    parts.push(`${field}: ${[...new Set(claims.map((c) => entry(c, figureText(c))))].join('; ')}`);
  }
  const r = responsibility(i, documents);
  const names = new Set(perpetratorDisputes(i, r).map(norm));
  const perp = chronological(independent(i, documents).filter((c): c is PerpetratorClaim => c.field === 'perpetrator' && names.has(norm(c.value.name))), documents);
  if (perp.length) parts.push(`perpetrator: ${[...new Set(perp.map((c) => entry(c, c.value.name)))].join('; ')}`);
  return parts.join(' | ');
}

/** ACLED-style notes: the disputes in sentences, and who claimed, attributed, doubted or denied responsibility. */
export function acledNotes(i: Incident, documents: Documents = new Map()): string {
  const sentences: string[] = [];
  for (const [field, claims] of figureDisputes(i, documents)) {
    const [lead, noun] = ACLED_LEAD[field];
    const phrases: string[] = [];
    const told = new Set<string>();
    let previous: string | null = null;
    for (const c of claims) {
      const who = voice(c, documents);
      const n = figureText(c);
      const when = said(c, documents);
      if (told.has(`${who ?? ''}|${c.stance}|${n}`)) continue; // the same voice with the same figure twice
      told.add(`${who ?? ''}|${c.stance}|${n}`);
      let phrase: string;
      if (c.stance === 'doubts' || c.stance === 'denies') {
        phrase = `${who ?? 'a report'} ${c.stance === 'doubts' ? 'doubted' : 'denied'} the figure of ${n}`;
      } else if (who) {
        phrase = `${who} reported ${n}`;
      } else {
        const later = phrases.length > 0 && previous !== null && when !== null && dateRank(when) > dateRank(previous);
        phrase = `${phrases.length === 0 ? 'one report' : later ? 'a later report' : 'another report'} put ${noun} at ${n}`;
      }
      phrases.push(phrase);
      previous = when ?? previous;
    }
    sentences.push(`${lead}: ${phrases.join('; ')}.`);
  }
  const perp = chronological(independent(i, documents).filter((c): c is PerpetratorClaim => c.field === 'perpetrator' && namedActor(c)), documents);
  const names = [...new Set(perp.map((c) => c.value.name))];
  const about = (name: string) => perp.filter((c) => norm(c.value.name) === norm(name));
  /** The group speaking for itself, or through its media channel. */
  const own = (name: string) => (c: PerpetratorClaim) => norm(c.source) === norm(name) || c.source_kind === 'group_media';
  const voices = (claims: PerpetratorClaim[]) => [...new Set(claims.map((c) => voice(c, documents)).filter((v): v is string => !!v))];
  // who claimed responsibility, then who attributed, denied or doubted it
  for (const name of names) {
    const claims = about(name).filter((c) => c.stance === 'claims');
    if (!claims.length) continue;
    const channels = [...new Set(claims.filter((c) => c.source_kind === 'group_media').map((c) => c.source))];
    const reporters = voices(claims.filter((c) => !own(name)(c)));
    sentences.push(`${name} claimed responsibility${channels.length ? ` via ${listNames(channels)}` : reporters.length ? `, according to ${listNames(reporters)}` : ''}.`);
  }
  for (const name of names) {
    const list = about(name);
    const doubters = [...new Set(list.filter((c) => c.stance === 'doubts').map((c) => voice(c, documents) ?? 'the report'))];
    const deniers = [...new Set(list.filter((c) => c.stance === 'denies' && !own(name)(c)).map((c) => voice(c, documents) ?? 'the report'))];
    const selfDenial = list.some((c) => c.stance === 'denies' && own(name)(c));
    if (!doubters.length && !deniers.length && !selfDenial) continue;
    const attributers = voices(list.filter((c) => c.stance === 'asserts'));
    if (attributers.length) sentences.push(`${listNames(attributers)} attributed the attack to ${name}.`);
    if (selfDenial) sentences.push(`${name} denied involvement.`);
    if (deniers.length) sentences.push(`${listNames(deniers)} denied ${name}'s involvement.`);
    if (doubters.length) sentences.push(`${listNames(doubters)} doubted ${name}'s involvement.`);
  }
  // "officials attributed ..." opens with a capital; a name such as "al-Naba" keeps its spelling
  return sentences.map((s) => (/\p{Lu}/u.test(s.split(' ')[0]!) ? s : s.charAt(0).toUpperCase() + s.slice(1))).join(' ');
}

/** ACLED `source`: who the claims come from, the document's own voice named by its outlet. */
export function acledSources(i: Incident, documents: Documents = new Map()): string {
  const seen = new Map<string, string>();
  for (const c of standing(i)) {
    const v = voice(c, documents);
    if (v && !seen.has(norm(v))) seen.set(norm(v), v);
  }
  return [...seen.values()].join('; ');
}

const GTD_COLUMNS = [
  'eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'iso2', 'provstate', 'city', 'latitude', 'longitude', 'specificity',
  'attacktype1_txt', 'attacktype2_txt', 'attacktype3_txt', 'targtype1_txt', 'target1', 'targtype2_txt', 'target2',
  'gname', 'gname2', 'perp_status', 'claimed', 'claimmode', 'claimmode_txt', 'compclaim', 'weaptype1_txt', 'weapdetail',
  'nkill', 'nkillter', 'nwound', 'nkill_low', 'nkill_high', 'nkill_disputed', 'nhostkid', 'competing_claims',
  'scite1', 'scite2', 'scite3', 'related', 'sources', 'claims',
];

export function incidentsToGtdCsv(incidents: Incident[], documents: Documents = new Map()): string {
  const rows = incidents.map((i) => {
    const [y, m, d] = dateParts(i.date);
    const types = [...i.attack_types, '', '', ''];
    const targets = [...i.targets, undefined, undefined, undefined];
    const weapons = [...i.weapons, undefined, undefined, undefined, undefined];
    const perp = i.perpetrators;
    const r = responsibility(i, documents);
    const claimed = r.first !== null || perp.some((p) => p.status === 'claimed');
    const mode = r.first ? gtdClaimMode(r.first) : null;
    const cites = gtdCitations(i, documents);
    return {
      eventid: i.id, iyear: y, imonth: m, iday: d, country_txt: i.place?.country ?? '', iso2: i.place?.country_code ?? '',
      provstate: i.place?.admin1 ?? '', city: i.place && i.place.precision !== 'country' && i.place.precision !== 'admin1' ? i.place.name : '',
      latitude: i.place?.lat ?? '', longitude: i.place?.lon ?? '', specificity: i.place ? SPECIFICITY[i.place.precision] : 5,
      attacktype1_txt: types[0], attacktype2_txt: types[1], attacktype3_txt: types[2],
      targtype1_txt: targets[0]?.type ?? '', target1: targets[0]?.text ?? '', targtype2_txt: targets[1]?.type ?? '', target2: targets[1]?.text ?? '',
      gname: perp[0]?.name ?? 'Unknown', gname2: perp[1]?.name ?? '', perp_status: perp[0]?.status ?? '',
      claimed: claimed ? 1 : 0, claimmode: mode?.[0] ?? '', claimmode_txt: mode?.[1] ?? '',
      compclaim: claimed ? (r.claimants.length > 1 || r.contested ? 1 : 0) : '',
      weaptype1_txt: weapons[0]?.type ?? '', weapdetail: i.weapons.map((w) => w.text).join('; '),
      nkill: i.killed.best === null && i.killed_perpetrators.best === null ? '' : (i.killed.best ?? 0) + (i.killed_perpetrators.best ?? 0),
      nkillter: i.killed_perpetrators.best ?? '', nwound: i.wounded.best ?? '',
      nkill_low: i.killed.low ?? '', nkill_high: i.killed.high ?? '', nkill_disputed: i.killed.disputed ? 1 : 0,
      nhostkid: i.kidnapped.best ?? '', competing_claims: competingClaimsText(i, documents),
      scite1: cites[0] ?? '', scite2: cites[1] ?? '', scite3: cites[2] ?? '',
      related: i.related.join(','), sources: i.documents.join(','), claims: i.claims.length,
    };
  });
  return stringify(rows, { header: true, columns: GTD_COLUMNS });
}

const ACLED_EVENT_TYPE = (i: Incident): [string, string] => {
  const t = i.attack_types[0] ?? '';
  if (t === 'Bombing/Explosion') return ['Explosions/Remote violence', 'Remote explosive/landmine/IED'];
  if (t.startsWith('Hostage Taking')) return ['Violence against civilians', 'Abduction/forced disappearance'];
  if (t === 'Facility/Infrastructure Attack') return ['Riots', 'Violent demonstration'];
  return ['Violence against civilians', 'Attack'];
};

const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'event_type', 'sub_event_type', 'actor1', 'country', 'iso', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'fatalities', 'source', 'notes',
];

export function incidentsToAcledCsv(incidents: Incident[], documents: Documents = new Map()): string {
  const rows = incidents.map((i) => {
    const [event_type, sub_event_type] = ACLED_EVENT_TYPE(i);
    return {
      event_id_cnty: i.id, event_date: i.date ?? '', year: dateParts(i.date)[0], event_type, sub_event_type,
      actor1: i.perpetrators[0]?.name ?? 'Unidentified Armed Group', country: i.place?.country ?? '', iso: i.place?.country_code ?? '',
      admin1: i.place?.admin1 ?? '', location: i.place?.name ?? '', latitude: i.place?.lat ?? '', longitude: i.place?.lon ?? '',
      geo_precision: i.place ? ACLED_PRECISION[i.place.precision] : '', fatalities: i.killed.low ?? 0,
      source: acledSources(i, documents), notes: acledNotes(i, documents),
    };
  });
  return stringify(rows, { header: true, columns: ACLED_COLUMNS });
}
