/**
 * Synthetic documents with their incidents for the store benchmarks (no extraction): events spread
 * over 20 years and about 100 countries, each told by one or several reports (news items) whose
 * dates differ by a day here and there, whose places are the town, a spot near it, a neighbouring
 * town, the province or only the country, and whose tolls rise as the reports come in; the rest are
 * singletons. Every claim quotes its sentence of the document's text exactly (`text.slice(start,
 * end) === quote`). Deterministic: the same seed gives the same documents, byte for byte.
 */
import { createHash } from 'node:crypto';
import type { Claim, Incident, ResolvedPlace, SourceDocument, SourceKind, Stance } from '../src/core/types.ts';
import { deriveIncident } from '../src/reconcile/derive-incident.ts';
import type { World, WorldCountry, WorldPlace } from './synthetic-world.ts';
import { seededRandom } from '../src/extract/learned/averaged-perceptron.ts';

export interface SyntheticItem {
  document: SourceDocument;
  incidents: Incident[];
  /** The generator's event id of each incident (the truth the merge should find). */
  events: string[];
}

export interface SyntheticOptions {
  seed: number;
  /** Distinct prefix of event ids (and so of the texts) of this corpus. */
  prefix: string;
  /** Events generated per chunk; documents are shuffled within a chunk (arrival order). */
  chunkEvents?: number;
}


