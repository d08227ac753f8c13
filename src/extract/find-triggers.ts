/**
 * Attack triggers in a sentence, each with its GTD attack type and whether it is reported as
 * real (not hypothetical, negated or prevented) and whether it refers back ("the attack").
 */
import type { Token } from '../nlp/tokenize.ts';
import { ANAPHORIC_DETERMINERS, IRREALIS_CUES, LAUNCH_VERBS, LAUNCHED_EXPLOSIVES, TRIGGERS, type TriggerEntry } from './lexicon/event-lexicon.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

export interface Trigger {
  from: number;
  to: number;
  start: number;
  end: number;
  entry: TriggerEntry;
  /** Hypothetical, negated, prevented or generic. */
  irrealis: boolean;
  /** A noun after "the/this/that": refers to an incident already reported. */
  anaphoric: boolean;
  /** A past-perfect verb ("who had hijacked"): earlier than the clause it sits in, so not dated by a date before it. */
  perfect?: boolean;
}

const TRIGGER_MATCHER = new PhraseMatcher<TriggerEntry>(
  TRIGGERS.flatMap((entry) => entry.forms.map((form) => [form, entry] as [string, TriggerEntry])),
);

const HIJACK_ENTRY = TRIGGERS.find((t) => t.type === 'Hijacking' && !t.noun)!;
const BOMBING_ENTRY = TRIGGERS.find((t) => t.type === 'Bombing/Explosion' && !t.noun)!;
const SEIZE_VERBS = new Set(['seized', 'seize', 'seizes', 'seizing', 'commandeered', 'took over', 'hijacked']);
const VEHICLES = new Set(['bus', 'buses', 'plane', 'airplane', 'aircraft', 'airliner', 'train', 'ship', 'vessel', 'truck', 'lorry', 'minibus', 'ferry', 'car', 'vehicle', 'van', 'tanker', 'boat', 'helicopter', 'jet']);

export function findTriggers(tokens: Token[], from = 0, end = tokens.length): Trigger[] {
  const out: Trigger[] = [];
  for (let i = from; i < end; i++) {
    const tok = tokens[i]!;
    if (!tok.word) continue;
    let match = TRIGGER_MATCHER.matchAt(tokens, i, end);
    if (!match && SEIZE_VERBS.has(tok.lower)) {
      for (let k = i + 1; k < Math.min(end, i + 4); k++) {
        if (VEHICLES.has(tokens[k]!.lower)) { match = { from: i, to: i + 1, value: HIJACK_ENTRY, phrase: tok.lower }; break; }
      }
    }
    // "a drone dropped explosives on", "rockets were fired"
    if ((!match || match.value.weak) && LAUNCH_VERBS.has(tok.lower) && launchesExplosives(tokens, from, i, end)) {
      match = { from: i, to: i + 1, value: BOMBING_ENTRY, phrase: tok.lower };
    }
    if (!match) continue;
    const entry = match.value;
    const prev = tokens[i - 1]?.lower ?? '';
    const prev2 = tokens[i - 2]?.lower ?? '';
    const anaphoric = !!entry.noun && (ANAPHORIC_DETERMINERS.has(prev) || (ANAPHORIC_DETERMINERS.has(prev2) && tokens[i - 1]!.word && !/^\d/.test(prev)));
    // A bare plural noun ("carry out terrorist attacks") speaks of attacks in general.
    const generic = !!entry.noun && /s$/.test(tokens[match.to - 1]!.lower) && !/^(the|these|those|two|three|several|both|\d+|its|their|his|her|of)$/.test(prev) &&
      !/^(in|on|during|after)$/.test(prev);
    out.push({
      from: match.from,
      to: match.to,
      start: tokens[match.from]!.start,
      end: tokens[match.to - 1]!.end,
      entry,
      irrealis: isIrrealis(tokens, from, match.from, match.to, end) || (generic && !anaphoric),
      anaphoric,
      ...(prev === 'had' || (prev === 'been' && prev2 === 'had') ? { perfect: true } : {}),
    });
    i = match.to - 1;
  }
  return out;
}

/**
 * A launch verb with explosives: the object after "dropped" ("dropped two munitions"), or the
 * subject of a passive "fired"/"launched" ("rockets were fired"). An active "fired rockets at"
 * is as often a state's artillery as an attack, and is left to the other words of the sentence.
 */
function launchesExplosives(tokens: Token[], from: number, i: number, end: number): boolean {
  const passive = /^(was|were)$/.test(tokens[i - 1]?.lower ?? '');
  if (!passive && !tokens[i]!.lower.startsWith('drop')) return false;
  const lo = passive ? Math.max(from, i - 4) : i + 1;
  const hi = passive ? i : Math.min(end, i + 6);
  for (let k = lo; k < hi; k++) if (LAUNCHED_EXPLOSIVES.has(tokens[k]!.lower)) return true;
  return false;
}

/** Looks back over the clause (up to 6 tokens) for a modal, negation or prevention cue. */
function isIrrealis(tokens: Token[], sentenceStart: number, i: number, to: number, end: number): boolean {
  for (let k = i - 1, n = 0; k >= sentenceStart && n < 6; k--, n++) {
    const w = tokens[k]!.lower;
    if (w === ',' || w === ';' || w === ':') break;
    if (IRREALIS_CUES.has(w)) return true;
    if (w === 'to' && k === i - 1 && /^(plan|plans|planned|planning|attempt|attempts|tried|try|trying|sought|want|wanted|vowed|threatened|aim|aims|aimed)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  }
  // "counter-terrorism", "anti-terror" compounds
  const t = tokens[i]!.lower;
  if (t.startsWith('counter') || t.startsWith('anti')) return true;
  // a trigger followed by "threat"/"plot"/"risk" is not an event ("bomb threat")
  const next = tokens[to]?.lower;
  if (next && /^(threat|threats|plot|plots|scare|hoax|risk|drill|exercise|squad|disposal|maker|makers|factory)$/.test(next) && to < end) return true;
  return false;
}
