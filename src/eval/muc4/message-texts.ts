/**
 * Parses the original MUC-3/4 message files: each message starts with its id line
 * (`DEV-MUC3-0001 (NOSC)`, `TST1-MUC3-0001`), then a dateline such as
 * `LIMA, 20 AUG 88 (EFE) --`, then the body.
 */
import { muc4CountryCode } from './country-codes.ts';

export interface Muc4Dateline {
  /** The dateline as printed, up to and including `--`. */
  raw: string;
  /** Reporting place: a city, `CLANDESTINE`, or `NO CITY`. */
  place: string;
  /** The country given in parentheses after the city (only outside the nine countries of interest). */
  country: string | null;
  countryCode: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is not given; null for `NO DATE`. */
  date: string | null;
  /** News agency or station, e.g. `EFE`, `RADIO VENCEREMOS`. */
  source: string | null;
}

export interface Muc4MessageText {
  id: string;
  /** What follows the id on its line, e.g. `NOSC`; null when nothing does. */
  origin: string | null;
  /** The message as printed after its id line (dateline included), trimmed. */
  text: string;
  dateline: Muc4Dateline | null;
}

export const MUC4_MESSAGE_ID = /^((?:DEV|TST\d)-MUC\d-\d{4})\b/;
const MESSAGE_HEADER = /^((?:DEV|TST\d)-MUC\d-\d{4})(?:[ \t]+\(([^)\n]*)\)?)?[ \t]*$/gm;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function parseDatelineDate(text: string): string | null {
  const dayFirst = /^(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?(?:\s+(\d{2}))?$/i.exec(text);
  const monthFirst = /^([A-Z]{3})[A-Z]*\.?\s+(\d{1,2})(?:\s+(\d{2}))?$/i.exec(text);
  const [day, monthName, year] = dayFirst
    ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]]
    : monthFirst
      ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]]
      : [null, null, undefined];
  const month = monthName === null ? 0 : MONTHS.indexOf(monthName.toUpperCase()) + 1;
  if (day === null || month === 0) return null;
  const monthDay = `${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year ? `19${year}-${monthDay}` : `--${monthDay}`;
}

/** Parses `PLACE [(COUNTRY)], DD MMM YY [(SOURCE)] --` at the start of a message body. */
export function parseDateline(body: string): Muc4Dateline | null {
  const end = body.indexOf('--');
  if (end === -1) return null;
  const raw = body.slice(0, end + 2).replace(/\s+/g, ' ').trim();
  const m = /^(.+?)(?:\s*\(([^()]+)\))?\s*,\s*(.*?)\s*(?:[[(](.*)[)\]])?\s*--$/.exec(raw);
  if (!m) return null;
  const country = m[2]?.trim() ?? null;
  return {
    raw,
    place: m[1]!.trim(),
    country,
    countryCode: country === null ? null : muc4CountryCode(country),
    date: parseDatelineDate(m[3]!.trim()),
    source: m[4]?.trim() || null,
  };
}

/** Splits a message file into messages, in file order. */
export function parseMessageTexts(file: string): Muc4MessageText[] {
  const text = file.replace(/\r\n?/g, '\n');
  const headers = [...text.matchAll(MESSAGE_HEADER)];
  return headers.map((header, i) => {
    const start = header.index + header[0].length;
    const end = i + 1 < headers.length ? headers[i + 1]!.index : text.length;
    const body = text.slice(start, end).trim();
    return { id: header[1]!, origin: header[2]?.trim() || null, text: body, dateline: parseDateline(body) };
  });
}
