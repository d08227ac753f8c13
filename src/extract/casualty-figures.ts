/**
 * Casualty figures in a sentence: "killing 20 people", "four of the attackers were killed",
 * "15 of the assailants and 2 members of the state forces have died", "at least nine soldiers
 * were injured", "killing a vendor, a security guard and a visitor" (an enumeration: 3, derived).
 * Each figure is attributed to a side: victims (`killed`), attackers (`killed_perpetrators`),
 * `wounded` (victims) or `kidnapped`.
 */
import type { FigureField, FigureValue } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import { PERPETRATOR_FIGURE_HEADS, VICTIM_NOUNS } from './lexicon/role-lexicon.ts';

/** A number found in the text (see nlp/quantities). */
export interface QuantityLike {
  start: number;
  end: number;
  value: number;
  low: number;
  high: number | null;
  qualifier: FigureValue['qualifier'];
  vague?: boolean;
}

export interface FigureMention {
  field: FigureField;
  figure: FigureValue;
  /** Span of the figure and its head ("four of the attackers"). */
  start: number;
  end: number;
  /** The counted noun phrase, e.g. "people", "members of the state forces". */
  head: string | null;
  /** Implied by the attack rather than counted (a suicide bomber's own death); a stated figure of the incident wins. */
  implied?: boolean;
  /** A whole toll ("bringing the total to 24", "putting the toll at six"), not a part of one. */
  total?: boolean;
}

type Effect = 'killed' | 'wounded' | 'kidnapped';

const EFFECT_BEFORE: Record<string, Effect> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', murdered: 'killed', murdering: 'killed',
  massacred: 'killed', executed: 'killed', slaughtered: 'killed', slew: 'killed', neutralising: 'killed', neutralizing: 'killed',
  martyring: 'killed',
  wounding: 'wounded', wounded: 'wounded', injuring: 'wounded', injured: 'wounded', injure: 'wounded', wound: 'wounded',
  kidnapped: 'kidnapped', kidnapping: 'kidnapped', abducted: 'kidnapped', abducting: 'kidnapped', kidnap: 'kidnapped',
};

const EFFECT_AFTER: Record<string, Effect> = {
  killed: 'killed', dead: 'killed', died: 'killed', die: 'killed', perished: 'killed', murdered: 'killed',
  slain: 'killed', deaths: 'killed', fatalities: 'killed', massacred: 'killed', executed: 'killed',
  neutralised: 'killed', neutralized: 'killed', eliminated: 'killed', bodies: 'killed', corpses: 'killed', martyred: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded', injuries: 'wounded', hospitalized: 'wounded',
  hospitalised: 'wounded', kidnapped: 'kidnapped', abducted: 'kidnapped', hostage: 'kidnapped', hostages: 'kidnapped',
  missing: 'kidnapped',
};

const NON_PERSON_UNITS = new Set([
  'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'meter', 'meters', 'metre', 'metres',
  'year', 'years', 'month', 'months', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'percent', '%', 'times',
  'dollars', 'usd', 'euros', 'tons', 'tonnes', 'kg', 'kilograms', 'pounds', 'houses', 'homes', 'vehicles', 'cars',
  'buildings', 'books', 'weapons', 'rifles', 'rounds', 'shots', 'bullets', 'bombs', 'rockets', 'mortars',
  'grenades', 'elections', 'term', 'terms', 'decades', 'weeks', 'week', 'nations', 'countries', 'am', 'pm',
  'a.m', 'p.m', 'o\'clock', 'th', 'st', 'nd', 'rd', 'points', 'degrees', 'pesos', 'soles', 'colones', 'quetzales',
]);

const SKIPPABLE = new Set(['of', 'the', 'their', 'his', 'her', 'its', 'our', 'these', 'those', 'more', 'other', 'others', 'additional', 'further', 'local', 'innocent', 'unarmed', 'armed', 'suspected']);
const PASSIVE_AUX = new Set(['were', 'was', 'been', 'are', 'is', 'be', 'being', 'have', 'has', 'had', 'reportedly', 'also', 'all', 'later', 'allegedly']);
const CLAUSE_STOP = new Set([',', ';', ':', '.', '!', '?', '(', ')', 'but', 'while', 'whereas', 'although', 'who', 'which', 'when', 'after', 'before', 'as']);
const TOLL_WORDS = new Set(['toll', 'tally', 'count', 'total', 'figure']);
/** Nouns too general to be counted as one victim from their article ("the others", "a family"). */
const SINGULAR_EXCLUDED = new Set(['family', 'crew', 'staff', 'personnel', 'police', 'elderly', 'others', 'victims', 'people']);

