/**
 * Features of one token for the learned role tagger: the word and its neighbours, word
 * shape, lexicon classes, actor matches, attack triggers nearby and in the sentence, and where
 * the sentence sits in the document. Features are integers (feature-hash.ts); the previous
 * tags are added by the tagger itself.
 */
import { feature, hashText } from './feature-hash.ts';
import type { TaggingContext } from './tagging-context.ts';

const WINDOW = 5;

const T = Object.fromEntries(
  ['bias', 'w', 'w-1', 'w+1', 'w-2', 'w+2', 'w-1,w', 'w,w+1', 'w-2,w-1', 'w+1,w+2', 'suf3', 'pre3', 'shape', 'sent', 'actor',
    'lex', 'lex-1', 'lex+1', 'actor-1', 'actor+1', 'L', 'R', 'Ltrig', 'Rtrig', 'notrig', 'S-trig', 'S-notrig']
    .map((name) => [name, hashText(`template:${name}`)]),
) as Record<string, number>;
const START = hashText('<s>');
const END = hashText('</s>');
const SENTENCE_BUCKETS = ['0', '1', '2', '3-5', '6-9', '10+'].map(hashText);

function sentenceBucket(sentence: number): number {
  return SENTENCE_BUCKETS[sentence < 3 ? sentence : sentence < 6 ? 3 : sentence < 10 ? 4 : 5]!;
}

/** Features that do not depend on previous tags. */
export function tokenFeatures(ctx: TaggingContext, i: number): number[] {
  const tokens = ctx.tokens;
  const tok = tokens[i]!;
  const sentenceStart = ctx.sentenceStarts[tok.sentence]!;
  const sentenceEnd = ctx.sentenceStarts[tok.sentence + 1]!;
  const at = (k: number): number => (k < sentenceStart ? START : k >= sentenceEnd ? END : tokens[k]!.hash);
  const w = tok.hash;
  const [p1, p2, n1, n2] = [at(i - 1), at(i - 2), at(i + 1), at(i + 2)];
  const f: number[] = [
    T.bias!,
    feature(T.w!, w),
    feature(T['w-1']!, p1),
    feature(T['w+1']!, n1),
    feature(T['w-2']!, p2),
    feature(T['w+2']!, n2),
    feature(T['w-1,w']!, p1, w),
    feature(T['w,w+1']!, w, n1),
    feature(T['w-2,w-1']!, p2, p1),
    feature(T['w+1,w+2']!, n1, n2),
    feature(T.suf3!, tok.suffixHash),
    feature(T.pre3!, tok.prefixHash),
    feature(T.shape!, tok.shapeHash),
    feature(T.sent!, sentenceBucket(tok.sentence)),
    feature(T.actor!, tok.actorHash),
  ];
  for (const h of tok.lexiconHashes) f.push(feature(T.lex!, h));
  const prev = i > sentenceStart ? tokens[i - 1]! : null;
  const next = i + 1 < sentenceEnd ? tokens[i + 1]! : null;
  if (prev) for (const h of prev.lexiconHashes) f.push(feature(T['lex-1']!, h));
  if (next) for (const h of next.lexiconHashes) f.push(feature(T['lex+1']!, h));
  if (prev?.actor) f.push(feature(T['actor-1']!, prev.actorHash));
  if (next?.actor) f.push(feature(T['actor+1']!, next.actorHash));
  for (let k = Math.max(sentenceStart, i - WINDOW); k < i - 2; k++) f.push(feature(T.L!, tokens[k]!.hash));
  for (let k = i + 3; k < Math.min(sentenceEnd, i + WINDOW + 1); k++) f.push(feature(T.R!, tokens[k]!.hash));
  let leftTrigger = -1;
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 8); k--) if (tokens[k]!.lexicon.includes('trigger')) { leftTrigger = tokens[k]!.hash; break; }
  let rightTrigger = -1;
  for (let k = i + 1; k < Math.min(sentenceEnd, i + 9); k++) if (tokens[k]!.lexicon.includes('trigger')) { rightTrigger = tokens[k]!.hash; break; }
  if (leftTrigger >= 0) f.push(feature(T.Ltrig!, leftTrigger));
  if (rightTrigger >= 0) f.push(feature(T.Rtrig!, rightTrigger));
  if (leftTrigger < 0 && rightTrigger < 0) f.push(T.notrig!);
  const triggers = ctx.sentenceTriggers[tok.sentence]!;
  if (triggers.length === 0) f.push(T['S-notrig']!);
  for (const t of triggers) f.push(feature(T['S-trig']!, t));
  return f;
}
