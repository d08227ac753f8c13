/**
 * The learned role tagger: BIO tags for the five MUC-4 roles over fine-grained tokens,
 * decoded greedily left to right with the previous two tags as features, and the spans it
 * finds with a confidence (the mean margin of the span's tags over "O").
 */
import { scoreLabels, type PerceptronTrainer, type PerceptronWeights } from './averaged-perceptron.ts';
import type { TaggingContext } from './tagging-context.ts';
import { tokenFeatures } from './token-features.ts';
import { feature, hashText } from './feature-hash.ts';

export const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type Role = (typeof ROLES)[number];

export const TAGS: string[] = ['O', ...ROLES.flatMap((r) => [`B-${r}`, `I-${r}`])];

export interface RoleSpan {
  role: Role;
  start: number;
  end: number;
  /** Exactly the text between start and end. */
  text: string;
  /** Token indices [first, last + 1). */
  tokens: [number, number];
  /** Mean margin of the span's tags over the "O" tag. */
  confidence: number;
}

const TAG_HASHES = TAGS.map((t) => hashText(`tag:${t}`));
const TAG_INDEX = new Map(TAGS.map((t, k) => [t, k]));
const START_TAG = hashText('tag:<s>');
const T_PREV = hashText('template:t-1');
const T_PREV2 = hashText('template:t-2,t-1');
const T_PREV_WORD = hashText('template:t-1,w');

/** ALLOWED[prev][k]: whether tag k may follow tag prev (an I- tag continues a span of its own role); prev -1 is a sentence start. */
const ALLOWED: boolean[][] = [-1, ...TAGS.keys()].map((prev) => TAGS.map((tag) => {
  if (!tag.startsWith('I-')) return true;
  return prev >= 0 && TAGS[prev] !== 'O' && TAGS[prev]!.slice(2) === tag.slice(2);
}));

/** One pass over a document: the tags, each token's scores; trains when `gold` and `trainer` are given. */
export function tagDocument(
  ctx: TaggingContext,
  model: PerceptronWeights | null,
  gold?: readonly string[],
  trainer?: PerceptronTrainer,
  outsidePenalty = 0,
  sentences?: (sentence: number) => boolean,
): { tags: string[]; margins: number[] } {
  const tags: string[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(TAGS.length);
  const indices: number[] = [];
  let prevIndex = -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const tok = ctx.tokens[i]!;
    const sentenceStart = ctx.sentenceStarts[tok.sentence]!;
    if (i === sentenceStart) prevIndex = -1;
    if (sentences && !sentences(tok.sentence)) {
      tags.push('O');
      indices.push(0);
      margins.push(0);
      continue;
    }
    const prev = prevIndex >= 0 ? TAG_HASHES[prevIndex]! : START_TAG;
    const prev2 = i - 1 > sentenceStart ? TAG_HASHES[indices[i - 2]!]! : START_TAG;
    const features = tokenFeatures(ctx, i);
    features.push(feature(T_PREV, prev), feature(T_PREV2, prev2, prev), feature(T_PREV_WORD, prev, tok.hash));
    if (trainer) trainer.scores(features, scores);
    else scoreLabels(model!, features, scores);
    scores[0]! -= outsidePenalty;
    const allowed = ALLOWED[prevIndex + 1]!;
    let guess = 0;
    for (let k = 1; k < scores.length; k++) if (allowed[k] && scores[k]! > scores[guess]!) guess = k;
    if (trainer && gold) trainer.update(TAG_INDEX.get(gold[i]!)!, guess, features);
    tags.push(TAGS[guess]!);
    indices.push(guess);
    margins.push(scores[guess]! - scores[0]!);
    prevIndex = guess;
  }
  return { tags, margins };
}

/** Spans of the tag sequence, with their text and confidence. */
export function spansOf(ctx: TaggingContext, tags: readonly string[], margins: readonly number[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  let i = 0;
  while (i < tags.length) {
    const tag = tags[i]!;
    if (tag === 'O') { i++; continue; }
    const role = tag.slice(2) as Role;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${role}`) j++;
    const start = ctx.tokens[i]!.start;
    const end = ctx.tokens[j - 1]!.end;
    let sum = 0;
    for (let k = i; k < j; k++) sum += margins[k]!;
    spans.push({ role, start, end, text: ctx.text.slice(start, end), tokens: [i, j], confidence: sum / (j - i) });
    i = j;
  }
  return spans;
}

/**
 * Role spans of a document, or of the sentences `sentences` selects (tags depend on their own
 * sentence only, so skipping the others changes nothing else). `outsidePenalty` lowers the score
 * of "O" before decoding: higher values trade precision for recall.
 */
export function tagRoles(ctx: TaggingContext, model: PerceptronWeights, outsidePenalty = 0, sentences?: (sentence: number) => boolean): RoleSpan[] {
  const { tags, margins } = tagDocument(ctx, model, undefined, undefined, outsidePenalty, sentences);
  return spansOf(ctx, tags, margins);
}
