/**
 * Wire-copy datelines at the start of a text: "LIMA, 20 AUG 88 (EFE) --",
 * "SAN SALVADOR, 12 APR 89 (RADIO CADENA NACIONAL) -- [TEXT]", "ALMATY, June 5 (Reuters) -",
 * "ALMATY, Kazakhstan (AP) —", "WASHINGTON (Reuters) -", "PERTH (AUSTRALIA), JUNE 11 89 (AFP) --",
 * MUC-4 lower-case "lima, 20 aug 88 (efe) --", bare "pasto -- " and modern "OUAGADOUGOU — " (an
 * all-capitals place before any dash, or a colon as in "PESHAWAR: Three policemen", and a
 * capitalised word). Document-id lines such as
 * "DEV-MUC3-0001 (NOSC)" before it are skipped. The dateline must start within the first
 * 300 characters.
 *
 * Dates: two-digit years by `expandTwoDigitYear` (50–99 → 19xx, 00–49 → 20xx); no year →
 * `--MM-DD`; "NO DATE" → null. "NO CITY (PERU)" gives the place "PERU"; "NO CITY" alone is no
 * dateline.
 */
import { MONTHS } from '../dates/date-patterns.ts';
import { expandTwoDigitYear, formatDateValue, isValidDate } from '../dates/resolve-date.ts';
import { NEWS_AGENCIES } from './news-agencies.ts';

export interface Dateline {
  place: string;
  placeSpan: { start: number; end: number };
  /** `YYYY-MM-DD`, `--MM-DD` (no year in the dateline) or null. */
  date: string | null;
  outlet: string | null;
  /** Country or region given beside the place ("PERU" in "LIMA (PERU)", "Kazakhstan" in "ALMATY, Kazakhstan"). */
  region: string | null;
  /** The whole dateline, through its dash. */
  span: { start: number; end: number };
}

