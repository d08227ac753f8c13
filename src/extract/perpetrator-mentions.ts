/**
 * Perpetrators named in a sentence: organisations from the actor registry in an agent role,
 * and generic descriptors ("gunmen", "suspected islamist militants"), each with the status the
 * sentence gives (claimed, blamed, suspected) and the stance of its source.
 */
import type { ActorKind, PerpetratorStatus, Stance } from '../core/types.ts';
import type { Token } from '../nlp/tokenize.ts';
import type { ActorMentionLike } from './attribution.ts';
import { ACT_NOUNS, PERPETRATOR_NOUNS, SUSPICION_CUES, UNIT_NOUNS } from './lexicon/role-lexicon.ts';
import { phraseSet } from './phrase-matcher.ts';
import { actorById } from './actors/actor-registry.ts';

export interface PerpetratorMention {
  name: string;
  kind: ActorKind;
  status: PerpetratorStatus;
  stance: Stance;
  start: number;
  end: number;
  /** The words as written ("terrorists linked to ISIS", "the extraditables"). */
  mention: string;
  actorId: string | null;
  /** A group's media channel through which it spoke ("Amaq"), when named. */
  channel: string | null;
}

const SUSPICION = phraseSet(SUSPICION_CUES.filter((c) => !c.startsWith('-')));
const DESCRIPTORS = phraseSet(PERPETRATOR_NOUNS);
/** Verbs whose object is acted on rather than acting: "killed five militants". */
const OBJECT_VERBS = new Set([
  'killed', 'kill', 'kills', 'killing', 'shot', 'arrested', 'arrest', 'arrests', 'arresting', 'captured', 'capture',
  'detained', 'detain', 'neutralised', 'neutralized', 'eliminated', 'apprehended', 'wounded', 'injured', 'hunted',
  'hunting', 'pursued', 'pursuing', 'surrounded', 'targeted', 'targeting', 'repelled', 'repulsed', 'intercepted',
]);
/** Modifiers inside a descriptor that make it a suspicion: "suspected militants". */
const SUSPECTING_MODIFIERS = new Set(['suspected', 'alleged', 'presumed']);
const VICTIM_CONTEXT = new Set(['against', 'fight', 'fighting', 'war', 'combat', 'combating', 'offensive', 'operation', 'strikes', 'airstrikes', 'crackdown', 'targeting']);
const DESCRIPTOR_MODIFIERS = new Set(['suspected', 'armed', 'heavily', 'masked', 'unidentified', 'unknown', 'islamist', 'jihadist', 'alleged', 'presumed', 'urban', 'rebel', 'leftist', 'rightist', 'separatist', 'maoist', 'terrorist', 'several', 'two', 'three', 'four', 'five', 'six', 'a', 'group', 'of', 'band', 'the', 'some', 'dozens', 'foreign']);

export interface SentenceStanceCues {
  responsibility: boolean;
  denial: boolean;
  doubt: boolean;
}

function hasSuspicionNear(text: string, tokens: Token[], from: number, to: number, sentenceFrom: number, sentenceEnd: number, mentionEnd = tokens[to - 1]!.end): boolean {
  const after = text.slice(mentionEnd, mentionEnd + 12).toLowerCase();
  if (after.startsWith('-linked') || after.startsWith('-inspired') || after.startsWith('-affiliated')) return true;
  const lo = Math.max(sentenceFrom, from - 7);
  if (SUSPICION.has(tokens, lo, from)) return true;
  // "believed to be", "suspected of" after the perpetrator
  return SUSPICION.has(tokens, to, Math.min(sentenceEnd, to + 3));
}

