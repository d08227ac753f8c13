/**
 * What the matcher knows of one report (one document's account of one incident): its derived
 * date with the window of days it may fall in, its place, attack types, targets, named actors,
 * figures and the content words of the sentences that report it. Pure; stored with the report so
 * that matching a new document never re-reads old ones.
 */
import type { Incident } from '../core/types.ts';
import { addDays } from '../nlp/dates/resolve-date.ts';

export interface ReportProfile {
  id: string;
  document: string;
  background: boolean;
  /** Report ids of other parts of one coordinated event in the same document (never merged with it). */
  related: string[];
  date: string | null;
  /** First and last day the incident may fall on, widened by the slack below; null when unknown. */
  window: { lo: string; hi: string } | null;
  /** `MM-DD` when the date has a day (with or without a year). */
  monthDay: string | null;
  /** True when the date has a day but no year. */
  yearless: boolean;
  /** The date rests only on dates read against the publication date ("on Sunday", "on this day in 2016"). */
  dateRelative: boolean;
  /** The reporting document's publication date, when known. */
  published: string | null;
  /** The stored document this report's document is a near-duplicate of, when it is a copy. */
  copyOf: string | null;
  place: { lat: number | null; lon: number | null; precision: string; admin1: string | null; country_code: string | null; name: string } | null;
  attackTypes: string[];
  targetTypes: string[];
  targetWords: string[];
  /** Named organisations and people asserted or claimed as perpetrators (not descriptors). */
  actors: string[];
  killed: number | null;
  killedPerpetrators: number | null;
  wounded: number | null;
  /** Content words of the reporting sentences (claim quotes), folded, unique, sorted. */
  words: string[];
}

/** Days added on each side of a date: a report's day may be off by a time zone, an "overnight" or a weekday read against the wrong week. */
export const DATE_SLACK_DAYS = 3;
/** An undated report may be about the month before its publication. */
export const UNDATED_LOOKBACK_DAYS = 30;
/** Enough words for a similarity, few enough to keep the stored profile small. */
const MAX_WORDS = 200;

const STOPWORDS = new Set(
  ('a an the and or but of in on at to for from by with as is was were are be been being has have had it its this that these those ' +
    'he she they them his her their we our you your i said says say told according also after before when while into over than then ' +
    'there here which who whom whose what where not no one two three four five six seven eight nine ten at least more about up out ' +
    'people killed wounded injured attack attacks attacked officials official police reported report reports would could will may ' +
    'least other others during since some all any each per cent percent mr ms').split(/\s+/),
);

export function contentWords(texts: string[]): string[] {
  const set = new Set<string>();
  for (const text of texts) {
    for (const raw of text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u)) {
      if (raw.length < 3 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
      set.add(raw.length > 6 ? raw.slice(0, 6) : raw); // a crude stem: "attackers"/"attacker", "Aktobe's"
    }
  }
  return [...set].sort();
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a date may fall on: a day ± slack, a month, a year; a year-less day in the year before publication. */
export function dateWindow(date: string | null, published: string | null): { lo: string; hi: string } | null {
  const slack = (lo: string, hi: string) => ({ lo: addDays(lo, -DATE_SLACK_DAYS) ?? lo, hi: addDays(hi, DATE_SLACK_DAYS) ?? hi });
  let m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (m) return slack(date!, date!);
  m = date ? /^(\d{4})-(\d{2})$/.exec(date) : null;
  if (m) return slack(`${date}-01`, `${date}-${String(lastDay(Number(m[1]), Number(m[2]))).padStart(2, '0')}`);
  m = date ? /^(\d{4})$/.exec(date) : null;
  if (m) return { lo: `${date}-01-01`, hi: `${date}-12-31` };
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  m = date ? /^--(\d{2})-(\d{2})$/.exec(date) : null;
  if (m) {
    if (!pub) return null;
    const year = Number(pub.slice(0, 4));
    const candidate = `${year}-${m[1]}-${m[2]}`;
    const day = candidate <= pub ? candidate : `${year - 1}-${m[1]}-${m[2]}`;
    return slack(day, day);
  }
  if (date === null && pub) return { lo: addDays(pub, -UNDATED_LOOKBACK_DAYS) ?? pub, hi: addDays(pub, 1) ?? pub };
  return null;
}

function dateRelative(incident: Incident): boolean {
  if (!incident.date) return false;
  const supporting = incident.claims.filter((c) => c.field === 'date' && !c.rejected && (incident.date!.endsWith((c.value as string).replace(/^--/, '')) || (c.value as string).startsWith(incident.date!.slice(0, 4))));
  return supporting.length > 0 && supporting.every((c) => c.field === 'date' && c.relative_to_publication === true);
}

export function profileReport(incident: Incident, published: string | null, copyOf: string | null = null): ReportProfile {
  const md = incident.date ? /^(?:\d{4}|-)-(\d{2}-\d{2})$/.exec(incident.date) : null;
  const counted = incident.claims.filter((c) => !c.rejected);
  const actors = incident.perpetrators.filter((p) => p.kind !== 'unknown' && /\p{Lu}/u.test(p.name)).map((p) => p.name);
  const place = incident.place;
  return {
    id: incident.id,
    document: incident.documents[0] ?? '',
    background: incident.background === true,
    related: [...incident.related].sort(),
    date: incident.date,
    window: dateWindow(incident.date, published),
    monthDay: md ? md[1]! : null,
    yearless: incident.date?.startsWith('--') ?? false,
    dateRelative: dateRelative(incident),
    published,
    copyOf,
    place: place ? { lat: place.lat, lon: place.lon, precision: place.precision, admin1: place.admin1, country_code: place.country_code, name: place.name } : null,
    attackTypes: incident.attack_types.filter((t) => t !== 'Unknown').sort(),
    targetTypes: [...new Set(incident.targets.map((t) => t.type))].filter((t) => t !== 'Unknown').sort(),
    targetWords: contentWords(incident.targets.map((t) => t.text)),
    actors: [...new Set(actors)].sort(),
    killed: incident.killed.best,
    killedPerpetrators: incident.killed_perpetrators.best,
    wounded: incident.wounded.best,
    words: contentWords([...new Set(counted.map((c) => c.quote))]).slice(0, MAX_WORDS),
  };
}
