/**
 * Gold clusters of MUC-4 documents that report the same incident, derived from the original
 * 1992 answer keys (INCIDENT: DATE, LOCATION, TYPE, STAGE OF EXECUTION and the targets), to
 * measure cross-source grouping with `scoreClusters`. An evaluation tool, not used by the
 * product.
 *
 * The rule is conservative (a gold link should be certain; true reports of one incident that
 * the keys code differently stay apart). Two key templates of different documents are the
 * same incident only when all of these hold (`sameMuc4Incident`):
 * - Type: their incident-type alternatives share one (`BOMBING / ATTACK` meets `ATTACK`;
 *   `BOMBING` does not meet `ATTACK`), and their stages of execution are equal (a threat is
 *   not the attack it announces).
 * - Date: a date the key pins (a day, or a range `D1 - D2` of at most `maxRangeDays`, default
 *   31) of one overlaps a pinned date of the other; or, when both name the same specific
 *   place (below), a pinned date of one falls in an "on or before D" date of the other, read
 *   as D and the `openStartDays` days before it (default 7: the keys use `- D` when the
 *   article names a weekday, or gives no date and D is the dateline). Two "on or before"
 *   dates never meet: neither side knows the day. A template with no date matches nothing.
 * - Place: some reading of one and some reading of the other (the key's `/` alternatives)
 *   name the same country (ISO code, or the name when the MUC-4 table has none) and the same
 *   most specific place: the last place name of the reading, compared without case, accents
 *   or punctuation, whatever its location type or the levels in between (`EL SALVADOR: SAN
 *   MIGUEL (DEPARTMENT): EL TRIUNFO (TOWN)` meets `EL SALVADOR: EL TRIUNFO (TOWN)`). A
 *   reading that gives only the country meets only another country-only reading of the same
 *   country, and then only on pinned dates. A city does not meet a neighbourhood of it, nor
 *   the bare country: one city often has several incidents on one day. No location, no match.
 * - Targets (`checkTargets`, default true): when both templates name human or physical
 *   targets (HUM TGT: NAME, HUM TGT: DESCRIPTION, PHYS TGT: ID), their content words (no
 *   function words or numbers, a plural S dropped) share one: "JESUIT PRIESTS" meets
 *   "JESUITS", "POWER LINES" does not meet "FRANCISCO JOSE GUERRERO".
 *
 * Grouping: items are taken in id order and a link joins two groups only when every pair of
 * items across them meets the rule (`linkage: 'complete'`, the default; `'single'` joins on
 * any one link, i.e. connected components), and never when it would put two templates of one
 * document in one group (a key's templates are distinct incidents by construction).
 * Document level (`muc4GoldClusters`): a document is represented by its first template in key
 * order (a document about several incidents usually leads with its main one; the key lists it
 * first); a document with no template (irrelevant, `*`; or only OPTIONAL ones when
 * `includeOptional` is false) is left out, and one whose first template matches nothing is
 * a singleton. Template level (`muc4GoldTemplateClusters`): every template is an item,
 * `DOCID#N` for template number N. A cluster's label is its smallest item id.
 *
 * Known limits: reports of one incident whose keys differ in specificity stay apart (in the
 * train keys the Jesuit murders of 16 NOV 89 form one group keyed EL SALVADOR, one keyed SAN
 * SALVADOR and one keyed CENTRAL AMERICAN UNIVERSITY), as do later reports whose key date is
 * only "on or before" their dateline.
 */
import type { Muc4AnswerKeys, Muc4KeyTemplate } from '../muc4/answer-keys.ts';
import type { KeyDate, KeyLocation } from '../muc4/key-fills.ts';
import { placeKey } from '../muc4/place-date-eval.ts';

