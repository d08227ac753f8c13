/**
 * Small pure helpers over date values as the JSON contract writes them:
 * `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` (day and month known, year unknown).
 * No clock, no time zone: every computation is calendar arithmetic in UTC.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

/** A non-leap year used for month/day arithmetic when the year is unknown. */
const NON_LEAP_YEAR = 2001;

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Splits a date value into its parts; null when the string is not a date value. */
export function parseDateValue(value: string): DateParts | null {
  let m = FULL.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if ((m = MONTH.exec(value))) return { year: Number(m[1]), month: Number(m[2]), day: null };
  if ((m = YEAR.exec(value))) return { year: Number(m[1]), month: null, day: null };
  if ((m = NO_YEAR.exec(value))) return { year: null, month: Number(m[1]), day: Number(m[2]) };
  return null;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** Writes parts back as a date value: full, `YYYY-MM`, `YYYY` or `--MM-DD`; null if nothing fits. */
export function formatDateValue(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (year !== null) {
    const y = String(year).padStart(4, '0');
    if (month === null) return y;
    if (day === null) return `${y}-${pad2(month)}`;
    return `${y}-${pad2(month)}-${pad2(day)}`;
  }
  if (month !== null && day !== null) return `--${pad2(month)}-${pad2(day)}`;
  return null;
}

/** True unless the value names a whole day with its year (`YYYY-MM-DD`). */
export function isPartial(value: string): boolean {
  return !FULL.test(value);
}

/** True when the day/month pair exists (Feb 29 only in leap years; with an unknown year, Feb 29 is allowed). */
export function isValidDate(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Adds `n` days (negative goes back). A full date stays full; a year-unknown
 * `--MM-DD` is shifted within a non-leap year and stays `--MM-DD` (wrapping over
 * the year end). Month or year values cannot be shifted by days: null.
 */
export function addDays(value: string, n: number): string | null {
  const p = parseDateValue(value);
  if (!p || p.month === null || p.day === null) return null;
  const year = p.year ?? NON_LEAP_YEAR;
  const d = new Date(Date.UTC(year, p.month - 1, p.day + n));
  if (p.year === null) return formatDateValue({ year: null, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return formatDateValue({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * Orders two date values by their first day (`2016` < `2016-01-02`, `2016-06` = `2016-06-01`
 * compares as equal first days, then the coarser one first). A year-unknown value is compared
 * by month and day only when both are year-unknown; against a dated value it sorts last.
 * Returns negative, zero or positive.
 */
export function compareDateValues(a: string, b: string): number {
  const pa = parseDateValue(a);
  const pb = parseDateValue(b);
  if (!pa || !pb) return (pa ? -1 : pb ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
  if ((pa.year === null) !== (pb.year === null)) return pa.year === null ? 1 : -1;
  const ka = [pa.year ?? 0, pa.month ?? 1, pa.day ?? 1];
  const kb = [pb.year ?? 0, pb.month ?? 1, pb.day ?? 1];
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  return precision(pa) - precision(pb);
}

function precision(p: DateParts): number {
  return p.day !== null ? 2 : p.month !== null ? 1 : 0;
}

/** The first day of a value's period: `2016` → `2016-01-01`, `2016-06` → `2016-06-01`; others unchanged. */
export function toFirstDay(value: string): string {
  const p = parseDateValue(value);
  if (!p || p.year === null) return value;
  return formatDateValue({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 })!;
}

/**
 * Two-digit years as wire copy writes them ("20 AUG 88"): 50–99 → 1950–1999,
 * 00–49 → 2000–2049. Four-digit years pass through.
 */
export function expandTwoDigitYear(year: number): number {
  if (year >= 100) return year;
  return year >= 50 ? 1900 + year : 2000 + year;
}

/**
 * The latest date with this month and day that is not after `published` (news reports the
 * past). `published` may be partial: with only a year, that year; with a month, the year is
 * chosen by the month. Returns the full year.
 */
export function yearNotAfter(month: number, day: number | null, published: DateParts): number {
  const y = published.year!;
  if (published.month === null) return y;
  if (month < published.month) return y;
  if (month > published.month) return y - 1;
  if (day === null || published.day === null) return y;
  return day <= published.day ? y : y - 1;
}
