/**
 * Cardinal quantities in an analysis text: digits ("1,000", "1.5 million"), number words
 * ("twenty-one", "one hundred and five", "a dozen"), vague phrases ("dozens", see
 * vague-quantities.ts), qualifiers ("at least nine", "50 or more") and ranges ("15-20",
 * "between 10 and 12"). Ordinals, clock times, years, days of a date and labels ("no. 4",
 * "M-16") are not quantities. Works on lower-case and mixed-case text; one pass over tokens.
 */
import type { FigureQualifier } from '../../core/types.ts';
import { FULL_MONTH_WORDS, LABEL_WORDS, MONTH_WORDS, SCALES, TENS, TIME_WORDS, UNITS, YEAR_CONTEXT } from './number-words.ts';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, type QualifierPhrase } from './quantity-qualifiers.ts';
import { VAGUE_QUANTITIES } from './vague-quantities.ts';

export interface Quantity {
  start: number;
  end: number;
  /** The stated number; for a range its lower end. */
  value: number;
  low: number;
  /** Upper bound, or null when open ("at least nine", "dozens"). */
  high: number | null;
  qualifier: FigureQualifier;
  /** A conventional figure for a vague phrase ("dozens" → 12). */
  vague: boolean;
  derived: false;
  /** "one" that may be a pronoun rather than a count ("one of the men", "the one who"). */
  pronoun: boolean;
}

interface Tok {
  s: number;
  e: number;
  /** Lower-cased text. */
  w: string;
  digits: boolean;
}

const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]/g;
const AM_PM_AFTER = / ?[ap]\.m\.?/iy;
const LIST_MARKER_BEFORE = /(?:^|[.:;!?]\s+|\s{2,}|\n\s*)$/;
const CLOCK_BEFORE = new Set(['at', 'around', 'about', 'until', 'since', 'by', 'before', 'after', 'from', 'to', 'between']);
const CLOCK_AFTER = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'on', 'this', 'last', 'hours', 'hrs', 'local', 'and', 'in', 'gmt']);
const HYPHENS = new Set(['-', '–', '—']);
const PRONOUN_ONE_BEFORE = new Set(['the', 'any', 'every', 'each', 'this', 'that', 'which', 'only', 'last', 'another', 'someone']);
const PRONOUN_ONE_AFTER = new Set(['of', 'who', 'that', 'which', 'day', 'night', 'morning', 'time', 'way', 'thing', 'side', 'hand']);

const byLengthDesc = <T extends { words: readonly string[] }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => b.words.length - a.words.length);
const PREFIXES = byLengthDesc(PREFIX_QUALIFIERS);
const SUFFIXES = byLengthDesc(SUFFIX_QUALIFIERS);
const VAGUES = byLengthDesc(VAGUE_QUANTITIES);

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const c = m[0].charCodeAt(0);
    toks.push({ s: m.index, e: m.index + m[0].length, w: m[0].toLowerCase(), digits: c >= 48 && c <= 57 });
  }
  return toks;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  digits: boolean;
  /** The scale word that ended it ("million"), for sharing across a range. */
  scale: number;
  /** The number is the single word "one". */
  one: boolean;
}

