/**
 * Targets (what was attacked, with its GTD target type) and victims (people harmed) in a sentence:
 * "attacks on two gun shops and an army unit", "targeted the shops", "seized a bus",
 * "killing a vendor, a security guard and a visitor".
 */
import type { Token } from '../nlp/tokenize.ts';
import { GENERIC_TARGET_HEADS, RAMMING_VERBS, TARGET_TYPES, TIME_ADVERBS, VICTIM_NOUNS, type TargetType } from './lexicon/role-lexicon.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

export interface RoleMention {
  text: string;
  start: number;
  end: number;
}

export interface TargetMention extends RoleMention {
  type: TargetType;
}

const TARGET_MATCHER = new PhraseMatcher<TargetType>(TARGET_TYPES.flatMap(([type, heads]) => heads.map((h) => [h, type] as [string, TargetType])));

/** Words after which a noun phrase is what was attacked. */
const TARGET_CUES = new Set([
  'on', 'against', 'attack', 'attacks', 'targeted', 'targeting', 'targets', 'attacked', 'attacking', 'stormed', 'storming', 'raided',
  'raiding', 'bombed', 'bombing', 'torched', 'burned', 'burnt', 'hit', 'struck', 'ambushed', 'seized', 'hijacked',
  'destroyed', 'damaged', 'at', 'outside', 'near', 'into', 'to', 'assaulted', 'dynamited', 'shelled', 'overran',
  'rammed', 'ramming', 'sabotaged', 'ransacked', 'looted', 'besieged', 'firebombed', 'bombarded',
]);
/** Particles that, after these verbs, make the next phrase what was attacked ("blew up a pylon", "burned down a church"). */
const PARTICLE_CUES: Readonly<Record<string, ReadonlySet<string>>> = {
  up: new Set(['blew', 'blow', 'blown', 'blowing', 'blows']),
  down: new Set(['burned', 'burnt', 'burning', 'shot', 'shooting', 'tore', 'torn', 'brought', 'gunned']),
};
/** Words after which a noun phrase names people harmed. */
const VICTIM_CUES = new Set([
  'killing', 'killed', 'kill', 'murdered', 'murdering', 'wounding', 'wounded', 'injuring', 'injured', 'kidnapped',
  'kidnapping', 'abducted', 'abducting', 'shot', 'assassinated', 'executed', 'massacred', 'stabbed', 'beheaded',
]);
const NP_STOP = new Set([',', ';', ':', '.', '(', ')', '"', 'in', 'at', 'on', 'and', 'or', 'with', 'by', 'from', 'to', 'of', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'then', 'as', 'near', 'outside', 'for', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'but', 'killing', 'wounding', 'injuring', 'leaving', 'up', 'down', 'into', 'through', 'off', 'away']);
const DETERMINERS = /^(a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|its|their|his|her|one|\d+)$/;

/** The final "." of an abbreviation inside a phrase ("the U.S. embassy"): attached to "U.S", a word follows. */
function abbreviationDot(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t.text === '.' && prev !== undefined && prev.end === t.start && /^(?:\p{L}\.)+\p{L}$/u.test(prev.text) && k + 1 < end && next !== undefined && next.word;
}

/** A noun phrase starting at `i`: determiner, modifiers, head; extended over "of" complements of people. */
function nounPhrase(tokens: Token[], i: number, end: number): { from: number; to: number } | null {
  let k = i;
  while (k < end && k < i + 6) {
    const t = tokens[k]!;
    if (!(t.word && !NP_STOP.has(t.lower) && !(k > i && TIME_ADVERBS.has(t.lower))) && !(k > i && abbreviationDot(tokens, k, end))) break;
    k++;
  }
  if (k === i) return null;
  return { from: i, to: k };
}

