/**
 * Counts the people in a list of noun phrases that starts at `start`, as after "killing":
 * "a vendor, a security guard and a visitor" → 3, "two policemen and a civilian" → 3,
 * "a woman and her child" → 2. The count is derived (not stated in the text): a figure
 * built from it must carry `derived: true`.
 *
 * Each item opens with a determiner ("a", "the", "her", "another") or a number, then up to
 * six words ("of" may join phrases: "a member of the national guard"). The list ends at a
 * clause boundary (", then", ";", ".", "who", "which", a preposition or a verb) or at a
 * separator that is not followed by a new item. Returns null when nothing countable starts
 * at `start`, or when an item cannot be counted ("the guards", "several soldiers").
 */
import { findQuantities } from './find-quantities.ts';

export interface EnumerationCount {
  count: number;
  /** End offset (exclusive) of the last counted item. */
  end: number;
  /** Number of noun phrases in the list. */
  items: number;
  /** False when an item's number was qualified ("at least two policemen and a civilian"). */
  exact: boolean;
}

const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:-[A-Za-z]+)+|\d+(?:,\d{3})*(?:\.\d+)?|[^\sA-Za-z\d]/y;
const WINDOW = 400;
const MAX_ITEM_WORDS = 6;

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'each']);
/** Words that end an item and the list: relative pronouns, prepositions, auxiliaries, common verbs. */
const STOP = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'then', 'when', 'while', 'as', 'where', 'because', 'but', 'or', 'nor',
  'in', 'at', 'on', 'near', 'during', 'with', 'without', 'after', 'before', 'by', 'for', 'from', 'to', 'into', 'inside',
  'outside', 'across', 'along', 'through', 'since', 'until', 'under', 'over', 'against', 'among', 'between',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'said', 'says', 'according', 'reported',
  'and', 'wounding', 'injuring', 'killing', 'leaving', 'kidnapping', 'abducting', 'wounded', 'injured', 'killed',
  'fled', 'escaped', 'died', 'yesterday', 'today', 'tonight', 'last', 'early', 'late',
]);
const NOT_PLURAL_ENDINGS = /(?:ss|us|is|ous|ics)$/;

interface W { s: number; e: number; w: string }

function words(text: string, start: number): W[] {
  const out: W[] = [];
  const limit = Math.min(text.length, start + WINDOW);
  let i = start;
  while (i < limit) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) { i++; continue; }
    out.push({ s: i, e: i + m[0].length, w: m[0].toLowerCase() });
    i += m[0].length;
  }
  return out;
}

/** A word, or a compound led by digits ("63-year-old"). */
const isWord = (w: string): boolean => /^[a-z]|^\d+-[a-z]/.test(w);

export function countEnumeration(text: string, start: number): EnumerationCount | null {
  const ws = words(text, start);
  if (ws.length === 0) return null;
  const window = text.slice(0, Math.min(text.length, start + WINDOW));
  const quantities = new Map<number, { end: number; value: number; exact: boolean; vague: boolean }>();
  for (const q of findQuantities(window.slice(start))) {
    quantities.set(start + q.start, { end: start + q.end, value: q.value, exact: q.qualifier === 'exact', vague: q.vague });
  }
  let k = 0;
  let count = 0;
  let items = 0;
  let exact = true;
  let end = -1;
  for (;;) {
    // Item head: a number or a determiner.
    const head = ws[k];
    if (!head) break;
    let n = 1;
    let counted = false;
    const q = quantities.get(head.s);
    if (q) {
      if (q.vague) return items === 0 ? null : { count, end, items, exact };
      n = q.value;
      counted = true;
      if (!q.exact) exact = false;
      while (ws[k] && ws[k]!.s < q.end) k++;
    } else if (SINGULAR_DETERMINERS.has(head.w)) {
      k++;
    } else break;
    // Item body.
    let body = 0;
    let last: W | undefined;
    while (ws[k] && body < MAX_ITEM_WORDS) {
      const w = ws[k]!.w;
      if (!isWord(w) || STOP.has(w)) break;
      if (w === 'of') {
        const nx = ws[k + 1];
        if (!nx || !isWord(nx.w) || STOP.has(nx.w)) break;
      } else if (SINGULAR_DETERMINERS.has(w) && ws[k - 1]?.w !== 'of') break;
      last = ws[k]!;
      body++;
      k++;
    }
    if (!last) break;
    if (!counted && head.w !== 'a' && head.w !== 'an' && head.w !== 'one' && head.w !== 'another' && head.w !== 'each') {
      // "the guards", "her children": a plural head noun cannot be counted.
      if (/s$/.test(last.w) && !NOT_PLURAL_ENDINGS.test(last.w)) return null;
      if (last.w === 'children' || last.w === 'people' || last.w === 'men' || last.w === 'women') return null;
    }
    count += n;
    items++;
    end = last.e;
    // Separator: ",", "and", ", and". A separator not followed by a new item ends the list.
    let j = k;
    if (ws[j]?.w === ',') j++;
    if (ws[j]?.w === 'and') j++;
    if (j === k) break;
    const nextHead = ws[j];
    if (!nextHead || nextHead.w === 'then' || (!quantities.has(nextHead.s) && !SINGULAR_DETERMINERS.has(nextHead.w))) break;
    k = j;
  }
  return items === 0 ? null : { count, end, items, exact };
}