/** Reads a number (digits with an optional scale word, or number words) starting at token i. */
function readNumber(toks: Tok[], i: number, text: string): NumberRead | null {
  const t = toks[i];
  if (!t) return null;
  if (t.digits) {
    const value = Number(t.w.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
    const sc = toks[i + 1] && SCALES[toks[i + 1]!.w];
    if (sc && toks[i + 1]!.s === t.e + 1) return { value: value * sc, next: i + 2, digits: true, scale: sc, one: false };
    return { value, next: i + 1, digits: true, scale: 1, one: false };
  }
  let j = i;
  let total = 0;
  let cur = 0;
  let last: 'start' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and' | 'dozen' = 'start';
  let scale = 1;
  if ((t.w === 'a' || t.w === 'an') && toks[i + 1]) {
    const n = toks[i + 1]!.w;
    if (n === 'hundred' || n === 'thousand' || n === 'million' || n === 'billion' || n === 'dozen') {
      cur = 1;
      last = 'a';
      j = i + 1;
    } else return null;
  }
  for (; j < toks.length; j++) {
    const w = toks[j]!.w;
    const u = UNITS[w];
    const tn = TENS[w];
    if (u !== undefined && (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and' || (last === 'tens' && u > 0 && u < 10))) {
      cur += u;
      last = 'unit';
    } else if (tn !== undefined && (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and')) {
      cur += tn;
      last = 'tens';
      const h = toks[j + 1];
      const v = toks[j + 2];
      if (h && v && HYPHENS.has(h.w) && h.s === toks[j]!.e && v.s === h.e && UNITS[v.w] !== undefined && UNITS[v.w]! > 0 && UNITS[v.w]! < 10) {
        cur += UNITS[v.w]!;
        last = 'unit';
        j += 2;
      }
    } else if (w === 'hundred' && (last === 'unit' || last === 'tens' || last === 'a') && cur < 100) {
      cur = (cur || 1) * 100;
      last = 'hundred';
      scale = 100;
    } else if ((w === 'thousand' || w === 'million' || w === 'billion') && (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'a')) {
      scale = SCALES[w]!;
      total += (cur || 1) * scale;
      cur = 0;
      last = 'scale';
    } else if (w === 'dozen' && (last === 'unit' || last === 'a')) {
      cur *= 12;
      last = 'dozen';
      j++;
      break;
    } else if (w === 'and' && (last === 'hundred' || last === 'scale')) {
      const n = toks[j + 1]?.w ?? '';
      if (UNITS[n] === undefined && TENS[n] === undefined) break;
      last = 'and';
    } else break;
  }
  if (last === 'start' || last === 'a') return null;
  const one = j === i + 1 && t.w === 'one';
  return { value: total + cur, next: j, digits: false, scale, one };
}

function matchPhraseBefore(toks: Tok[], i: number, phrases: readonly QualifierPhrase[]): QualifierPhrase | null {
  for (const p of phrases) {
    const n = p.words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (toks[i - n + k]!.w !== p.words[k]) { ok = false; break; }
    if (ok) return p;
  }
  return null;
}

function matchPhraseAt(toks: Tok[], i: number, phrases: readonly { words: readonly string[] }[]): number {
  for (let p = 0; p < phrases.length; p++) {
    const words = phrases[p]!.words;
    let ok = i + words.length <= toks.length;
    for (let k = 0; ok && k < words.length; k++) if (toks[i + k]!.w !== words[k]) ok = false;
    if (ok) return p;
  }
  return -1;
}

/**
 * The previous token, skipping the "." of an abbreviation ("feb. 3", "no. 4"). A "." after a
 * word that is never abbreviated (a full month name: "on 5 june. two officers") ends a
 * sentence and is returned itself.
 */
function prevWord(toks: Tok[], i: number): Tok | undefined {
  const p = toks[i - 1];
  if (!p || p.w !== '.') return p;
  const q = toks[i - 2];
  return q && FULL_MONTH_WORDS.has(q.w) ? p : q;
}

/** Why a number read at i..next is not a quantity, or null when it is one. */
function excluded(toks: Tok[], i: number, r: NumberRead, text: string, qualified: boolean): boolean {
  const t = toks[i]!;
  const lastTok = toks[r.next - 1]!;
  const after = text[lastTok.e];
  const before = text[t.s - 1];
  // Attached to letters: ordinals (9th, 3d), decades (1990s), units of a label (M-16, AK-47).
  if (isLetter(after) || isLetter(before)) return true;
  if (before === '-' && isLetter(text[t.s - 2])) return true;
  if (before === '#' || before === '/' || after === '/') return true;
  if ((after === '-' || after === '–') && isLetter(text[lastTok.e + 1])) return true; // "15-year-old", "five-member"
  if (t.digits) {
    // List markers: "2. if the government ..." at a sentence or paragraph start.
    if ((after === '.' || after === ')') && text[lastTok.e + 1] === ' ' && LIST_MARKER_BEFORE.test(text.slice(Math.max(0, t.s - 3), t.s))) return true;
    if ((after === ':' || after === '.') && isDigit(text[lastTok.e + 1])) return true; // 7:50, 1.2.3
    if (before === ':' && isDigit(text[t.s - 2])) return true;
    if (before === '.' && isDigit(text[t.s - 2])) return true;
    if (r.scale === 1 && /^\d{4}$/.test(t.w)) {
      const v = Number(t.w);
      if (t.w[0] === '0') return true; // 0530: clock time
      const pw = prevWord(toks, i)?.w;
      if (v % 100 < 60 && v <= 2400 && pw !== undefined && CLOCK_BEFORE.has(pw)) {
        const nw = toks[i + 1]?.w;
        if (pw === 'at' || nw === undefined || !/[a-z]/.test(nw[0]!) || CLOCK_AFTER.has(nw)) return true;
      }
      if (!qualified && v >= 1900 && v <= 2099) {
        const nt = toks[i + 1];
        if (pw === undefined || YEAR_CONTEXT.has(pw) || MONTH_WORDS.has(pw) || !/[a-z0-9]/.test(pw[0]!)) return true;
        if (!nt || !/[a-z0-9]/.test(nt.w[0]!)) return true;
      }
    }
  }
  const next = toks[r.next];
  if (next) {
    if (TIME_WORDS.has(next.w) || (t.digits && /^\d{4}$/.test(t.w) && (next.w === 'hours' || next.w === 'hour'))) return true;
    AM_PM_AFTER.lastIndex = lastTok.e;
    if (AM_PM_AFTER.test(text)) return true;
    if (MONTH_WORDS.has(next.w) && !(next.w === 'may' && !t.digits)) return true;
    if (next.w === 'of' && toks[r.next + 1] && MONTH_WORDS.has(toks[r.next + 1]!.w)) return true;
  }
  const pt = prevWord(toks, i);
  if (pt && (MONTH_WORDS.has(pt.w) && pt.w !== 'may')) return true;
  if (pt && pt.w === 'may' && t.digits && toks[i - 1]?.w !== '.') {
    const pp = toks[i - 2]?.w;
    if (pp === 'of' || pp === 'on' || pp === 'since' || pp === 'until' || pp === 'in' || pp === 'by' || pp === 'from') return true;
  }
  if (pt && LABEL_WORDS.has(pt.w) && !qualified) return true;
  if (r.one && !t.digits) {
    if (pt?.w === 'no' || next?.w === 'another') return true;
  }
  return false;
}

/** All quantities in `text`, in text order, with offsets into `text`. */
export function findQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // Vague phrases.
    const c0 = t.w.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) {
      const v = matchPhraseAt(toks, i, VAGUES);
      if (v >= 0) {
        const vq = VAGUES[v]!;
        let endTok = i + vq.words.length - 1;
        if (toks[endTok]!.w === 'of') endTok--;
        const pre = matchPhraseBefore(toks, i, PREFIXES);
        const start = pre ? toks[i - pre.words.length]!.s : t.s;
        out.push({ start, end: toks[endTok]!.e, value: vq.value, low: vq.value, high: null, qualifier: 'at_least', vague: true, derived: false, pronoun: false });
        i += vq.words.length;
        continue;
      }
    }
    const r = readNumber(toks, i, text);
    if (!r) { i++; continue; }
    const pre = matchPhraseBefore(toks, i, PREFIXES);
    const between = toks[i - 1]?.w === 'between';
    const from = toks[i - 1]?.w === 'from';
    if (excluded(toks, i, r, text, pre !== null)) { i = r.next; continue; }
    let start = pre ? toks[i - pre.words.length]!.s : t.s;
    let end = toks[r.next - 1]!.e;
    let next = r.next;
    let value = r.value;
    let low = value;
    let high: number | null = value;
    let qualifier: FigureQualifier = 'exact';
    // Range: "15-20", "300 to 1,000", "between 10 and 12", "10 or 12".
    const conn = toks[next];
    if (conn && (HYPHENS.has(conn.w) || conn.w === 'to' || conn.w === 'or' || (between && conn.w === 'and'))) {
      const r2 = readNumber(toks, next + 1, text);
      if (r2 && !excluded(toks, next + 1, r2, text, true)) {
        let a = value;
        if (r2.scale > 1 && r.scale === 1 && a * r2.scale <= r2.value) a *= r2.scale;
        if (r2.value > a && (conn.w !== 'or' || r2.value <= a * 10)) {
          value = a;
          low = a;
          high = r2.value;
          qualifier = 'range';
          next = r2.next;
          end = toks[next - 1]!.e;
          if (between || from) start = toks[i - 1]!.s;
        }
      }
    }
    if (qualifier !== 'range') {
      const suf = matchPhraseAt(toks, next, SUFFIXES);
      if (suf >= 0) {
        qualifier = SUFFIXES[suf]!.qualifier;
        next += SUFFIXES[suf]!.words.length;
        end = toks[next - 1]!.e;
      } else if (pre) qualifier = pre.qualifier;
      if (qualifier === 'at_least' || qualifier === 'more_than') high = null;
      else if (qualifier === 'at_most' || qualifier === 'up_to') low = 0;
    }
    let pronoun = false;
    if (r.one) {
      const pw = toks[i - 1]?.w;
      const nw = toks[r.next]?.w;
      pronoun = (pw !== undefined && PRONOUN_ONE_BEFORE.has(pw)) || (nw !== undefined && PRONOUN_ONE_AFTER.has(nw));
    }
    out.push({ start, end, value, low, high, qualifier, vague: false, derived: false, pronoun });
    i = next;
  }
  return out;
}
