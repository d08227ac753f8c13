/**
 * Features of one token for the learned role tagger: the word and its neighbours, word
 * shape, lexicon classes, actor matches, attack triggers nearby and where the sentence sits
 * in the document. The previous tags are added by the tagger itself.
 */
import type { TaggingContext } from './tagging-context.ts';

const WINDOW = 5;

function shape(word: string): string {
  if (/^\d+$/.test(word)) return 'num';
  if (/\d/.test(word)) return 'alnum';
  if (!/\p{L}/u.test(word)) return 'punct';
  return word.length <= 3 ? 'short' : 'word';
}

function sentenceBucket(sentence: number): string {
  return sentence < 3 ? String(sentence) : sentence < 6 ? '3-5' : sentence < 10 ? '6-9' : '10+';
}

/** Features that do not depend on previous tags. */
export function tokenFeatures(ctx: TaggingContext, i: number): string[] {
  const tokens = ctx.tokens;
  const tok = tokens[i]!;
  const sentenceStart = ctx.sentenceStarts[tok.sentence]!;
  const sentenceEnd = ctx.sentenceStarts[tok.sentence + 1]!;
  const at = (k: number): string => (k < sentenceStart ? '<s>' : k >= sentenceEnd ? '</s>' : tokens[k]!.word);
  const w = tok.word;
  const f: string[] = [
    'bias',
    `w=${w}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `w-1,w=${at(i - 1)}|${w}`,
    `w,w+1=${w}|${at(i + 1)}`,
    `w-2,w-1=${at(i - 2)}|${at(i - 1)}`,
    `w+1,w+2=${at(i + 1)}|${at(i + 2)}`,
    `suf3=${w.slice(-3)}`,
    `pre3=${w.slice(0, 3)}`,
    `shape=${shape(w)}`,
    `sent=${sentenceBucket(tok.sentence)}`,
    `actor=${tok.actor ?? '-'}`,
  ];
  for (const cls of tok.lexicon) f.push(`lex=${cls}`);
  const prev = i > sentenceStart ? tokens[i - 1]! : null;
  const next = i + 1 < sentenceEnd ? tokens[i + 1]! : null;
  if (prev) for (const cls of prev.lexicon) f.push(`lex-1=${cls}`);
  if (next) for (const cls of next.lexicon) f.push(`lex+1=${cls}`);
  if (prev?.actor) f.push(`actor-1=${prev.actor}`);
  if (next?.actor) f.push(`actor+1=${next.actor}`);
  for (let k = Math.max(sentenceStart, i - WINDOW); k < i - 2; k++) f.push(`L=${tokens[k]!.word}`);
  for (let k = i + 3; k < Math.min(sentenceEnd, i + WINDOW + 1); k++) f.push(`R=${tokens[k]!.word}`);
  let leftTrigger: string | null = null;
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 8); k--) if (tokens[k]!.lexicon.includes('trigger')) { leftTrigger = tokens[k]!.word; break; }
  let rightTrigger: string | null = null;
  for (let k = i + 1; k < Math.min(sentenceEnd, i + 9); k++) if (tokens[k]!.lexicon.includes('trigger')) { rightTrigger = tokens[k]!.word; break; }
  if (leftTrigger) f.push(`Ltrig=${leftTrigger}`);
  if (rightTrigger) f.push(`Rtrig=${rightTrigger}`);
  if (!leftTrigger && !rightTrigger) f.push('notrig');
  const triggers = ctx.sentenceTriggers[tok.sentence]!;
  if (triggers.length === 0) f.push('S-notrig');
  for (const t of triggers) f.push(`S-trig=${t}`);
  return f;
}
