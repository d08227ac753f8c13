/**
 * An attack that kills a prominent person (a mayor, a governor, a judge, a candidate) is an
 * assassination in GTD's coding: a sentence reporting the attack names such a person beside a
 * word of killing, and the person is not the one speaking ("..., the governor said").
 */
import type { Token } from '../nlp/tokenize.ts';
import { KILLING_WORDS, PROMINENT_PEOPLE } from './lexicon/role-lexicon.ts';
import { phraseSet } from './phrase-matcher.ts';

const PEOPLE = phraseSet(PROMINENT_PEOPLE);
const KILLING = phraseSet(KILLING_WORDS);
const SPEAKING = /^(said|says|told|announced|stated|added|confirmed|condemned|denounced|urged|visited)$/;

export function killsProminentPerson(tokens: Token[], from: number, end: number, source: { start: number; end: number } | null): boolean {
  if (!KILLING.has(tokens, from, end)) return false;
  for (const m of PEOPLE.findAll(tokens, from, end)) {
    const start = tokens[m.from]!.start;
    if (source && start >= source.start && start < source.end) continue;
    // the person speaks or acts: "the governor said", "the mayor condemned"
    let k = m.to;
    if (tokens[k]?.lower === 'of') while (k < end && k < m.to + 5 && tokens[k]!.word && !SPEAKING.test(tokens[k]!.lower)) k++;
    if (SPEAKING.test(tokens[k]?.lower ?? '')) continue;
    return true;
  }
  return false;
}
