/**
 * Sentence boundaries in an analysis text (see normalize-text.ts). Works on mixed-case and on
 * caseless text: a boundary is sentence-final punctuation (optionally followed by a closing
 * quote or bracket) and a space, unless the word before is a known abbreviation or an initial;
 * paragraph breaks always end a sentence. Capitals add and remove boundaries only where the
 * text has them: an abbreviation that can end a sentence ("the U.S.", "9 a.m.") ends one
 * before a capitalised sentence start, and a lower-case word after a quoted question or
 * exclamation ('"Is it over?" he asked') continues the sentence.
 */
import type { Span } from '../core/types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'sr', 'jr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'km', 'fig',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'al', 'msgr', 'gral', 'cnel', 'ing', 'lic', 'sra', 'sr', 'pres',
]);

/** Abbreviations that can end a sentence, before a capitalised closed-class word ("to the U.S. He returned"). */
const FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr']);
/** Clock abbreviations, which end a sentence before any capitalised word but a day, month or zone. */
const TIME_ABBREVIATIONS = new Set(['a.m', 'p.m']);
const SENTENCE_STARTERS = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'his',
  'her', 'its', 'their', 'our', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'during', 'since', 'as', 'if', 'no', 'some', 'many', 'most', 'all', 'both', 'one', 'two', 'three', 'officials',
  'police', 'witnesses', 'later', 'earlier', 'meanwhile', 'however', 'then',
]);
const NOT_AFTER_TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gmt', 'utc', 'local', 'est', 'edt', 'cet', 'et',
]);

/** The capitalised (not all-capitals) word at `i`, lower-cased, or null. */
function capitalisedWordAt(text: string, i: number): string | null {
  const m = /^[A-Z][a-z]*/.exec(text.slice(i, i + 40));
  if (!m || (m[0].length === 1 && /[A-Za-z]/.test(text[i + 1] ?? ''))) return null;
  return m[0].toLowerCase();
}

/** A sentence-final abbreviation before a capitalised sentence start ("the U.S. He returned"). */
function abbreviationEndsSentence(text: string, dot: number, next: number): boolean {
  const word = capitalisedWordAt(text, next);
  if (word === null) return false;
  const abbr = wordBefore(text, dot);
  if (TIME_ABBREVIATIONS.has(abbr)) return !NOT_AFTER_TIME.has(word);
  return FINAL_ABBREVIATIONS.has(abbr) && SENTENCE_STARTERS.has(word);
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const mixedCase = /[a-z]/.test(text) && /[A-Z]/.test(text);
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
    const next = skipSpace(text, end);
    if (ch === 46 && isAbbreviationBefore(text, i) && !(mixedCase && abbreviationEndsSentence(text, i, next))) continue;
    // A lower-case word after a quoted question or exclamation continues the sentence ('"Is it over?" he asked'),
    // where the text has capitals to tell.
    if (ch !== 46 && mixedCase && end > i + 1 && /["']/.test(text.slice(i + 1, end)) && next < n && /[a-z]/.test(text[next]!)) continue;
    // A following lower-case word after "." in mixed-case text usually means no boundary ("approx. five"),
    // but caseless text has no such cue, so only digits block a boundary there.
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

/** The letters and dots before the full stop at `dot`, lower-cased ("u.s" for "U.S."). */
function wordBefore(text: string, dot: number): string {
  let j = dot - 1;
  while (j >= 0 && /[A-Za-z.]/.test(text[j]!)) j--;
  return text.slice(j + 1, dot).toLowerCase();
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return true; // initials: "J. Smith", "U."
  return ABBREVIATIONS.has(word);
}
