/**
 * Parsers for single fills of the 1992 MUC-3/4 answer keys: string and set fills with
 * alternatives ("A" / "B"), optional fills (leading "?"), cross-references (`DEATH: "X"`),
 * incident dates and incident locations.
 */
import { muc4CountryCode } from './country-codes.ts';

/** One fill line: its alternative values, the alternatives of the string it refers to, and whether it is optional. */
export interface KeyFill {
  optional: boolean;
  values: string[];
  ref: string[];
}

/** A date interval; `from` null means "on or before `to`". Dates are YYYY-MM-DD. */
export interface DateRange {
  from: string | null;
  to: string;
}

export interface KeyDate {
  raw: string;
  optional: boolean;
  /** Alternative readings (the key's "/"); any one is correct. */
  alternatives: DateRange[];
}

export interface KeyPlace {
  name: string;
  /** Location types in the key's parentheses: CITY, DEPARTMENT, NEIGHBORHOOD… */
  kinds: string[];
}

export interface KeyLocationReading {
  country: string;
  countryCode: string | null;
  /** Places in order of increasing specificity; a "between A and B" level gives two places. */
  places: KeyPlace[];
  /** The least specific settlement (CITY, TOWN, VILLAGE…) named, or null. */
  city: string | null;
  /** Every settlement named. */
  settlements: string[];
}

export interface KeyLocation {
  raw: string;
  optional: boolean;
  alternatives: KeyLocationReading[];
}

const SETTLEMENT_KINDS = new Set(['CITY', 'CAPITAL', 'TOWN', 'VILLAGE', 'HAMLET', 'TOWNSHIP']);
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Splits on `separator` where it is outside parentheses and quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quoted) {
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function stripWrappingParens(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && splitTopLevel(t.slice(1, -1), '/').join('') !== '' && balanced(t.slice(1, -1))) {
    t = t.slice(1, -1).trim();
  }
  return t;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Reads `"a" / "b"` (backslash escapes inside quotes); returns the strings and the rest of the text. */
function readQuotedList(text: string): { strings: string[]; rest: string } {
  const strings: string[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && /[\s/?]/.test(text[i]!)) i++;
    if (text[i] !== '"') break;
    let value = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < text.length) i++;
      value += text[i];
      i++;
    }
    i++;
    strings.push(value);
    const save = i;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '/') {
      i = save;
      break;
    }
  }
  return { strings, rest: text.slice(i).trim() };
}

/** Parses one fill line. Null fills (`-`) and inapplicable ones (`*`) give null. */
export function parseFill(line: string): KeyFill | null {
  let text = line.trim();
  const optional = text.startsWith('?');
  if (optional) text = text.slice(1).trim();
  if (text === '' || text === '-' || text === '*') return null;
  if (text.startsWith('"')) {
    const { strings, rest } = readQuotedList(text);
    const ref = rest.startsWith(':') ? readQuotedList(rest.slice(1)).strings : [];
    return { optional, values: strings, ref };
  }
  const colon = text.search(/:\s*"/);
  const valuePart = colon === -1 ? text : text.slice(0, colon);
  const ref = colon === -1 ? [] : readQuotedList(text.slice(colon + 1)).strings;
  const values = splitTopLevel(valuePart, '/').map((v) => v.replace(/^\?\s*/, ''));
  return { optional, values, ref };
}

function twoDigitYear(yy: string): number {
  const n = Number(yy);
  return yy.length === 4 ? n : 1900 + n;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `19 APR 89`, `APR 89` (the whole month), `03 MARCH 90`, `11 NOV` (year from `fallbackYear`;
 * null without one) → a range. A day past the month's end is clamped to its last day.
 */
function parseDatePoint(text: string, fallbackYear: number | null): DateRange | null {
  const m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?(?:\s+(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toUpperCase()) + 1;
  if (month === 0) return null;
  const year = m[3] ? twoDigitYear(m[3]) : fallbackYear;
  if (year === null) return null;
  if (m[1] === undefined) return { from: isoDate(year, month, 1), to: isoDate(year, month, lastDay(year, month)) };
  const day = Math.min(Number(m[1]), lastDay(year, month)); // the keys hold a few "31 NOV"
  if (day < 1) return null;
  const iso = isoDate(year, month, day);
  return { from: iso, to: iso };
}

/** Parses an INCIDENT: DATE fill; null for `-`, `*` or nothing readable. */
export function parseKeyDate(raw: string, fallbackYear: number | null = null): KeyDate | null {
  let text = raw.trim();
  const optional = text.startsWith('?');
  if (optional) text = text.slice(1).trim();
  if (text === '' || text === '-' || text === '*') return null;
  const alternatives: DateRange[] = [];
  for (const alternative of splitTopLevel(text, '/').map(stripWrappingParens)) {
    const t = alternative.replace(/^\?\s*/, '');
    if (t.startsWith('-')) {
      const end = parseDatePoint(t.slice(1), fallbackYear);
      if (end) alternatives.push({ from: null, to: end.to });
      continue;
    }
    const ends = t.split(/\s+-\s+/);
    if (ends.length === 2) {
      const a = parseDatePoint(ends[0]!, fallbackYear);
      const b = parseDatePoint(ends[1]!, fallbackYear);
      if (a && b) alternatives.push({ from: a.from, to: b.to });
      continue;
    }
    const point = parseDatePoint(t, fallbackYear);
    if (point) alternatives.push(point);
  }
  return alternatives.length === 0 ? null : { raw: raw.trim(), optional, alternatives };
}

function parsePlace(text: string): KeyPlace {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  if (!m) return { name: text.trim(), kinds: [] };
  return { name: m[1]!.trim(), kinds: m[2]!.split('/').map((kind) => kind.trim()).filter(Boolean) };
}

/** Parses an INCIDENT: LOCATION fill (`PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)`, alternatives by `/`). */
export function parseKeyLocation(raw: string): KeyLocation | null {
  let text = raw.trim();
  const optional = text.startsWith('?');
  if (optional) text = text.slice(1).trim();
  if (text === '' || text === '-' || text === '*') return null;
  const alternatives: KeyLocationReading[] = [];
  for (const alternative of splitTopLevel(text, '/').map(stripWrappingParens)) {
    const levels = splitTopLevel(alternative.replace(/^\?\s*/, ''), ':');
    const country = parsePlace(levels[0] ?? '').name;
    if (country === '') continue;
    const places = levels.slice(1).flatMap((level) => splitTopLevel(level, ' - ').map(parsePlace));
    const settlements = places.filter((p) => p.kinds.some((kind) => SETTLEMENT_KINDS.has(kind))).map((p) => p.name);
    alternatives.push({ country, countryCode: muc4CountryCode(country), places, city: settlements[0] ?? null, settlements });
  }
  return alternatives.length === 0 ? null : { raw: raw.trim(), optional, alternatives };
}
