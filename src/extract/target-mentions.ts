/**
 * Targets (what was attacked, with its GTD target type) and victims (people harmed) in a sentence:
 * "attacks on two gun shops and an army unit", "targeted the shops", "seized a bus",
 * "killing a vendor, a security guard and a visitor".
 */
import type { Token } from '../nlp/tokenize.ts';
import { TARGET_TYPES, VICTIM_NOUNS, type TargetType } from './lexicon/role-lexicon.ts';
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
]);
/** Words after which a noun phrase names people harmed. */
const VICTIM_CUES = new Set([
  'killing', 'killed', 'kill', 'murdered', 'murdering', 'wounding', 'wounded', 'injuring', 'injured', 'kidnapped',
  'kidnapping', 'abducted', 'abducting', 'shot', 'assassinated', 'executed', 'massacred', 'stabbed', 'beheaded',
]);
const NP_STOP = new Set([',', ';', ':', '.', '(', ')', '"', 'in', 'at', 'on', 'and', 'or', 'with', 'by', 'from', 'to', 'of', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'then', 'as', 'near', 'outside', 'for', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'but', 'killing', 'wounding', 'injuring', 'leaving']);
const DETERMINERS = /^(a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|its|their|his|her|one|\d+)$/;

/** A noun phrase starting at `i`: determiner, modifiers, head; extended over "of" complements of people. */
function nounPhrase(tokens: Token[], i: number, end: number): { from: number; to: number } | null {
  let k = i;
  while (k < end && k < i + 6 && !NP_STOP.has(tokens[k]!.lower) && tokens[k]!.word) k++;
  if (k === i) return null;
  return { from: i, to: k };
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
  // the last matching phrase in the NP is its head ("gun shops" → Business; "army unit" → Military)
  let found: TargetType | null = null;
  for (let k = np.from; k < np.to; k++) {
    const m = TARGET_MATCHER.matchAt(tokens, k, np.to);
    if (m) { found = m.value; k = m.to - 1; }
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
    if (!TARGET_CUES.has(w) && !isVictimCue) continue;
    if (w === 'at' && /^(least|most|first|last|times|once)$/.test(tokens[k + 1]!.lower)) continue;
    for (const np of coordinated(tokens, k + 1, end)) {
      if (seen.has(np.from)) continue;
      const head = tokens[np.to - 1]!.lower;
      const type = typeOf(tokens, np);
      const startTok = stripDeterminer(tokens, np);
      const span = { start: tokens[startTok]!.start, end: tokens[np.to - 1]!.end };
      const phrase = { text: text.slice(span.start, span.end), ...span };
      if (isVictimCue && VICTIM_NOUNS.has(head)) {
        victims.push(phrase);
        seen.add(np.from);
      } else if (type && !isVictimCue && w !== 'to' && w !== 'into' || type && (w === 'to' || w === 'into') && /^(fire|set)$/.test(tokens[k - 1]?.lower ?? '')) {
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
