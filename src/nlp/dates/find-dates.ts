/**
 * Date mentions in an analysis text, resolved against the publication date and against the
 * previous date in the text. chrono-node (formal grammar only) reads calendar dates; the
 * relative and anaphoric expressions are read by date-patterns.ts.
 *
 * Rules:
 * - A year the text does not give stays unknown when no publication date is known:
 *   "On November 6th" → `--11-06`, never the current year.
 * - With a publication date, a day without year takes the latest such date not after
 *   publication (news reports the past); "yesterday", "two days ago", "last Tuesday",
 *   "on Sunday" (most recent Sunday on or before publication), "this month" likewise; "last week"
 *   gives the month of the day a week before publication; "on this day in 2005" and "twenty years
 *   ago today" give the publication's day in that year.
 * - "the same day", "the next day", "two days later", "after 2 days" take the previous
 *   resolved mention's value (year-unknown `--MM-DD` shifts within a non-leap year).
 *   "after 2 days, on November 8th" is one mention with the explicit date.
 *   "a week before the incident on October 30th": the explicit date only.
 * - Clock times are not dates. Two-digit years: see `expandTwoDigitYear`.
 * A mention whose value cannot be known (a relative date without publication date) keeps
 * `value: null`. Deterministic: no clock, no time zone (UTC calendar arithmetic).
 */
import * as chrono from 'chrono-node';
import { COUNT_WORDS, DATE_PATTERN, MONTHS, WEEKDAYS } from './date-patterns.ts';
import { addDays, expandTwoDigitYear, formatDateValue, isValidDate, parseDateValue, yearNotAfter, type DateParts } from './resolve-date.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD` | `YYYY-MM` | `YYYY` | `--MM-DD`; null when it cannot be resolved. */
  value: string | null;
  /** absolute: a calendar date; relative: to the publication date; anaphoric: to the previous date in the text. */
  kind: 'absolute' | 'relative' | 'anaphoric';
  /** stated: every part of the value is in the text; inferred: completed from publication or context. */
  certainty: 'stated' | 'inferred';
  granularity: 'day' | 'month' | 'year' | 'decade';
}

export interface DateReference {
  /** Publication date, `YYYY-MM-DD` or partial; null when unknown. */
  published: string | null;
}

interface Candidate {
  start: number;
  end: number;
  kind: DateMention['kind'];
  granularity: DateMention['granularity'];
  /** Resolves given the publication parts and the previous resolved value. */
  resolve(pub: DateParts | null, prev: string | null): { value: string | null; certainty: DateMention['certainty'] };
  /** Anaphoric offset in days, for merging with a following explicit date. */
  offset?: number;
}

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|of|the|until|during) /i;
const TIME_PREFIX = /^(?:at )?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?),?\s+(?:on )?/i;
const TIME_SUFFIX = /,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)$/i;
const NUMERIC_ONLY = /^[\d\s/.\-]+$/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const FOUR_DIGITS = /\d{4}/;
const MERGE_GAP = /^,? (?:on |in )?$/i;
const BEFORE_EVENT = /^ the [a-z]/i;
const MODAL_MAY_CONTEXT = /(?:^|[^a-z])(?:on|since|until|of|by|from|in|early|late|mid|before|after|until) $/i;
const DEFAULT_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

function referenceInstant(pub: DateParts | null): Date {
  if (!pub || pub.year === null) return DEFAULT_INSTANT;
  return new Date(Date.UTC(pub.year, (pub.month ?? 1) - 1, pub.day ?? 1, 12));
}

const stated = (value: string | null) => ({ value, certainty: 'stated' as const });
const inferred = (value: string | null) => ({ value, certainty: 'inferred' as const });

function countOf(word: string): number {
  const n = COUNT_WORDS[word.toLowerCase()];
  return n ?? Number(word);
}

/** The publication day, when fully known: a weekday or "yesterday" cannot be placed against "--01-11". */
function pubDay(pub: DateParts | null): string | null {
  return pub && pub.day !== null && pub.year !== null ? formatDateValue(pub) : null;
}

function shiftMonths(pub: DateParts, months: number): string | null {
  if (pub.year === null || pub.month === null) return null;
  const idx = pub.year * 12 + pub.month - 1 + months;
  return formatDateValue({ year: Math.floor(idx / 12), month: (idx % 12) + 1, day: null });
}