/** The token index range of each quantity, by its start token. */
function quantityAt(tokens: Token[], quantities: QuantityLike[]): Map<number, { q: QuantityLike; to: number }> {
  const map = new Map<number, { q: QuantityLike; to: number }>();
  let qi = 0;
  for (let i = 0; i < tokens.length && qi < quantities.length; i++) {
    const q = quantities[qi]!;
    if (tokens[i]!.start < q.start) continue;
    if (tokens[i]!.start >= q.end) { qi++; i--; continue; }
    let to = i;
    while (to < tokens.length && tokens[to]!.start < q.end) to++;
    map.set(i, { q, to });
    qi++;
    i = to - 1;
  }
  return map;
}

interface Head {
  text: string;
  side: 'victims' | 'perpetrators';
  /** Token index after the head. */
  to: number;
}

function findHead(tokens: Token[], i: number, end: number): Head | null | 'unit' {
  const first = tokens[i];
  if (!first) return null;
  if (NON_PERSON_UNITS.has(first.lower)) return 'unit';
  for (let k = i, n = 0; k < end && n < 6; k++, n++) {
    const w = tokens[k]!.lower;
    if (PERPETRATOR_FIGURE_HEADS.has(w)) return { text: spanText(tokens, i, k + 1), side: 'perpetrators', to: k + 1 };
    if (VICTIM_NOUNS.has(w)) {
      // "members of the state forces": extend over an "of" complement
      let to = k + 1;
      if (tokens[to]?.lower === 'of') {
        let j = to + 1;
        while (j < end && j < to + 5 && tokens[j]!.word && !EFFECT_AFTER[tokens[j]!.lower] && !PASSIVE_AUX.has(tokens[j]!.lower) && !CLAUSE_STOP.has(tokens[j]!.lower)) j++;
        if (j > to + 1) {
          const inner = tokens.slice(to + 1, j).map((t) => t.lower);
          if (inner.some((x) => PERPETRATOR_FIGURE_HEADS.has(x))) return { text: spanText(tokens, i, j), side: 'perpetrators', to: j };
          to = j;
        }
      }
      return { text: spanText(tokens, i, to), side: 'victims', to };
    }
    if (!tokens[k]!.word || CLAUSE_STOP.has(w)) return null;
    if (EFFECT_AFTER[w] || PASSIVE_AUX.has(w)) return null;
    if (NON_PERSON_UNITS.has(w)) return 'unit';
    if (!SKIPPABLE.has(w) && n >= 3) return null;
  }
  return null;
}

function spanText(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ');
}

/** Effect named just before the quantity: "killing 20", "wounding at least 9", "the death toll rose to 12". */
function effectBefore(tokens: Token[], qFrom: number, sentenceFrom: number): Effect | null {
  return effectBeforeQuantity(tokens, qFrom, sentenceFrom)?.effect ?? null;
}

function effectBeforeQuantity(tokens: Token[], qFrom: number, sentenceFrom: number): { effect: Effect; total: boolean } | null {
  for (let k = qFrom - 1, n = 0; k >= sentenceFrom && n < 5; k--, n++) {
    const w = tokens[k]!.lower;
    const e = EFFECT_BEFORE[w];
    if (e) return { effect: e, total: false };
    if (TOLL_WORDS.has(w)) {
      // "the number of wounded rose to 48": the toll of what the words before name
      const kind = tokens.slice(Math.max(sentenceFrom, k - 3), k).map((t) => t.lower);
      const wounded = kind.some((x) => x === 'wounded' || x === 'injured' || x === 'injury');
      // "bringing the total to 24" sums what came before; "corrected the figure to six" replaces it
      return { effect: wounded ? 'wounded' : 'killed', total: w !== 'figure' };
    }
    if (w === 'left' || w === 'leaving' || w === 'leave') return null; // "left 5 dead": the effect follows
    if (CLAUSE_STOP.has(w) && w !== ',') return null;
    if (!/^(at|least|more|than|over|about|some|nearly|almost|around|up|to|as|many|another|a|an|the|further|rose|risen|rises|climbed|reached|stood|stands|was|is|now|of|had|has|have|increased|jumped)$/.test(w)) return null;
  }
  return null;
}

