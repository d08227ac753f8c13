/**
 * Whether a sentence reports a claim of responsibility: a fixed cue ("claimed responsibility",
 * "took responsibility", "a claim of responsibility") or a claim verb whose object is an attack
 * word ("claimed the operation", "claimed the hijacking", "claimed an attack on ..."), unless
 * negated ("there was no claim of responsibility", "did not claim the attack").
 */
import type { Token } from '../nlp/tokenize.ts';
import { RESPONSIBILITY_CUES } from './lexicon/attribution-lexicon.ts';
import { TRIGGERS } from './lexicon/event-lexicon.ts';
import { phraseSet } from './phrase-matcher.ts';

const CUES = phraseSet(RESPONSIBILITY_CUES);
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming']);
const OBJECT_DETERMINERS = new Set(['the', 'an', 'a', 'this', 'that', 'these', 'those', 'both', 'its', 'their', 'last', "tuesday's", 'twin']);
const ATTACK_NOUNS = phraseSet(TRIGGERS.filter((t) => t.noun).flatMap((t) => t.forms).concat(['strike', 'strikes', 'assault', 'assaults', 'killings', 'siege']));
const NEGATIONS = new Set(['no', 'not', 'never', "n't", 'without', 'nor']);

export function claimsResponsibility(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const cue = CUES.matchAt(tokens, k, end);
    let hit = cue !== null;
    if (!hit && CLAIM_VERBS.has(tokens[k]!.lower)) {
      let j = k + 1;
      while (j < end && j < k + 4 && OBJECT_DETERMINERS.has(tokens[j]!.lower)) j++;
      hit = j > k + 1 && ATTACK_NOUNS.matchAt(tokens, j, end) !== null;
    }
    if (hit && !negated(tokens, from, k)) return true;
  }
  return false;
}

function negated(tokens: Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3; j--) if (NEGATIONS.has(tokens[j]!.lower)) return true;
  return false;
}
