import { foldActorToken } from './fold-actor-token.ts';

/** Word tokens of a text for the actor matcher: spans into the text and folded keys. */
export interface ActorTokens {
  starts: number[];
  ends: number[];
  keys: string[];
}

/** A word is a maximal run of letters, digits and combining marks, in any script. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function tokenizeForActors(text: string): ActorTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(foldActorToken(m[0]));
  }
  return { starts, ends, keys };
}

/** Folded keys only, for aliases. */
export function actorKeyTokens(phrase: string): string[] {
  return tokenizeForActors(phrase).keys;
}
