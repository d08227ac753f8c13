/**
 * Attackers who died in the attack without a stated count: a suicide bomber ("a suicide bomber
 * blew himself up", "one of them blowing himself up", "four suicide bombers struck") and a lone
 * attacker "shot dead" at the end ("A gunman opened fire ..., before being shot dead"). Each
 * gives a derived `killed_perpetrators` figure; a stated figure wins over them (incident-claims.ts).
 */
import type { Token } from '../nlp/tokenize.ts';
import type { FigureMention, QuantityLike } from './casualty-figures.ts';
import { phraseSet } from './phrase-matcher.ts';

const SELF_DETONATION = phraseSet([
  'blew himself up', 'blew herself up', 'blowing himself up', 'blowing herself up', 'blew themselves up',
  'blowing themselves up', 'detonated his explosive vest', 'detonated her explosive vest', 'detonated his explosive belt',
  'detonated her explosive belt', 'detonated his suicide vest', 'detonated her suicide vest',
]);
const BOMBERS = phraseSet(['suicide bomber', 'suicide bombers', 'suicide attacker', 'suicide attackers', 'suicide bombing', 'suicide bombings', 'suicide attack', 'suicide attacks']);
const SHOT_AT_END = phraseSet(['before being shot dead', 'before being killed', 'and was shot dead', 'was later shot dead', 'before he was shot dead', 'before she was shot dead', 'before being shot and killed', 'the other being shot dead', 'the other was shot dead', 'the other being killed']);
const LONE_ATTACKERS = new Set(['gunman', 'attacker', 'assailant', 'shooter', 'stabber', 'bomber', 'hijacker', 'driver', 'gunmen', 'attackers', 'assailants']);
const ALIVE = /\b(arrested|detained|captured|survived|fled|escaped|at large|on the run|in custody|wounded and)\b/i;

function derived(n: number, start: number, end: number, head: string): FigureMention {
  return { field: 'killed_perpetrators', figure: { value: n, low: n, high: n, qualifier: 'exact', derived: true }, start, end, head, implied: true };
}

/** Derived attacker deaths in tokens [from, end) of one sentence; `generic` bomber mentions ("uses women as suicide bombers") are left out by the caller's trigger analysis. */
export function findAttackerDeaths(text: string, tokens: Token[], from: number, end: number, quantities: QuantityLike[]): FigureMention[] {
  const sentence = text.slice(tokens[from]!.start, tokens[end - 1]!.end);
  const out: FigureMention[] = [];
  for (const m of SELF_DETONATION.findAll(tokens, from, end)) {
    const plural = m.phrase.includes('themselves');
    const count = plural ? countBefore(tokens, from, m.from, quantities) : 1;
    if (count !== null) out.push(derived(count, tokens[m.from]!.start, tokens[m.to - 1]!.end, m.phrase));
  }
  if (out.length === 0) {
    for (const m of BOMBERS.findAll(tokens, from, end)) {
      const prev = tokens[m.from - 1]?.lower ?? '';
      const singular = !m.phrase.endsWith('s');
      // "A suicide bomber killed ...", "four suicide bombers struck ...": the bombers died; "as suicide bombers" (a role) is not a report
      if (/^(as|of|use|used|uses|recruit|recruited|train|trained)$/.test(prev)) continue;
      if (ALIVE.test(sentence)) continue;
      const q = quantities.find((x) => x.end <= tokens[m.from]!.start && x.end >= tokens[m.from]!.start - 2);
      const n = singular ? 1 : q ? q.value : null;
      if (n !== null) out.push(derived(n, tokens[m.from]!.start, tokens[m.to - 1]!.end, m.phrase));
      break;
    }
  }
  for (const m of SHOT_AT_END.findAll(tokens, from, end)) {
    // the sentence's subject is the attacker: "A gunman opened fire ...", "Two assailants ..., the other being shot dead"
    const subject = tokens.slice(from, Math.min(end, from + 4)).find((t) => LONE_ATTACKERS.has(t.lower));
    if (subject) out.push(derived(1, tokens[m.from]!.start, tokens[m.to - 1]!.end, subject.text));
  }
  return out;
}

function countBefore(tokens: Token[], from: number, at: number, quantities: QuantityLike[]): number | null {
  const before = quantities.filter((q) => q.end <= tokens[at]!.start && q.start >= tokens[from]!.start);
  return before.length > 0 ? before[before.length - 1]!.value : null;
}