const WINDOW = 300;
const HEADER_LINE = /[ \t]*(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?:[ \t]+\([^)\n]*\))?)?[ \t]*(?:\r?\n|$)/y;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const PLACE = "[A-Za-z][A-Za-z.'’\\-]*(?: [A-Za-z][A-Za-z.'’\\-]*){0,4}";
const DATELINE = new RegExp(
  `[ \\t]*(?<place>${PLACE})` +
    `(?: ?\\((?<paren>[^()\\n]{2,40})\\))?` +
    `(?:, ?(?<region>${PLACE}))??` +
    `(?:, ?(?<date>(?<d1>\\d{1,2}) (?<m1>${MONTH})\\.?,? ?(?<y1>\\d{4}|\\d{2})?|(?<m2>${MONTH})\\.? (?<d2>\\d{1,2})(?:,? (?<y2>\\d{4}|\\d{2}))?|no date))?` +
    `\\s*(?:[(\\[](?<outlet>(?:[^()\\[\\]\\n]|\\[[^\\]\\n]*\\]){1,60})\\))?` +
    `\\s*(?<dash>--|—|–|-|:)(?=\\s|$)`,
  'iy',
);
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'au', 'of', 'da', 'do', 'dos', 'des', 'du', 'le', 'al', 'y']);
const NOT_PLACE_START = /^(?:the|a|an|this|that|these|those|in|on|at|according|two|three|four|five|six|seven|eight|nine|ten|we|our|i|he|she|they|it|you|but|and|however|meanwhile|attention|today|yesterday|january|february|march|april|june|july|august|september|october|november|december)\b/i;
/** All-capitals labels of news copy that are not places ("UPDATE: ...", "BREAKING — ..."). */
const COPY_LABELS = /^(?:BREAKING(?: NEWS)?|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT|NOTE|CORRECTION|FACTBOX|EXPLAINER|REVIEW|INTERVIEW|PHOTOS|VIDEO|NEW|URGENT|FLASH|ALERT|SUMMARY|EDITOR'S NOTE)$/;
const MONTH_WORD = new RegExp(`^${MONTH}\\.?$`, 'i');

function isCapitalised(place: string): boolean {
  if (place === place.toUpperCase()) return true;
  return place.split(' ').every((w) => PARTICLES.has(w) || /^[A-Z]/.test(w));
}

function dateValue(g: Record<string, string | undefined>): string | null {
  if (!g.date || /^no date$/i.test(g.date)) return null;
  const mon = MONTHS[(g.m1 ?? g.m2)!.toLowerCase()]!;
  const day = Number(g.d1 ?? g.d2);
  const y = g.y1 ?? g.y2;
  const year = y === undefined ? null : expandTwoDigitYear(Number(y));
  if (!isValidDate(year, mon, day)) return null;
  return formatDateValue({ year, month: mon, day });
}

/** The dateline at the start of `text`, or null. Offsets index `text`. */
export function parseDateline(text: string): Dateline | null {
  let pos = 0;
  for (;;) {
    if (pos >= text.length || pos > WINDOW) return null;
    HEADER_LINE.lastIndex = pos;
    const h = HEADER_LINE.exec(text);
    if (!h || h[0].length === 0) break;
    // A header line holds an id (letters-digits with hyphens) or nothing.
    pos += h[0].length;
  }
  DATELINE.lastIndex = pos;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const leading = m[0].length - m[0].trimStart().length;
  const start = pos + leading;
  let place = g.place!;
  let placeStart = start;
  let paren = g.paren ?? null;
  let outlet = g.outlet?.trim() ?? null;
  const region = g.region ?? null;
  const dash = g.dash!;
  const lowerText = text.slice(0, Math.min(text.length, pos + WINDOW)) === text.slice(0, Math.min(text.length, pos + WINDOW)).toLowerCase();
  if (NOT_PLACE_START.test(place) || /\d/.test(place)) return null;
  if (!lowerText && !isCapitalised(place)) return null;
  if (region && (NOT_PLACE_START.test(region) || MONTH_WORD.test(region) || (!lowerText && !isCapitalised(region)))) return null;
  // A lone parenthetical before the dash is the outlet when it names an agency or the dash is wire style.
  if (paren && !outlet && !region && !g.date && (NEWS_AGENCIES.has(paren.toLowerCase()) || dash !== '--')) {
    outlet = paren.trim();
    paren = null;
  }
  if (!g.date && !outlet) {
    // Bare "PASTO -- ": a short capitalised (or lower-case text) place, a double dash.
    // Modern copy: "OUAGADOUGOU — Dozens of gunmen": an all-capitals place in mixed-case text, any dash.
    const capitalsLead = !lowerText && place === place.toUpperCase() && /[A-Z]{3}/.test(place) && !COPY_LABELS.test(place) &&
      /^\s*[A-Z"]/.test(text.slice(pos + m[0].length));
    if (((dash === '-' || dash === '–' || dash === '—' || dash === ':') && !capitalsLead) || region) return null;
    if (place.split(' ').length > 3 || (!lowerText && place !== place.toUpperCase())) return null;
  } else if (dash === ':') return null;
  if (/^no city$/i.test(place)) {
    if (!paren) return null;
    placeStart = text.indexOf(paren, start);
    place = paren;
  }
  return {
    place,
    placeSpan: { start: placeStart, end: placeStart + place.length },
    date: dateValue(g),
    outlet,
    region: place === paren ? null : (paren ?? region),
    span: { start, end: pos + m[0].length },
  };
}

/**
 * The dateline at the start of `text`, or at the start of its second paragraph when the first is
 * a headline (one short line without a full stop: "Mali: roadside bomb hits army convoy near
 * Boni\n\nBAMAKO, Feb 7 (Sahel Wire) - ..."). Offsets index `text`.
 */
export function parseLeadDateline(text: string): Dateline | null {
  const first = parseDateline(text);
  if (first) return first;
  const m = /^[ \t]*([^\n]{3,150})\n\s*\n/.exec(text);
  if (!m || /[.!?]["')\]]?\s*$/.test(m[1]!)) return null;
  const at = m[0].length;
  const d = parseDateline(text.slice(at));
  if (!d) return null;
  const shift = (x: { start: number; end: number }) => ({ start: x.start + at, end: x.end + at });
  return { ...d, placeSpan: shift(d.placeSpan), span: shift(d.span) };
}
