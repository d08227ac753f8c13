/**
 * Sentence boundaries in an analysis text (see normalize-text.ts). Works on mixed-case and on
 * caseless text: a boundary is sentence-final punctuation (optionally followed by a closing
 * quote or bracket) and a space, unless the word before is a known abbreviation or an initial;
 * paragraph breaks always end a sentence.
 */
import type { Span } from '../core/types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'sr', 'jr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'km', 'fig',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'al', 'msgr', 'gral', 'cnel', 'ing', 'lic', 'sra', 'sr', 'pres',
]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  const n = text.length;
  for (let i = start; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      // paragraph break "\n\n"
      if (i > start) spans.push(trimSpan(text, start, i));
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
    let end = i + 1;
    while (end < n && /["')\]]/.test(text[end]!)) end++;
    if (end < n && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 10) continue;
    if (ch === 46 && isAbbreviationBefore(text, i)) continue;
    // A following lower-case word after "." in mixed-case text usually means no boundary ("approx. five"),
    // but caseless text has no such cue, so only digits block a boundary there.
    const next = skipSpace(text, end);
    if (next < n && ch === 46 && /[0-9]/.test(text[next]!) && /[0-9]/.test(text[i - 1] ?? '')) continue;
    spans.push(trimSpan(text, start, end));
    start = next;
    i = next - 1;
  }
  if (start < n) {
    const span = trimSpan(text, start, n);
    if (span.end > span.start) spans.push(span);
  }
  return spans.filter((s) => s.end > s.start);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 10)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 10)) end--;
  return { start, end };
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let j = dot - 1;
  while (j >= 0 && /[A-Za-z.]/.test(text[j]!)) j--;
  const word = text.slice(j + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return true; // initials: "J. Smith", "U."
  return ABBREVIATIONS.has(word);
}