export interface Muc4GoldClusterOptions {
  /** Documents to group (e.g. the dev split's ids); default every document of the keys. */
  ids?: readonly string[];
  /** Use the key's OPTIONAL templates (default true, as the GTT split keeps them). */
  includeOptional?: boolean;
  /** Days before D that an "on or before D" date covers (default 7). */
  openStartDays?: number;
  /** Longest closed date interval, in days, that still counts as a date (default 31). */
  maxRangeDays?: number;
  /** Require compatible targets (default true). */
  checkTargets?: boolean;
  /** `complete` (default): every two items of a group meet the rule; `single`: connected components. */
  linkage?: 'complete' | 'single';
}

const DEFAULTS: Required<Omit<Muc4GoldClusterOptions, 'ids'>> = {
  includeOptional: true,
  openStartDays: 7,
  maxRangeDays: 31,
  checkTargets: true,
  linkage: 'complete',
};
type Settings = typeof DEFAULTS;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Words that say nothing about which target it was. */
const TARGET_STOPWORDS = new Set(['THE', 'AND', 'ITS', 'HIS', 'HER', 'THEIR', 'FOR', 'WITH', 'FROM', 'WHO', 'WAS', 'WERE', 'ONE', 'TWO']);

type Interval = [from: number, to: number];

interface Facts {
  types: Set<string>;
  stage: string | null;
  /** Dates the key pins: a day, or a range of at most `maxRangeDays`. */
  closed: Interval[];
  /** "On or before D", as D and the `openStartDays` days before it. */
  open: Interval[];
  /** `CO|MEDELLIN`: country and most specific place of each reading that names a place. */
  places: Set<string>;
  /** `CO`: country of each reading that names only the country. */
  countries: Set<string>;
  /** Content words of the human and physical targets, plural `S` dropped. */
  targetWords: Set<string>;
}

function dates(date: KeyDate | null, s: Settings): { closed: Interval[]; open: Interval[] } {
  const closed: Interval[] = [];
  const open: Interval[] = [];
  for (const range of date?.alternatives ?? []) {
    const to = dayNumber(range.to);
    if (range.from === null) open.push([to - s.openStartDays, to]);
    else if (to - dayNumber(range.from) + 1 <= s.maxRangeDays) closed.push([dayNumber(range.from), to]);
  }
  return { closed, open };
}

function places(location: KeyLocation | null): { places: Set<string>; countries: Set<string> } {
  const specific = new Set<string>();
  const countries = new Set<string>();
  for (const reading of location?.alternatives ?? []) {
    const country = reading.countryCode ?? placeKey(reading.country);
    const last = reading.places[reading.places.length - 1];
    if (last) specific.add(`${country}|${placeKey(last.name)}`);
    else countries.add(country);
  }
  return { places: specific, countries };
}

