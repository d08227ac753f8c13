/**
 * Features of a whole document for the learned incident classifier: its words and word
 * pairs, the words of its opening sentences, lexicon classes and actor kinds that occur.
 */
import type { TaggingContext } from './tagging-context.ts';
import { hashText } from './feature-hash.ts';

/** The features as integers (feature-hash.ts). */
export function documentFeatures(ctx: TaggingContext): number[] {
  return documentFeatureNames(ctx).map(hashText);
}

/** The features by name, e.g. "u=bomb", "b=car|bomb", "first=guerrillas". */
export function documentFeatureNames(ctx: TaggingContext): string[] {
  const features = new Set<string>(['bias']);
  const words = ctx.tokens.filter((t) => /\p{L}/u.test(t.word));
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    features.add(`u=${t.word}`);
    if (i + 1 < words.length && words[i + 1]!.sentence === t.sentence) features.add(`b=${t.word}|${words[i + 1]!.word}`);
    if (t.sentence < 2) features.add(`first=${t.word}`);
    for (const cls of t.lexicon) {
      features.add(`lex=${cls}`);
      if (t.sentence < 2) features.add(`firstlex=${cls}`);
    }
    if (t.actor?.startsWith('B-')) features.add(`actor=${t.actor.slice(2)}`);
  }
  const sentences = ctx.sentenceStarts.length - 1;
  features.add(`len=${sentences < 5 ? 'short' : sentences < 15 ? 'medium' : 'long'}`);
  return [...features];
}
