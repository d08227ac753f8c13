/**
 * Publication dates to `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Accepts those forms, ISO 8601
 * timestamps (the calendar date as written, not shifted to UTC), RFC 822 dates from feeds
 * (`Sun, 05 Jun 2016 10:00:00 +0600`), PDF dates (`D:20160605...`), compact `20160605`,
 * `2016/06/05`, and month-name forms (`5 June 2016`, `June 5, 2016`, `June 2016`).
 * Anything else, or an impossible date, gives null.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [string, string?, string?]]> = [
  // ISO date or timestamp, `2016/06/05`, `2016.06.05`; partial `2016-06`, `2016`.
  [/^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?$/, (m) => [m[1]!, m[2], m[3]]],
  // Compact `20160605` and PDF `D:20160605101500+06'00'`.
  [/^(?:D:)?(\d{4})(\d{2})(\d{2})(?:\d{0,6}.*)?$/, (m) => [m[1]!, m[2], m[3]]],
  [/^(?:D:)(\d{4})(\d{2})?$/, (m) => [m[1]!, m[2]]],
  // RFC 822 / 2822 and `5 June 2016`, optionally with a weekday and a time.
  [new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{2}|\\d{4})\\b.*$`, 'i'), (m) => [m[3]!, m[2], m[1]]],
  // `June 5, 2016`, `Sunday, June 5th 2016 10:00`.
  [new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*$`, 'i'), (m) => [m[3]!, m[1], m[2]]],
  // `June 2016`.
  [new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`, 'i'), (m) => [m[2]!, m[1]]],
];

export function normalizePublished(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  for (const [pattern, pick] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = pick(match);
    return build(year, month, day);
  }
  return null;
}

function build(yearText: string, monthText?: string, dayText?: string): string | null {
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const yyyy = String(year);
  if (monthText === undefined) return yyyy;
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase().replace(/\.$/, '').slice(0, 3)];
  if (month === undefined || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (dayText === undefined) return `${yyyy}-${mm}`;
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}