function targetWords(template: Muc4KeyTemplate): Set<string> {
  const words = new Set<string>();
  for (const fill of [...template.humanTargetNames, ...template.humanTargetDescriptions, ...template.physicalTargets]) {
    for (const value of fill.values) {
      for (const word of placeKey(value).split(' ')) {
        if (word.length < 3 || TARGET_STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
        words.add(word.length > 3 && word.endsWith('S') ? word.slice(0, -1) : word);
      }
    }
  }
  return words;
}

function facts(template: Muc4KeyTemplate, s: Settings): Facts {
  return {
    types: new Set(template.incidentTypes),
    stage: template.stage,
    ...dates(template.date, s),
    ...places(template.location),
    targetWords: s.checkTargets ? targetWords(template) : new Set(),
  };
}

function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

const overlap = (a: readonly Interval[], b: readonly Interval[]): boolean =>
  a.some(([from, to]) => b.some(([otherFrom, otherTo]) => from <= otherTo && otherFrom <= to));

function sameFacts(a: Facts, b: Facts): boolean {
  if (a.stage !== b.stage || !intersects(a.types, b.types)) return false;
  if (a.targetWords.size > 0 && b.targetWords.size > 0 && !intersects(a.targetWords, b.targetWords)) return false;
  const closedDates = overlap(a.closed, b.closed);
  if (intersects(a.countries, b.countries) && closedDates) return true;
  return intersects(a.places, b.places) && (closedDates || overlap(a.closed, b.open) || overlap(a.open, b.closed));
}

/** Whether two key templates describe the same incident under the rule above. */
export function sameMuc4Incident(a: Muc4KeyTemplate, b: Muc4KeyTemplate, options: Muc4GoldClusterOptions = {}): boolean {
  const s = { ...DEFAULTS, ...options };
  return sameFacts(facts(a, s), facts(b, s));
}

interface Item {
  id: string;
  document: string;
  facts: Facts;
}

/**
 * Groups items by the rule, never putting two items of one document in a group. Links are
 * taken in item-id order; with complete linkage two groups join only when every pair across
 * them meets the rule.
 */
function group(items: Item[], linkage: Settings['linkage']): Map<string, string> {
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = items.length;
  const meets = (i: number, j: number) => sameFacts(items[i]!.facts, items[j]!.facts);
  const rootOf = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  const documents = items.map((item) => new Set([item.document]));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = rootOf[i]!;
      const b = rootOf[j]!;
      if (a === b || intersects(documents[a]!, documents[b]!) || !meets(i, j)) continue;
      if (linkage === 'complete' && !members[a]!.every((x) => members[b]!.every((y) => meets(x, y)))) continue;
      const [keep, drop] = a < b ? [a, b] : [b, a]; // a group's root is its smallest index, i.e. its smallest id
      for (const x of members[drop]!) rootOf[x] = keep;
      members[keep]!.push(...members[drop]!);
      members[drop] = [];
      for (const document of documents[drop]!) documents[keep]!.add(document);
    }
  }
  return new Map(items.map((item, i) => [item.id, items[rootOf[i]!]!.id]));
}

function templatesOf(keys: Muc4AnswerKeys, s: Muc4GoldClusterOptions & Settings): Array<[string, Muc4KeyTemplate[]]> {
  return (s.ids ?? [...keys.keys()]).map((id) => [id, (keys.get(id) ?? []).filter((t) => s.includeOptional || !t.optional)]);
}

/** Document id → cluster label (the cluster's smallest document id); documents with no template are left out. */
export function muc4GoldClusters(keys: Muc4AnswerKeys, options: Muc4GoldClusterOptions = {}): Map<string, string> {
  const s = { ...DEFAULTS, ...options };
  const items = templatesOf(keys, s)
    .filter(([, templates]) => templates.length > 0)
    .map(([id, templates]): Item => ({ id, document: id, facts: facts(templates[0]!, s) }));
  return group(items, s.linkage);
}

/** `DOCID#N` (template number N) → cluster label (the cluster's smallest item id), for every template. */
export function muc4GoldTemplateClusters(keys: Muc4AnswerKeys, options: Muc4GoldClusterOptions = {}): Map<string, string> {
  const s = { ...DEFAULTS, ...options };
  const items = templatesOf(keys, s).flatMap(([id, templates]) =>
    templates.map((t): Item => ({ id: `${id}#${t.templateNumber}`, document: id, facts: facts(t, s) })),
  );
  return group(items, s.linkage);
}

export interface GoldClusterSummary {
  /** Items clustered (documents, or templates at template level). */
  items: number;
  clusters: number;
  /** Clusters with at least two items. */
  multiItemClusters: number;
  /** Items in those clusters. */
  itemsInMultiItemClusters: number;
  largestCluster: number;
  /** The clusters with at least two items, largest first (then by label), items sorted. */
  groups: string[][];
}

export function summarizeGoldClusters(clusters: ReadonlyMap<string, string>): GoldClusterSummary {
  const members = new Map<string, string[]>();
  for (const [item, label] of clusters) {
    let list = members.get(label);
    if (list === undefined) members.set(label, (list = []));
    list.push(item);
  }
  const groups = [...members.values()]
    .filter((list) => list.length >= 2)
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  return {
    items: clusters.size,
    clusters: members.size,
    multiItemClusters: groups.length,
    itemsInMultiItemClusters: groups.reduce((sum, list) => sum + list.length, 0),
    largestCluster: Math.max(0, ...[...members.values()].map((list) => list.length)),
    groups,
  };
}