/** Effect named after the counted phrase: "were killed", "have died", "dead", "injured". */
function effectAfter(tokens: Token[], from: number, end: number, quantityStarts: Map<number, unknown>): { effect: Effect; passive: boolean } | null {
  let sawAux = false;
  // a relative clause on the counted phrase: "A member of staff who tried to raise the alarm was shot dead"
  if (/^(who|whom)$/.test(tokens[from]?.lower ?? '')) {
    // the main verb's auxiliary is the last "was"/"were" before the clause ends
    let aux = -1;
    for (let k = from + 1; k < end && k < from + 14 && !CLAUSE_STOP.has(tokens[k]!.lower); k++) {
      if (/^(was|were)$/.test(tokens[k]!.lower)) aux = k;
    }
    if (aux > from + 1) from = aux;
  }
  for (let k = from, n = 0; k < end && n < 12; k++, n++) {
    const w = tokens[k]!.lower;
    const e = EFFECT_AFTER[w];
    if (e) {
      const next = tokens[k + 1]?.lower;
      // an active verb with its own object ("gunmen killed 5") makes the counted phrase the agent
      const active = !sawAux && (w === 'killed' || w === 'wounded' || w === 'injured' || w === 'kidnapped' || w === 'abducted' || w === 'murdered') &&
        next !== undefined && (quantityStarts.has(k + 1) || /^(a|an|the|two|three|four|five|six|his|her|their|several|dozens|scores|people|civilians|soldiers|policemen)$/.test(next));
      if (active) return null;
      return { effect: e, passive: sawAux };
    }
    if (PASSIVE_AUX.has(w)) { sawAux = true; continue; }
    if (w === 'and' || w === 'or' || w === '"') continue;
    if (quantityStarts.has(k)) continue;
    if (CLAUSE_STOP.has(w)) return null;
    if (w === 'lost' && tokens[k + 1]?.lower === 'their' && tokens[k + 2]?.lower === 'lives') return { effect: 'killed', passive: true };
    if (!tokens[k]!.word) return null;
  }
  return null;
}

function fieldFor(effect: Effect, side: 'victims' | 'perpetrators'): FigureField | null {
  if (effect === 'killed') return side === 'perpetrators' ? 'killed_perpetrators' : 'killed';
  if (effect === 'wounded') return side === 'perpetrators' ? null : 'wounded';
  return side === 'perpetrators' ? null : 'kidnapped';
}

export interface EnumerationCounter {
  (text: string, start: number): { count: number; end: number } | null;
}

/**
 * Figures in tokens [from, end) of one sentence. `quantities` are the sentence's numbers in text
 * order; `countEnumeration` counts "a vendor, a security guard and a visitor" after an effect verb.
 */