function chronoCandidates(text: string, pub: DateParts | null): Candidate[] {
  const out: Candidate[] = [];
  const results = chrono.strict.parse(text, { instant: referenceInstant(pub), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('day') || !c.isCertain('month')) continue;
    const month = c.get('month');
    const day = c.get('day');
    if (month === null || day === null) continue;
    let start = r.index;
    let raw = r.text;
    const lead = LEADING_PREPOSITION.exec(raw);
    if (lead) { start += lead[0].length; raw = raw.slice(lead[0].length); }
    if (c.isCertain('hour')) {
      const pre = TIME_PREFIX.exec(raw);
      if (pre) { start += pre[0].length; raw = raw.slice(pre[0].length); }
      raw = raw.replace(TIME_SUFFIX, '');
    }
    const yearCertain = c.isCertain('year');
    // Only calendar dates: a month name, or digits with a year ("2016-06-05"); "5/6", "15-20",
    // "two days ago" are left to the patterns or are not dates.
    if (NUMERIC_ONLY.test(raw) ? !yearCertain : !MONTH_NAME.test(raw)) continue;
    if (/^may\b/.test(raw) && !MODAL_MAY_CONTEXT.test(text.slice(Math.max(0, start - 12), start)) && !yearCertain) continue;
    let year: number | null = null;
    if (yearCertain) {
      year = c.get('year');
      if (year !== null && !FOUR_DIGITS.test(raw)) year = expandTwoDigitYear(year % 100);
    }
    if (!isValidDate(year, month, day)) continue;
    const end = start + raw.length;
    out.push({
      start, end, kind: 'absolute', granularity: 'day',
      resolve(p) {
        if (year !== null) return stated(formatDateValue({ year, month, day }));
        if (p && p.year !== null) return inferred(formatDateValue({ year: yearNotAfter(month, day, p), month, day }));
        return stated(formatDateValue({ year: null, month, day }));
      },
    });
  }
  return out;
}

function patternCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  DATE_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_PATTERN.exec(text)) !== null) {
    const g = m.groups!;
    let start = m.index;
    let matched = m[0];
    const lead = LEADING_PREPOSITION.exec(matched);
    const keepLead = g.same !== undefined || g.nextday !== undefined || g.prevday !== undefined || g.decade !== undefined;
    if (lead && !keepLead) { start += lead[0].length; matched = matched.slice(lead[0].length); }
    const end = m.index + m[0].length;
    const base = { start, end };
    if (g.same !== undefined) {
      out.push({ ...base, kind: 'anaphoric', granularity: 'day', offset: 0, resolve: (_p, prev) => inferred(prev) });
    } else if (g.nextday !== undefined || g.prevday !== undefined || g.later !== undefined || g.after !== undefined) {
      let n = 1;
      if (g.prevday !== undefined) n = -1;
      if (g.later !== undefined) {
        if (/^(?:before|after)$/i.test(g.laterDir!) && BEFORE_EVENT.test(text.slice(end, end + 6))) continue;
        n = countOf(g.laterN!) * (/^week/i.test(g.laterU!) ? 7 : 1) * (/^(?:earlier|before)$/i.test(g.laterDir!) ? -1 : 1);
      } else if (g.after !== undefined) n = countOf(g.afterN!) * (/^week/i.test(g.afterU!) ? 7 : 1);
      out.push({ ...base, kind: 'anaphoric', granularity: 'day', offset: n, resolve: (_p, prev) => inferred(prev ? addDays(prev, n) : null) });
    } else if (g.dbyest !== undefined) {
      out.push({ ...base, kind: 'relative', granularity: 'day', resolve: (p) => inferred(pubDay(p) && addDays(pubDay(p)!, -2)) });
    } else if (g.ago !== undefined) {
      const n = countOf(g.agoN!);
      const unit = g.agoU!.toLowerCase().replace(/s$/, '');
      out.push({
        ...base, kind: 'relative', granularity: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day',
        resolve(p) {
          if (!p) return inferred(null);
          if (unit === 'day' || unit === 'week') return inferred(pubDay(p) && addDays(pubDay(p)!, -n * (unit === 'week' ? 7 : 1)));
          if (unit === 'month') return inferred(shiftMonths(p, -n));
          return inferred(p.year !== null ? String(p.year - n) : null);
        },
      });
    } else if (g.yest !== undefined) {
      out.push({ ...base, kind: 'relative', granularity: 'day', resolve: (p) => inferred(pubDay(p) && addDays(pubDay(p)!, -1)) });
    } else if (g.today !== undefined) {
      out.push({ ...base, kind: 'relative', granularity: 'day', resolve: (p) => inferred(pubDay(p)) });
    } else if (g.period !== undefined) {
      const back = g.periodW!.toLowerCase() === 'this' ? 0 : 1;
      const unit = g.periodU!.toLowerCase();
      out.push({
        ...base, kind: 'relative', granularity: unit === 'year' ? 'year' : 'month',
        resolve(p) {
          if (!p || p.year === null) return inferred(null);
          if (unit === 'year') return inferred(String(p.year - back));
          // "last week": the month of the day a week before publication (a week has no value of its own)
          if (unit === 'week') {
            const d = pubDay(p);
            const shifted = d ? addDays(d, -7 * back) : null;
            return inferred(shifted ? shifted.slice(0, 7) : null);
          }
          return inferred(shiftMonths(p, -back));
        },
      });
    } else if (g.thisday !== undefined) {
      out.push({
        ...base, kind: 'relative', granularity: 'day',
        resolve(p) {
          // without a publication day, "on this day in 2016" still gives its year
          if (!p || p.month === null || p.day === null) return g.tdY !== undefined ? stated(g.tdY) : inferred(null);
          const year = g.tdY !== undefined ? Number(g.tdY) : p.year !== null ? p.year - countOf(g.tdN!) : null;
          if (year === null || !isValidDate(year, p.month, p.day)) return inferred(null);
          return inferred(formatDateValue({ year, month: p.month, day: p.day }));
        },
      });
    } else if (g.weekday !== undefined) {
      const wd = WEEKDAYS[g.wd!.toLowerCase()]!;
      const mod = (g.wdMod ?? '').toLowerCase();
      out.push({
        ...base, kind: 'relative', granularity: 'day',
        resolve(p) {
          const d = pubDay(p);
          if (!d) return inferred(null);
          const pw = new Date(`${d}T12:00:00Z`).getUTCDay();
          let back = (pw - wd + 7) % 7;
          if (mod === 'next') return inferred(addDays(d, (wd - pw + 7) % 7 || 7));
          if ((mod === 'last' || mod === 'past' || mod === 'this past') && back === 0) back = 7;
          return inferred(addDays(d, -back));
        },
      });
    } else if (g.monthyear !== undefined) {
      const v = formatDateValue({ year: Number(g.myY), month: MONTHS[g.myM!.toLowerCase()]!, day: null });
      out.push({ ...base, kind: 'absolute', granularity: 'month', resolve: () => stated(v) });
    } else if (g.decade !== undefined) {
      const y = g.decC !== undefined ? Number(`${g.decC}${g.decD}0`) : expandTwoDigitYear(Number(g.decS) * 10);
      out.push({ ...base, kind: 'absolute', granularity: 'decade', resolve: () => stated(String(y)) });
    } else if (g.year !== undefined) {
      const yStart = m.index + m[0].length - g.yearY!.length;
      out.push({ start: yStart, end, kind: 'absolute', granularity: 'year', resolve: () => stated(g.yearY!) });
    } else if (g.month !== undefined) {
      const month = MONTHS[g.monthM!.toLowerCase()]!;
      const mod = g.monthMod!.toLowerCase();
      const mStart = m.index + m[0].length - g.monthM!.length;
      out.push({
        start: mod === 'last' || mod === 'this' || mod === 'next' ? m.index : mStart, end, kind: 'absolute', granularity: 'month',
        resolve(p) {
          if (!p || p.year === null) return inferred(null);
          let y = yearNotAfter(month, null, p);
          if (mod === 'last' && p.month !== null && month === p.month) y -= 1;
          if (mod === 'next') y = p.month !== null && month > p.month ? p.year : p.year + 1;
          return inferred(formatDateValue({ year: y, month, day: null }));
        },
      });
    }
  }
  return out;
}

/** Date mentions in text order. `reference.published` anchors relative expressions. */
export function findDates(text: string, reference: DateReference): DateMention[] {
  const pub = reference.published ? parseDateValue(reference.published) : null;
  const all = [...chronoCandidates(text, pub), ...patternCandidates(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlaps: the earlier (then longer) candidate wins.
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  const out: DateMention[] = [];
  let prev: string | null = null;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const next = kept[i + 1];
    // "after 2 days, on November 8th": one mention; the explicit date wins.
    if (c.kind === 'anaphoric' && next && next.kind === 'absolute' && next.granularity === 'day' && MERGE_GAP.test(text.slice(c.end, next.start))) {
      const r = next.resolve(pub, prev);
      out.push({ start: c.start, end: next.end, text: text.slice(c.start, next.end), value: r.value, kind: 'absolute', certainty: r.certainty, granularity: 'day' });
      if (r.value !== null) prev = r.value;
      i++;
      continue;
    }
    const r = c.resolve(pub, prev);
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: r.value, kind: c.kind, certainty: r.certainty, granularity: c.granularity });
    if (r.value !== null) prev = r.value;
  }
  return out;
}