/** A ramming verb shortly before token k ("rammed a truck into", "ploughed into"); "drove" needs an object. */
function rammingBefore(tokens: Token[], k: number, from: number): boolean {
  for (let v = k - 1; v >= Math.max(from, k - 6); v--) {
    const w = tokens[v]!.lower;
    if (!RAMMING_VERBS.has(w)) continue;
    if (!/^(drove|driving|drive|drives)$/.test(w)) return true;
    return v < k - 1 && DETERMINERS.test(tokens[v + 1]!.lower);
  }
  return false;
}

/** Split coordinated phrases: "two gun shops and an army unit" → two phrases. */
function coordinated(tokens: Token[], i: number, end: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let k = i;
  while (k < end) {
    const np = nounPhrase(tokens, k, end);
    if (!np) break;
    out.push(np);
    const next = tokens[np.to]?.lower;
    const after = tokens[np.to + 1];
    if ((next === 'and' || next === ',' || next === 'or') && after && DETERMINERS.test(after.lower)) k = np.to + 1;
    else if (next === ',' && tokens[np.to + 1]?.lower === 'and') k = np.to + 2;
    else break;
  }
  return out;
}

function typeOf(tokens: Token[], np: { from: number; to: number }): TargetType | null {
  // the last matching phrase in the NP is its head ("gun shops" → Business; "army unit" → Military),
  // unless the head is generic and a typed modifier stands right before it ("Red Cross convoy" → NGO)
  let found: TargetType | null = null;
  let prev: { to: number; value: TargetType } | null = null;
  for (let k = np.from; k < np.to; k++) {
    const m = TARGET_MATCHER.matchAt(tokens, k, np.to);
    if (!m) continue;
    const generic = m.to - m.from === 1 && GENERIC_TARGET_HEADS.has(tokens[m.from]!.lower);
    found = generic && prev && prev.to === m.from ? prev.value : m.value;
    prev = { to: m.to, value: m.value };
    k = m.to - 1;
  }
  return found;
}

function stripDeterminer(tokens: Token[], np: { from: number; to: number }): number {
  let k = np.from;
  while (k < np.to - 1 && /^(a|an|the|its|their|his|her)$/.test(tokens[k]!.lower)) k++;
  return k;
}

export function findTargetsAndVictims(text: string, tokens: Token[], from: number, end: number): { targets: TargetMention[]; victims: RoleMention[] } {
  const targets: TargetMention[] = [];
  const victims: RoleMention[] = [];
  const seen = new Set<number>();
  for (let k = from; k < end - 1; k++) {
    const w = tokens[k]!.lower;
    const isVictimCue = VICTIM_CUES.has(w);
    const particle = PARTICLE_CUES[w]?.has(tokens[k - 1]?.lower ?? '') === true;
    if (!TARGET_CUES.has(w) && !isVictimCue && !particle) continue;
    if (w === 'at' && /^(least|most|first|last|times|once)$/.test(tokens[k + 1]!.lower)) continue;
    const rammedInto = w === 'into' && rammingBefore(tokens, k, from);
    for (const np of coordinated(tokens, k + 1, end)) {
      if (seen.has(np.from)) continue;
      // the vehicle rammed into something is the weapon, not the target
      if (RAMMING_VERBS.has(w) && /^(into|through)$/.test(tokens[np.to]?.lower ?? '')) continue;
      const head = tokens[np.to - 1]!.lower;
      const type = typeOf(tokens, np);
      const startTok = stripDeterminer(tokens, np);
      const span = { start: tokens[startTok]!.start, end: tokens[np.to - 1]!.end };
      const phrase = { text: text.slice(span.start, span.end), ...span };
      if (isVictimCue && VICTIM_NOUNS.has(head)) {
        victims.push(phrase);
        seen.add(np.from);
      } else if (type && !isVictimCue && w !== 'to' && w !== 'into' || type && (w === 'to' || w === 'into') && /^(fire|set)$/.test(tokens[k - 1]?.lower ?? '') || type && rammedInto) {
        targets.push({ ...phrase, type });
        seen.add(np.from);
      } else if (type && isVictimCue && !VICTIM_NOUNS.has(head)) {
        targets.push({ ...phrase, type });
        seen.add(np.from);
      }
    }
  }
  return { targets, victims };
}