export function findPerpetratorMentions(
  text: string,
  tokens: Token[],
  from: number,
  end: number,
  actors: ActorMentionLike[],
  cues: SentenceStanceCues,
): PerpetratorMention[] {
  const out: PerpetratorMention[] = [];
  const sStart = tokens[from]!.start;
  const sEnd = tokens[end - 1]!.end;
  const inSentence = actors.filter((a) => a.start >= sStart && a.end <= sEnd);
  const channel = inSentence.find((a) => a.kind === 'group_media') ?? null;
  const tokenIndex = (offset: number) => {
    let k = from;
    while (k < end && tokens[k]!.start < offset) k++;
    return k;
  };
  for (const [n, a] of inSentence.entries()) {
    if (a.kind !== 'armed_group') continue;
    // "the Jalisco New Generation Cartel (CJNG)": the acronym in brackets is said of as the name before it
    const prev = inSentence[n - 1];
    const bracketed = prev !== undefined && prev.actorId === a.actorId && /^\s*\(\s*$/.test(text.slice(prev.end, a.start));
    const said = bracketed ? out.find((p) => p.start === prev.start) : undefined;
    if (said) {
      out.push({ ...said, start: a.start, end: a.end, mention: a.text });
      continue;
    }
    const i = tokenIndex(a.start);
    let j = i;
    while (j < end && tokens[j]!.start < a.end) j++;
    const before = tokens.slice(Math.max(from, i - 3), i).map((t) => t.lower);
    if (before.some((w) => VICTIM_CONTEXT.has(w))) continue;
    let status: PerpetratorStatus = 'blamed';
    let stance: Stance = 'asserts';
    if (cues.responsibility && !cues.doubt) {
      status = 'claimed';
      stance = 'claims';
    } else if (cues.denial) {
      status = 'disputed';
      stance = 'denies';
    } else if (cues.doubt) {
      status = 'disputed';
      stance = 'doubts';
    } else if (hasSuspicionNear(text, tokens, i, j, from, end, a.end)) {
      status = 'suspected';
    }
    out.push({
      name: a.name, kind: 'organization', status, stance, start: a.start, end: a.end, mention: a.text,
      actorId: a.actorId, channel: status === 'claimed' && channel ? channel.name : null,
    });
  }
  // A group's channel claiming without naming the group: "Amaq said its fighters carried out the attack".
  if (channel && cues.responsibility && !out.some((p) => p.status === 'claimed')) {
    const parent = channel.parentId;
    if (parent) {
      const name = actorById(parent)?.name ?? parent;
      out.push({ name, kind: 'organization', status: 'claimed', stance: 'claims', start: channel.start, end: channel.end, mention: channel.text, actorId: parent, channel: channel.name });
    }
  }
  for (const m of DESCRIPTORS.findAll(tokens, from, end)) {
    if (inSentence.some((a) => a.start <= tokens[m.from]!.start && tokens[m.to - 1]!.end <= a.end)) continue;
    const next = m.to < end ? tokens[m.to]!.lower : '';
    const word = tokens[m.from]!.lower;
    const singular = m.to - m.from === 1 && (PERPETRATOR_NOUNS.has(`${word}s`) || PERPETRATOR_NOUNS.has(`${word}es`));
    // "a guerrilla attack", "terrorist activity": the word describes an act, not who did it
    if (singular && ACT_NOUNS.has(next)) continue;
    // "a guerrilla column", "an urban terrorist commando": the unit is the perpetrator
    const last = singular && UNIT_NOUNS.has(next) ? m.to + 1 : m.to;
    let first = m.from;
    while (first > from && first > m.from - 4 && DESCRIPTOR_MODIFIERS.has(tokens[first - 1]!.lower)) first--;
    while (first < m.from && /^(a|the|of|some|group)$/.test(tokens[first]!.lower)) first++;
    // "the army killed five militants", "police arrested two gunmen": the people acted on, not the attackers
    if (first > from && OBJECT_VERBS.has(tokens[first - 1]!.lower)) continue;
    const mention = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
    let suspected = hasSuspicionNear(text, tokens, first, last, from, end);
    for (let k = first; k < m.from && !suspected; k++) suspected = SUSPECTING_MODIFIERS.has(tokens[k]!.lower);
    out.push({
      name: mention.toLowerCase(), kind: 'individual', status: suspected ? 'suspected' : 'blamed', stance: 'asserts',
      start: tokens[first]!.start, end: tokens[last - 1]!.end, mention, actorId: null, channel: null,
    });
  }
  return out;
}
