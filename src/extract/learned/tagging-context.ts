/**
 * What the learned tagger sees of a document: fine-grained tokens (split at every punctuation
 * mark, so that "fmln's" gives "fmln", "'", "s"), their sentence, and per-token annotations
 * from sitrep's rules (actor registry matches and lexicon classes).
 */
import { splitSentences } from '../../nlp/split-sentences.ts';
import { findActorMentions } from '../actors/find-actor-mentions.ts';
import type { ActorRegistry } from '../actors/actor-registry.ts';
import { lexiconClasses, type LexiconClass } from './role-lexicon-classes.ts';
import { hashText } from './feature-hash.ts';

export interface TaggerToken {
  start: number;
  end: number;
  /** Lower-cased text. */
  word: string;
  sentence: number;
  /** Index of the token within its sentence. */
  position: number;
  /** 'B-kind' / 'I-kind' when the token is part of an actor registry match, else null. */
  actor: string | null;
  lexicon: readonly LexiconClass[];
  /** Hashes for the tagger's features (feature-hash.ts): word, first and last three letters, shape, lexicon classes, actor tag. */
  hash: number;
  prefixHash: number;
  suffixHash: number;
  shapeHash: number;
  lexiconHashes: readonly number[];
  actorHash: number;
}

export interface TaggingContext {
  text: string;
  tokens: TaggerToken[];
  /** Index of the first token of each sentence, plus the token count at the end. */
  sentenceStarts: number[];
  /** Hashes of the attack trigger words of each sentence. */
  sentenceTriggers: number[][];
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const NO_ACTOR = hashText('-');

/** A coarse word shape: number, alphanumeric, punctuation, short or long word. */
export function shapeOf(word: string): string {
  if (/^\d+$/.test(word)) return 'num';
  if (/\d/.test(word)) return 'alnum';
  if (!/\p{L}/u.test(word)) return 'punct';
  return word.length <= 3 ? 'short' : 'word';
}

export function buildTaggingContext(text: string, registry?: ActorRegistry): TaggingContext {
  const sentences = splitSentences(text);
  const tokens: TaggerToken[] = [];
  const sentenceStarts: number[] = [];
  sentences.forEach((span, sentence) => {
    sentenceStarts.push(tokens.length);
    TOKEN.lastIndex = span.start;
    const slice = text.slice(0, span.end);
    let m: RegExpExecArray | null;
    let position = 0;
    while ((m = TOKEN.exec(slice)) !== null) {
      const word = m[0].toLowerCase();
      const lexicon = lexiconClasses(word);
      tokens.push({
        start: m.index, end: m.index + m[0].length, word, sentence, position: position++, actor: null, lexicon,
        hash: hashText(word), prefixHash: hashText(word.slice(0, 3)), suffixHash: hashText(word.slice(-3)),
        shapeHash: hashText(shapeOf(word)), lexiconHashes: lexicon.map(hashText), actorHash: NO_ACTOR,
      });
    }
  });
  sentenceStarts.push(tokens.length);
  markActors(text, tokens, registry);
  const sentenceTriggers = sentences.map(() => [] as number[]);
  for (const t of tokens) if (t.lexicon.includes('trigger') && !sentenceTriggers[t.sentence]!.includes(t.hash)) sentenceTriggers[t.sentence]!.push(t.hash);
  return { text, tokens, sentenceStarts, sentenceTriggers };
}

function markActors(text: string, tokens: TaggerToken[], registry?: ActorRegistry): void {
  const mentions = findActorMentions(text, registry);
  let t = 0;
  for (const m of mentions) {
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    let first = true;
    for (let k = t; k < tokens.length && tokens[k]!.start < m.end; k++) {
      tokens[k]!.actor = `${first ? 'B' : 'I'}-${m.kind}`;
      tokens[k]!.actorHash = hashText(tokens[k]!.actor!);
      first = false;
    }
  }
}
