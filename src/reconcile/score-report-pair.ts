/**
 * How strongly two reports describe one incident. Symmetric and pure: the score of (a, b) is the
 * score of (b, a), so the set of links, and with it the partition into incidents, does not depend
 * on the order in which documents arrive.
 *
 * Parts (weights, and why):
 * - date (−3 … +3): the same day is strong evidence; a day apart happens (overnight attacks, time
 *   zones) but is also what two attacks in one city a day apart look like, so it counts half; two
 *   to three days apart barely counts; further apart, or months that differ, count against. A
 *   month or a year that contains the other date counts a little (a partial date is weak either way).
 * - place (−4 … +3): within 15 km is the same place (a point or a district; the same city counts
 *   2, since a city holds many incidents); within 50 km the same area; different
 *   provinces or over 50 km apart count against (both: twice) (same-day attacks in neighbouring provinces are
 *   different incidents); places in different countries rule a merge out (−2 only when one is
 *   known at country level alone, often where attackers came from). Coarse places (admin-1, country)
 *   count only as far as they go.
 * - attack type (−1 … +1): a shared type supports, disjoint types count against.
 * - targets (−1 … +1): shared target types or words support; two reports that both name targets
 *   with nothing in common count against (two attacks on one city's market and police station).
 * - actors (−2 … +1): the same named group supports (weakly: one group carries out many attacks in
 *   its region); two different named groups count against.
 * - figures (0 … +1): the same toll supports; different tolls do not count against, since
 *   figures change as reports come in (6 then 20).
 * - text (0 … +2): word overlap (Jaccard) of the reporting sentences, ×4, capped at 2.
 * - copy (0 or +2): the two documents are near-duplicates (a syndicated copy reports what its
 *   original reports).
 * - within one document, a date conflict where one date was only read against the publication
 *   date ("on this day in 2016" in a column given the wrong publication date) does not count.
 * - an undated report published within a week after the other's date counts +1 on the date
 *   (news reports recent events).
 * The threshold (MERGE_THRESHOLD) needs evidence on both when and where, or a very close text.
 */
import { haversineKm } from '../geo/gazetteer/haversine-km.ts';
import type { ReportProfile } from './report-profile.ts';

export interface PairScore {
  score: number;
  parts: Record<string, number>;
  notes: string[];
  /** A hard reason against merging (different country, related parts of one attack). */
  veto: string | null;
  /** Exactly one of the two is a mention in passing (a background report). */
  passing: boolean;
}

/** A mention in passing gives few details: it joins a full report at this lower score when all it gives agrees (when, where, what). */
export const PASSING_MENTION_THRESHOLD = 3.5;

/** The score at or above which two reports are one incident (chosen on the development split; see the README). */
export const MERGE_THRESHOLD = 4.5;

const FINE = new Set(['point', 'city', 'district']);

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

const full = /^\d{4}-\d{2}-\d{2}$/;
/** News reports recent events: an undated report published this many days after the other's date may be about it. */
const RECENT_DAYS = 7;

function scoreDate(a: ReportProfile, b: ReportProfile): [number, string] {
  if (!a.date || !b.date) {
    const [undated, dated] = !a.date ? [a, b] : [b, a];
    if (dated.date && full.test(dated.date) && undated.published && full.test(undated.published)) {
      const after = dayNumber(undated.published) - dayNumber(dated.date);
      if (after >= 0 && after <= RECENT_DAYS) return [1, `date: one report undated, published ${after} day(s) after the other's ${dated.date}`];
    }
    return [0, 'date: one report gives none'];
  }
  if (full.test(a.date) && full.test(b.date)) {
    const diff = Math.abs(dayNumber(a.date) - dayNumber(b.date));
    if (diff === 0) return [3, `date: same day ${a.date}`];
    if (diff === 1) return [1.5, `date: a day apart (${a.date}, ${b.date})`];
    if (diff <= 3) return [0.5, `date: ${diff} days apart`];
    return [-3, `date: ${diff} days apart`];
  }
  if (a.yearless || b.yearless) {
    if (a.monthDay && a.monthDay === b.monthDay) return [2.5, `date: same day of the year ${a.monthDay}`];
    if (a.monthDay && b.monthDay) return [-3, `date: different days ${a.monthDay}, ${b.monthDay}`];
    return [0, 'date: a day without year and a partial date'];
  }
  const [short, long] = a.date.length <= b.date.length ? [a.date, b.date] : [b.date, a.date];
  if (long.startsWith(short)) return [short.length === 7 ? 1 : 0.5, `date: ${long} within ${short}`];
  return [-3, `date: ${a.date} and ${b.date} do not overlap`];
}