export function extractCasualtyFigures(
  text: string,
  tokens: Token[],
  from: number,
  end: number,
  quantities: QuantityLike[],
  countEnumeration?: EnumerationCounter,
): FigureMention[] {
  const sentenceTokens = tokens.slice(from, end);
  const qmap = quantityAt(sentenceTokens, quantities);
  const figures: FigureMention[] = [];
  const used = new Set<number>();

  for (const [qi, { q, to }] of qmap) {
    if (q.vague && q.value <= 0) continue;
    // a possessive relative clause counts someone's relatives, not the toll ("a father, whose two sons are missing")
    if (sentenceTokens[qi - 1]?.lower === 'whose') continue;
    const head = findHead(sentenceTokens, to, sentenceTokens.length);
    if (head === 'unit') continue;
    const headTo = head ? head.to : to;
    const before = effectBeforeQuantity(sentenceTokens, qi, 0);
    let effect = before?.effect ?? null;
    // "a total of 40 wounded": the words after a toll say what it counts
    if (before?.total) effect = effectAfter(sentenceTokens, headTo, Math.min(sentenceTokens.length, headTo + 2), qmap)?.effect ?? effect;
    if (!effect) {
      const after = effectAfter(sentenceTokens, headTo, sentenceTokens.length, qmap);
      if (after) effect = after.effect;
    }
    if (!effect) continue;
    const field = fieldFor(effect, head ? head.side : 'victims');
    if (!field) continue;
    used.add(qi);
    figures.push({
      field,
      figure: { value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, derived: false },
      start: q.start,
      end: head ? sentenceTokens[head.to - 1]!.end : q.end,
      head: head ? head.text : null,
      ...(before?.total ? { total: true } : {}),
    });
  }

  // One person named with an article: "A member of staff ... was shot dead", "An officer and four soldiers were killed".
  for (let k = 0; k < sentenceTokens.length - 1; k++) {
    const det = sentenceTokens[k]!.lower;
    if (!/^(a|an|the)$/.test(det) || (k > 0 && !/^(,|;|and|:|"|-)$/.test(sentenceTokens[k - 1]!.lower))) continue;
    let j = k + 1;
    while (j < sentenceTokens.length && j < k + 4 && !VICTIM_NOUNS.has(sentenceTokens[j]!.lower)) {
      if (!sentenceTokens[j]!.word || CLAUSE_STOP.has(sentenceTokens[j]!.lower)) { j = sentenceTokens.length; break; }
      j++;
    }
    const noun = sentenceTokens[j];
    if (!noun || !VICTIM_NOUNS.has(noun.lower) || /s$/.test(noun.lower) && !/(ss|us)$/.test(noun.lower) || SINGULAR_EXCLUDED.has(noun.lower)) continue;
    if (figures.some((f) => f.start <= noun.start && noun.end <= f.end)) continue;
    const head = findHead(sentenceTokens, j, sentenceTokens.length);
    const headTo = head && head !== 'unit' ? head.to : j + 1;
    const after = effectAfter(sentenceTokens, headTo, sentenceTokens.length, qmap);
    if (!after || !after.passive || !passiveRightAfter(sentenceTokens, headTo)) continue;
    const field = fieldFor(after.effect, head && head !== 'unit' ? head.side : 'victims');
    if (!field) continue;
    figures.push({
      field,
      figure: { value: 1, low: 1, high: 1, qualifier: 'exact', derived: true },
      start: sentenceTokens[k]!.start,
      end: sentenceTokens[headTo - 1]!.end,
      head: spanText(sentenceTokens, k, headTo),
    });
  }

  // Enumerations right after an effect verb: "killing a vendor, a security guard and a visitor".
  if (countEnumeration) {
    for (let k = 0; k < sentenceTokens.length - 1; k++) {
      const e = EFFECT_BEFORE[sentenceTokens[k]!.lower];
      if (!e || e === 'kidnapped') continue;
      const next = sentenceTokens[k + 1]!;
      if (qmap.has(k + 1) || !/^(a|an|one)$/.test(next.lower)) continue;
      const counted = countEnumeration(text, next.start);
      if (!counted || counted.count < 1) continue;
      const headWords = text.slice(next.start, counted.end).toLowerCase().split(/[^a-z-]+/);
      const side = headWords.some((w) => PERPETRATOR_FIGURE_HEADS.has(w)) ? 'perpetrators' : 'victims';
      const field = fieldFor(e, side);
      if (!field) continue;
      figures.push({
        field,
        figure: { value: counted.count, low: counted.count, high: counted.count, qualifier: 'exact', derived: true },
        start: next.start,
        end: counted.end,
        head: text.slice(next.start, counted.end),
      });
    }
  }
  figures.push(...noCasualties(sentenceTokens));
  figures.sort((a, b) => a.start - b.start);
  return figures;
}

/** The counted phrase is the subject of a passive of harm: "[who ... ] was shot dead", "were killed", not "has visited the wounded". */
function passiveRightAfter(tokens: Token[], from: number): boolean {
  // the passive's auxiliary: the last "was"/"were"/"been" before the clause ends ("who ... was shot dead",
  // "An officer and four soldiers were killed", "The mayor of X, in the state of Y, was shot dead")
  let k = -1;
  for (let j = from; j < tokens.length && j < from + 14; j++) {
    const w = tokens[j]!.lower;
    if (/^(was|were|been)$/.test(w)) { k = j; if (!/^(who|whom)$/.test(tokens[from]?.lower ?? '')) break; }
    else if (CLAUSE_STOP.has(w) && w !== ',' && w !== 'who' && w !== 'whom') break;
  }
  if (k < 0) return false;
  let sawAux = false;
  while (k < tokens.length && PASSIVE_AUX.has(tokens[k]!.lower)) { sawAux = sawAux || /^(was|were|been|be|being|is|are)$/.test(tokens[k]!.lower); k++; }
  const w = tokens[k]?.lower ?? '';
  if (!sawAux) return false;
  return EFFECT_AFTER[w] !== undefined || (w === 'shot' && /^(dead|and)$/.test(tokens[k + 1]?.lower ?? '')) || w === 'gunned' || w === 'stabbed' || w === 'beheaded';
}

/**
 * "No casualties were recorded", "caused no casualties", "no one was killed", "nobody was hurt":
 * a stated zero (killed and wounded for casualties).
 */
function noCasualties(tokens: Token[]): FigureMention[] {
  const out: FigureMention[] = [];
  const zero = (field: FigureField, t: Token, head: string): FigureMention =>
    ({ field, figure: { value: 0, low: 0, high: 0, qualifier: 'exact', derived: false }, start: t.start, end: t.end, head });
  for (let k = 0; k < tokens.length - 1; k++) {
    const w = tokens[k]!.lower;
    const next = tokens[k + 1]!.lower;
    if (w === 'no' && /^(casualties|casualty)$/.test(next)) {
      out.push(zero('killed', tokens[k + 1]!, 'no casualties'), zero('wounded', tokens[k + 1]!, 'no casualties'));
    } else if ((w === 'nobody' || (w === 'no' && next === 'one')) ) {
      const after = effectAfter(tokens, w === 'nobody' ? k + 1 : k + 2, Math.min(tokens.length, k + 6), new Map());
      if (after && after.effect !== 'kidnapped') out.push(zero(after.effect, tokens[k]!, w === 'nobody' ? 'nobody' : 'no one'));
    }
  }
  return out;
}