type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
function weighted<T>(r: Rand, items: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = r() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

const ATTACKS: ReadonlyArray<readonly [{ type: string; nouns: string[]; weapons: Array<[string, string]> }, number]> = [
  [{ type: 'Bombing/Explosion', nouns: ['bombing', 'explosion', 'blast', 'bomb attack'], weapons: [['roadside bomb', 'Explosives'], ['car bomb', 'Explosives'], ['suicide vest', 'Explosives'], ['improvised explosive device', 'Explosives'], ['landmine', 'Explosives'], ['grenade', 'Explosives']] }, 48],
  [{ type: 'Armed Assault', nouns: ['attack', 'raid', 'shooting', 'assault'], weapons: [['assault rifles', 'Firearms'], ['automatic weapons', 'Firearms'], ['rocket-propelled grenades', 'Explosives'], ['machine guns', 'Firearms']] }, 26],
  [{ type: 'Assassination', nouns: ['assassination', 'targeted killing', 'shooting'], weapons: [['pistol', 'Firearms'], ['sniper rifle', 'Firearms'], ['sticky bomb', 'Explosives']] }, 7],
  [{ type: 'Hostage Taking (Kidnapping)', nouns: ['kidnapping', 'abduction'], weapons: [['rifles', 'Firearms']] }, 8],
  [{ type: 'Facility/Infrastructure Attack', nouns: ['arson attack', 'sabotage', 'attack'], weapons: [['petrol bombs', 'Incendiary'], ['fire', 'Incendiary'], ['explosives', 'Explosives']] }, 6],
  [{ type: 'Unarmed Assault', nouns: ['stabbing', 'assault'], weapons: [['knife', 'Melee'], ['machete', 'Melee']] }, 2],
  [{ type: 'Hostage Taking (Barricade Incident)', nouns: ['siege', 'hostage standoff'], weapons: [['assault rifles', 'Firearms']] }, 1],
  [{ type: 'Hijacking', nouns: ['hijacking'], weapons: [['pistols', 'Firearms']] }, 0.5],
];

const TARGETS: ReadonlyArray<readonly [string, string[]]> = [
  ['Military', ['army patrol', 'military checkpoint', 'army base', 'military convoy', 'border outpost']],
  ['Police', ['police station', 'police checkpoint', 'police patrol', 'police headquarters', 'traffic police post']],
  ['Private Citizens & Property', ['crowded market', 'residential compound', 'village', 'wedding party', 'bus stop crowd', 'farmers']],
  ['Government (General)', ['district office', 'government building', 'provincial council', "mayor's office", 'polling station']],
  ['Business', ['hotel', 'shopping centre', 'bank branch', 'restaurant', 'mobile phone shop']],
  ['Religious Figures/Institutions', ['mosque', 'church', 'shrine', 'temple', 'madrassa']],
  ['Educational Institution', ['school', 'university campus', 'girls school']],
  ['Transportation', ['passenger bus', 'railway line', 'highway bridge', 'minibus']],
  ['Utilities', ['power pylon', 'gas pipeline', 'telecommunications tower', 'water plant']],
  ['Journalists & Media', ['radio station', 'television crew', 'newspaper office']],
];
const TARGET_WEIGHTS = [22, 20, 26, 10, 7, 5, 3, 4, 2, 1];

const OUTLETS = [
  'Sahel Wire', 'Frontier Post Daily', 'Gulf Dispatch', 'Andes Herald', 'Continental News Agency', 'Metro Chronicle', 'Eastern Observer',
  'Coastal Times', 'Highland Gazette', 'Delta Tribune', 'Northern Courier', 'Southern Record', 'Capital Bulletin', 'World Report Service',
  'Regional Monitor', 'The Evening Ledger', 'Valley Voice', 'Plateau Journal', 'Lakeside Press', 'Harbour Standard',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Vocabulary for the sentences that carry no claim, so that no two texts share many five-word runs. */
const FILLER = {
  subjects: ['Residents', 'Shopkeepers', 'Local elders', 'Aid workers', 'Analysts', 'Opposition politicians', 'Community leaders', 'Students', 'Farmers', 'Drivers', 'Teachers', 'Doctors', 'Traders', 'Diplomats', 'Human rights groups', 'Villagers', 'Officials in the capital', 'Religious leaders'],
  verbs: ['described', 'complained about', 'warned of', 'recalled', 'questioned', 'criticised', 'praised', 'pointed to', 'worried about', 'demanded', 'discussed', 'denounced', 'welcomed', 'expected'],
  objects: ['the slow response', 'rising insecurity', 'the curfew', 'new checkpoints', 'the closure of schools', 'rising food prices', 'the lack of ambulances', 'the peace talks', 'repeated power cuts', 'the coming elections', 'the arrests', 'displaced families', 'a fragile ceasefire', 'the army deployment', 'the blockade of roads', 'unpaid salaries', 'the state of the hospital', 'the reconstruction fund'],
  tails: ['in recent months', 'since the spring', 'over the past year', 'this week', 'before the holiday', 'after the floods', 'during the harvest', 'since the last election', 'across the region', 'in the northern districts', 'near the border crossing', 'along the main highway'],
  adjectives: ['tense', 'quiet', 'crowded', 'deserted', 'heavily guarded', 'poor', 'remote', 'busy', 'mountainous', 'dusty', 'flooded', 'contested'],
  nouns: ['neighbourhood', 'district', 'market town', 'crossing', 'valley', 'suburb', 'outskirts', 'trading post', 'river port', 'hill town'],
};
const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'lu', 'ten', 'dar', 'bel', 'ni', 'go', 'ha', 'zu', 'mer', 'tal', 'vo', 'sin', 'ra', 'pe', 'ko', 'lan', 'du', 'fe', 'yo', 'mi'];

function personName(r: Rand): string {
  const word = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return `${word(2)} ${word(2 + Math.floor(r() * 2))}`;
}

/** "a roadside bomb", "an army patrol", "assault rifles". */
function withArticle(noun: string): string {
  if (/s$/.test(noun) && !/ss$/.test(noun)) return noun;
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function fillerSentence(r: Rand): string {
  const f = FILLER;
  switch (Math.floor(r() * 5)) {
    case 0:
      return `${pick(r, f.subjects)} ${pick(r, f.verbs)} ${pick(r, f.objects)} ${pick(r, f.tails)}, according to ${personName(r)}, a ${Math.floor(20 + r() * 50)}-year-old resident.`;
    case 1:
      return `The ${pick(r, f.adjectives)} ${pick(r, f.nouns)} has seen ${Math.floor(2 + r() * 40)} such incidents ${pick(r, f.tails)}, ${personName(r)} of the local council said.`;
    case 2:
      return `${personName(r)}, who runs a ${pick(r, ['bakery', 'pharmacy', 'tea stall', 'garage', 'clinic', 'school'])} nearby, said ${pick(r, f.subjects).toLowerCase()} ${pick(r, f.verbs)} ${pick(r, f.objects)}.`;
    case 3:
      return `In ${2000 + Math.floor(r() * 24)}, ${pick(r, f.subjects).toLowerCase()} ${pick(r, f.verbs)} ${pick(r, f.objects)} ${pick(r, f.tails)}, and ${pick(r, f.objects)} remains a concern.`;
    default:
      return `${pick(r, f.subjects)} and ${pick(r, f.subjects).toLowerCase()} ${pick(r, f.verbs)} ${pick(r, f.objects)}; ${personName(r)} said ${Math.floor(3 + r() * 300)} families had ${pick(r, ['left', 'returned', 'stayed', 'registered'])} ${pick(r, f.tails)}.`;
  }
}

interface Event {
  id: string;
  day: number; // days since epoch
  country: WorldCountry;
  place: WorldPlace;
  attack: (typeof ATTACKS)[number][0];
  weapon: [string, string];
  targetType: string;
  targetText: string;
  group: { name: string; status: 'claimed' | 'blamed' | 'suspected' } | null;
  killed: number;
  wounded: number;
  reports: number;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2004, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function toll(r: Rand): number {
  if (r() < 0.3) return 0;
  return Math.min(300, Math.floor(-Math.log(1 - r()) * 5) + 1);
}

function makeEvent(r: Rand, world: World, id: string): Event {
  const country = weighted(r, world.countries.map((c) => [c, c.weight] as const));
  const place = weighted(r, country.places.map((p, i) => [p, 1 / (i + 1)] as const));
  const attack = weighted(r, ATTACKS);
  const t = Math.floor(r() * TARGETS.length * 4);
  const ti = weighted(r, TARGETS.map((_, i) => [i, TARGET_WEIGHTS[i]!] as const));
  const group = country.groups.length > 0 && r() < 0.6
    ? { name: pick(r, country.groups), status: weighted(r, [['claimed', 3], ['blamed', 4], ['suspected', 3]] as const) }
    : null;
  // more incidents in later years, as in the GTD
  const day = Math.floor(FIRST_DAY + (LAST_DAY - FIRST_DAY) * Math.sqrt(r()));
  return {
    id,
    day,
    country,
    place,
    attack,
    weapon: pick(r, attack.weapons),
    targetType: TARGETS[ti]![0],
    targetText: TARGETS[ti]![1][t % TARGETS[ti]![1].length]!,
    group,
    killed: toll(r),
    wounded: toll(r) * 2,
    reports: weighted(r, [[1, 40], [2, 25], [3, 15], [4, 10], [5, 6], [6, 2], [8, 2]] as const),
  };
}

/** A point `km` from a place in a random direction. */
function offset(r: Rand, lat: number, lon: number, km: number): { lat: number; lon: number } {
  const angle = r() * 2 * Math.PI;
  const dLat = (km * Math.cos(angle)) / 111;
  const dLon = (km * Math.sin(angle)) / (111 * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
  return { lat: Math.round((lat + dLat) * 1e5) / 1e5, lon: Math.round((lon + dLon) * 1e5) / 1e5 };
}

interface ReportPlan {
  event: Event;
  order: number;
}

/** One document's account of an event: its sentences, each with the claims it carries. */
interface Sentence {
  text: string;
  claims: Array<Omit<Claim, 'quote' | 'document' | 'start' | 'end' | 'reported_at'>>;
}

function reportSentences(r: Rand, plan: ReportPlan, outlet: string, world: World): Sentence[] {
  const e = plan.event;
  const late = plan.order / Math.max(1, e.reports - 1); // 0 for the first report, 1 for the last
  // the date this report gives
  const shift = weighted(r, [[0, 72], [-1, 9], [1, 9], [2, 2], [-2, 2], [99, 6]] as const);
  const day = shift === 99 ? null : e.day + shift;
  const dateForm = day === null ? 'none' : weighted(r, [['day', 92], ['month', 5], ['yearless', 3]] as const);
  const dateValue = day === null ? null : dateForm === 'day' ? isoDay(day) : dateForm === 'month' ? isoDay(day).slice(0, 7) : `--${isoDay(day).slice(5)}`;
  const d = day === null ? null : new Date(day * DAY_MS);
  const dateWords = d === null ? 'recently' : dateForm === 'month' ? `in ${MONTHS[d.getUTCMonth()]}` : `on ${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  // the place this report gives
  const c = e.country;
  const form = weighted(r, [['city', 55], ['near', 20], ['neighbour', 8], ['admin1', 10], ['country', 7]] as const);
  let place: ResolvedPlace;
  let placeWords: string;
  const city = (p: WorldPlace): ResolvedPlace => ({ name: p.name, admin1: p.admin1, country: c.name, country_code: c.code, lat: p.lat, lon: p.lon, precision: 'city', id: p.id });
  if (form === 'near') {
    const km = 2 + Math.floor(r() * 10);
    const at = offset(r, e.place.lat, e.place.lon, km);
    place = { name: `${e.place.name} outskirts`, admin1: e.place.admin1, country: c.name, country_code: c.code, lat: at.lat, lon: at.lon, precision: 'point' };
    placeWords = `about ${km} km outside ${e.place.name}`;
  } else if (form === 'neighbour') {
    const near = c.places.filter((p) => p !== e.place && Math.abs(p.lat - e.place.lat) < 0.4 && Math.abs(p.lon - e.place.lon) < 0.4);
    const p = near.length > 0 ? pick(r, near) : e.place;
    place = city(p);
    placeWords = `in ${p.name}`;
  } else if (form === 'admin1' && e.place.admin1) {
    place = { name: e.place.admin1, admin1: e.place.admin1, country: c.name, country_code: c.code, lat: null, lon: null, precision: 'admin1' };
    placeWords = `in ${e.place.admin1} province`;
  } else if (form === 'country') {
    place = { name: c.name, admin1: null, country: c.name, country_code: c.code, lat: c.lat, lon: c.lon, precision: 'country', id: `country:${c.code}` };
    placeWords = `in ${c.name}`;
  } else {
    place = city(e.place);
    placeWords = `in ${e.place.name}${e.place.admin1 ? `, ${e.place.admin1}` : ''}`;
  }
  const killed = r() < 0.12 ? null : late < 1 && r() < 0.35 ? Math.floor(e.killed * (0.4 + 0.6 * late)) : e.killed;
  const wounded = r() < 0.3 ? null : e.wounded;
  const noun = pick(r, e.attack.nouns);
  const speaker = weighted(r, [
    [{ source: 'officials', kind: 'official' as SourceKind }, 3],
    [{ source: 'police', kind: 'state_body' as SourceKind }, 3],
    [{ source: `Interior Ministry of ${c.name}`, kind: 'state_body' as SourceKind }, 2],
    [{ source: 'a provincial spokesman', kind: 'official' as SourceKind }, 2],
    [{ source: 'witnesses', kind: 'witness' as SourceKind }, 1],
  ] as const);
  const by = (source: string, kind: SourceKind, stance: Stance = 'asserts') => ({ source, source_kind: kind, stance });
  const doc = by('document', 'document');
  const sentences: Sentence[] = [];
  const figure = (field: 'killed' | 'wounded', n: number, who: ReturnType<typeof by>) =>
    ({ ...who, field, value: n, figure: { value: n, low: n, high: n, qualifier: 'exact', derived: false } }) as Sentence['claims'][number];
  const headKilled = killed !== null && killed > 0 ? `, ${killed} dead` : '';
  sentences.push({
    text: `${c.name}: ${noun} hits ${e.targetText} ${placeWords}${headKilled}`,
    claims: [
      { ...doc, field: 'attack_type', value: e.attack.type },
      { ...doc, field: 'place', value: { ...place, mention: placeWords.replace(/^(in|about \d+ km outside) /, '') } },
      ...(killed !== null && killed > 0 ? [figure('killed', killed, doc)] : []),
    ],
  });
  const who = by(speaker.source, speaker.kind);
  const tollWords = [killed !== null ? `killing ${killed}` : null, wounded !== null ? `wounding ${wounded}` : null].filter(Boolean).join(' and ');
  sentences.push({
    text: `${placeWords.replace(/^in /, '').toUpperCase()} (${outlet}) - Attackers using ${withArticle(e.weapon[0])} struck ${withArticle(e.targetText)} ${dateWords} ${placeWords}${tollWords ? `, ${tollWords}` : ''}, ${speaker.source} said.`,
    claims: [
      { ...who, field: 'attack_type', value: e.attack.type },
      { ...who, field: 'weapon', value: { text: e.weapon[0], type: e.weapon[1] } },
      { ...who, field: 'target', value: { text: e.targetText, type: e.targetType } },
      { ...who, field: 'place', value: { ...place, mention: placeWords.replace(/^(in|about \d+ km outside) /, '') } },
      ...(dateValue ? [{ ...who, field: 'date', value: dateValue } as Sentence['claims'][number]] : []),
      ...(killed !== null ? [figure('killed', killed, who)] : []),
      ...(wounded !== null ? [figure('wounded', wounded, who)] : []),
    ],
  });
  sentences.push({
    text: `The ${e.targetText} had been ${pick(r, ['guarded by', 'visited by', 'used by', 'watched by'])} ${Math.floor(2 + r() * 60)} ${pick(r, ['guards', 'people', 'workers', 'officers', 'worshippers', 'pupils'])} ${pick(r, FILLER.tails)}.`,
    claims: [{ ...doc, field: 'target', value: { text: e.targetText, type: e.targetType } }],
  });
  if (e.group && r() < 0.8) {
    const status = r() < 0.8 ? e.group.status : pick(r, ['blamed', 'suspected'] as const);
    const g = e.group.name;
    const text = status === 'claimed'
      ? `${g} claimed responsibility for the ${noun} in a statement posted online.`
      : status === 'blamed'
        ? `The authorities blamed ${g} for the ${noun}.`
        : `No group has claimed the ${noun}, but security sources suspected ${g}.`;
    const source = status === 'claimed' ? by(g, 'armed_group', 'claims') : status === 'blamed' ? by('authorities', 'state_body') : by('security sources', 'unknown');
    sentences.push({ text, claims: [{ ...source, field: 'perpetrator', value: { name: g, kind: 'organization', status } }] });
  }
  if (killed !== null && r() < 0.3) {
    const n = killed + Math.floor(r() * 3);
    sentences.push({ text: `A hospital official later put the death toll at ${n}.`, claims: [figure('killed', n, by('hospital official', 'official'))] });
  }
  if (r() < 0.5) {
    const other = pick(r, world.countries).name;
    sentences.push({
      text: `The ${noun} was the ${pick(r, ['second', 'third', 'latest', 'deadliest'])} in ${c.name} ${pick(r, FILLER.tails)}, after a similar ${pick(r, ['raid', 'bombing', 'attack'])} reported in ${other}.`,
      claims: [{ ...doc, field: 'place_mentioned', value: { name: c.name, admin1: null, country: c.name, country_code: c.code, lat: c.lat, lon: c.lon, precision: 'country', id: `country:${c.code}`, mention: c.name } }],
    });
  }
  const fillers = 2 + Math.floor(r() * 4);
  for (let i = 0; i < fillers; i++) sentences.push({ text: fillerSentence(r), claims: [] });
  return sentences;
}

/** Lay out a document: title, then the sentences of each incident; every claim gets its sentence's offsets. */
function buildDocument(r: Rand, reports: ReportPlan[], world: World): SyntheticItem {
  const outlet = pick(r, OUTLETS);
  const first = reports[0]!.event;
  const published = Math.max(...reports.map((p) => p.event.day)) + Math.floor(r() * 3) + (reports[0]!.order > 0 ? 1 : 0);
  const perReport = reports.map((p) => reportSentences(r, p, outlet, world));
  let text = '';
  const placed: Array<Array<{ sentence: Sentence; start: number }>> = [];
  perReport.forEach((sentences, k) => {
    const list: Array<{ sentence: Sentence; start: number }> = [];
    sentences.forEach((sentence, i) => {
      if (i === 0 && k > 0) text += '\n\nIn a separate incident: ';
      else if (i === 1 && k === 0) text += '\n\n';
      else if (text !== '') text += ' ';
      list.push({ sentence, start: text.length });
      text += sentence.text;
    });
    placed.push(list);
  });
  text += `\n\n(${first.id} / ${reports.map((p) => `${p.event.id}.${p.order}`).join(' ')})\n`;
  const hash = createHash('sha256').update(text).digest('hex');
  const document: SourceDocument = {
    id: `d${hash.slice(0, 15)}`, hash, text, title: perReport[0]![0]!.text, outlet, author: null, url: null,
    published: isoDay(published), origin: null, format: 'text',
  };
  const incidents = placed.map((list, k) => {
    const claims: Claim[] = [];
    for (const { sentence, start } of list) {
      for (const c of sentence.claims) {
        claims.push({ ...c, quote: sentence.text, document: document.id, start, end: start + sentence.text.length, reported_at: document.published } as Claim);
      }
    }
    return deriveIncident(`${document.id}-${k + 1}`, claims, { documents: [document.id] });
  });
  return { document, incidents, events: reports.map((p) => p.event.id) };
}

/**
 * Documents reporting `events` events, in arrival order: generated `chunkEvents` events at a time,
 * their reports packed into documents (one in ten documents also reports a second, unrelated
 * event) and shuffled within the chunk.
 */
export function* syntheticDocuments(world: World, events: number, options: SyntheticOptions): Generator<SyntheticItem> {
  const r = seededRandom(options.seed);
  const chunk = options.chunkEvents ?? 5000;
  for (let done = 0; done < events; done += chunk) {
    const plans: ReportPlan[] = [];
    for (let i = done; i < Math.min(events, done + chunk); i++) {
      const event = makeEvent(r, world, `${options.prefix}${i}`);
      for (let order = 0; order < event.reports; order++) plans.push({ event, order });
    }
    for (let i = plans.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [plans[i], plans[j]] = [plans[j]!, plans[i]!];
    }
    // reports of one event keep their order of arrival (the toll rises)
    const byEvent = new Map<string, number[]>();
    plans.forEach((p, i) => byEvent.set(p.event.id, [...(byEvent.get(p.event.id) ?? []), i]));
    for (const positions of byEvent.values()) {
      const orders = positions.map((i) => plans[i]!.order).sort((a, b) => a - b);
      positions.forEach((i, k) => (plans[i] = { event: plans[i]!.event, order: orders[k]! }));
    }
    for (let i = 0; i < plans.length; ) {
      const pair = i + 1 < plans.length && r() < 0.1 && plans[i + 1]!.event !== plans[i]!.event;
      yield buildDocument(r, pair ? [plans[i]!, plans[i + 1]!] : [plans[i]!], world);
      i += pair ? 2 : 1;
    }
  }
}

/** The first `n` documents of a corpus. */
export function takeDocuments(world: World, n: number, options: SyntheticOptions): SyntheticItem[] {
  const items: SyntheticItem[] = [];
  for (const item of syntheticDocuments(world, Number.MAX_SAFE_INTEGER, options)) {
    items.push(item);
    if (items.length >= n) break;
  }
  return items;
}