function scorePlace(a: ReportProfile, b: ReportProfile): [number, string, string | null] {
  const p = a.place;
  const q = b.place;
  if (!p || !q) return [0, 'place: one report gives none', null];
  if (p.country_code && q.country_code && p.country_code !== q.country_code) {
    // a country alone is weak evidence of where (often where the attackers came from); two places in different countries rule a merge out
    if (p.precision === 'country' || q.precision === 'country') return [-2, `place: different countries (${p.country_code}, ${q.country_code}), one only at country level`, null];
    return [-4, `place: different countries (${p.country_code}, ${q.country_code})`, 'different countries'];
  }
  const coords = p.lat !== null && p.lon !== null && q.lat !== null && q.lon !== null;
  if (FINE.has(p.precision) && FINE.has(q.precision) && coords) {
    const km = haversineKm({ lat: p.lat!, lon: p.lon! }, { lat: q.lat!, lon: q.lon! });
    const label = `${p.name} / ${q.name}, ${km.toFixed(1)} km`;
    // a point or a district is the spot; a city holds many incidents (two attacks in one city a day apart)
    if (km <= 15) return [p.precision === 'city' || q.precision === 'city' ? 2 : 3, `place: ${label}`, null];
    if (km <= 50) return [p.admin1 && q.admin1 && p.admin1 !== q.admin1 ? 1 : 2, `place: ${label}`, null];
    const provinces = p.admin1 && q.admin1 && p.admin1 !== q.admin1 ? 1 : 0; // a provincial line counts on its own
    if (km <= 150) return [-1 - provinces, `place: ${label}${provinces ? ', different provinces' : ''}`, null];
    return [-3, `place: ${label}`, null];
  }
  if (p.admin1 && q.admin1) {
    if (p.admin1 === q.admin1) return [1.5, `place: same province ${p.admin1}`, null];
    return [-1.5, `place: different provinces (${p.admin1}, ${q.admin1})`, null];
  }
  if (p.country_code && p.country_code === q.country_code) return [0.5, `place: same country ${p.country_code}`, null];
  return [0, 'place: not comparable', null];
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared;
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = overlap(a, b);
  return shared / (a.length + b.length - shared);
}

export function scoreReportPair(a: ReportProfile, b: ReportProfile): PairScore {
  const parts: Record<string, number> = {};
  const notes: string[] = [];
  let veto: string | null = null;
  if (a.document === b.document && (a.related.includes(b.id) || b.related.includes(a.id))) {
    veto = 'parts of one coordinated attack in one document';
  }
  let [date, dateNote] = scoreDate(a, b);
  if (date < 0 && a.document === b.document && (a.dateRelative || b.dateRelative)) {
    // in one document, a date read against the publication date does not outweigh the date the text states
    date = 0;
    dateNote = `${dateNote}; one of them read against the publication date, so it does not count against`;
  }
  parts.date = date;
  notes.push(dateNote);
  const [place, placeNote, placeVeto] = scorePlace(a, b);
  parts.place = place;
  notes.push(placeNote);
  veto ??= placeVeto;

  const types = overlap(a.attackTypes, b.attackTypes);
  parts.attack_type = a.attackTypes.length && b.attackTypes.length ? (types > 0 ? 1 : -1) : 0;
  notes.push(`attack type: ${types > 0 ? `shared ${a.attackTypes.filter((t) => b.attackTypes.includes(t)).join(', ')}` : parts.attack_type < 0 ? 'none shared' : 'one report gives none'}`);

  const haveTargets = (a.targetTypes.length || a.targetWords.length) && (b.targetTypes.length || b.targetWords.length);
  const targetTypes = overlap(a.targetTypes, b.targetTypes);
  const targetWords = overlap(a.targetWords, b.targetWords);
  parts.targets = !haveTargets ? 0 : targetWords > 0 ? 1 : targetTypes > 0 ? 0.5 : -1;
  notes.push(`targets: ${!haveTargets ? 'one report gives none' : `${targetWords} shared words, ${targetTypes} shared types`}`);

  const actors = overlap(a.actors, b.actors);
  parts.actors = actors > 0 ? 1 : a.actors.length && b.actors.length ? -2 : 0;
  notes.push(`actors: ${actors > 0 ? `shared ${a.actors.filter((x) => b.actors.includes(x)).join(', ')}` : parts.actors < 0 ? `different (${a.actors.join(', ')} / ${b.actors.join(', ')})` : 'not both named'}`);

  let figures = 0;
  if (a.killed !== null && a.killed === b.killed) figures += 0.5;
  if (a.killedPerpetrators !== null && a.killedPerpetrators === b.killedPerpetrators) figures += 0.25;
  if (a.wounded !== null && a.wounded === b.wounded) figures += 0.25;
  parts.figures = figures;
  notes.push(`figures: ${figures > 0 ? 'some tolls agree' : 'no toll in common'}`);

  // a near-duplicate copy reports what its original reports
  const copy = a.document !== b.document && ((a.copyOf !== null && a.copyOf === b.document) || (b.copyOf !== null && b.copyOf === a.document) || (a.copyOf !== null && a.copyOf === b.copyOf));
  parts.copy = copy ? 2 : 0;
  if (copy) notes.push('copy: the documents are near-duplicates (one text)');

  const text = jaccard(a.words, b.words);
  parts.text = Math.min(2, Math.round(text * 4 * 100) / 100);
  notes.push(`text: word overlap ${(text * 100).toFixed(0)}%`);

  const score = Math.round(Object.values(parts).reduce((s, v) => s + v, 0) * 100) / 100;
  return { score, parts, notes, veto, passing: a.background !== b.background };
}

/**
 * Whether two reports are one incident: at or above the threshold, with no veto, and some support
 * on when or where. Without a shared place finer than the country, the same day, group and type
 * are not enough (a country at war has many such attacks a day): the reports must also share what
 * was hit or how it is told (targets, or a text overlap worth 1 or more), or be copies of one text.
 * A mention in passing joins a full report from PASSING_MENTION_THRESHOLD when its date, a place
 * within 50 km and the attack type all agree.
 */
export function reportsMatch(pair: PairScore, threshold = MERGE_THRESHOLD): boolean {
  if (pair.veto !== null) return false;
  if (pair.passing && pair.score >= PASSING_MENTION_THRESHOLD && pair.score < threshold) {
    return pair.parts.date! > 0 && pair.parts.place! >= 2 && pair.parts.attack_type! > 0 && pair.parts.actors! >= 0;
  }
  if (pair.score < threshold || (pair.parts.date! <= 0 && pair.parts.place! <= 0)) return false;
  const placed = pair.parts.place! > 0.5;
  return placed || pair.parts.targets! > 0 || pair.parts.text! >= 1 || pair.parts.copy! > 0;
}
