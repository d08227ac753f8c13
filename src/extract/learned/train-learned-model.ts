/**
 * Trains the learned model from MUC-4-format documents (text plus gold templates):
 * the role tagger on gold mentions placed in the text, the document classifier on
 * "no incident" versus the incident type. Deterministic: fixed seed, fixed epochs.
 */
import type { ActorRegistry } from '../actors/actor-registry.ts';
import { PerceptronTrainer, argmax, seededRandom, shuffled } from './averaged-perceptron.ts';
import { documentFeatures } from './document-features.ts';
import { goldTags, type RoleMentions } from './gold-tags.ts';
import { LEARNED_MODEL_VERSION, type LearnedModel } from './learned-model.ts';
import { buildTaggingContext, type TaggingContext } from './tagging-context.ts';
import { TAGS, tagDocument } from './role-tagger.ts';
import { NO_INCIDENT, DOCUMENT_LABELS } from './classify-document.ts';

export interface TrainingDocument {
  id: string;
  text: string;
  templates: Array<RoleMentions & { incident_type: string }>;
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  registry?: ActorRegistry;
  /**
   * Train the tagger on documents that report an incident only (default true): in the others,
   * the same people and objects appear untagged and teach the tagger to miss them.
   */
  taggerOnIncidentsOnly?: boolean;
  /** Called after each epoch with its number and the share of tokens tagged right. */
  onEpoch?: (stage: 'tagger' | 'classifier', epoch: number, accuracy: number) => void;
}

export interface TrainReport {
  model: LearnedModel;
  mentions: number;
  placedMentions: number;
}

/** The document label: the most frequent first-listed type of its templates, or "none". */
export function documentLabel(templates: ReadonlyArray<{ incident_type: string }>): string {
  if (templates.length === 0) return NO_INCIDENT;
  const counts = new Map<string, number>();
  for (const t of templates) {
    const type = t.incident_type.split('/')[0]!.trim();
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best = NO_INCIDENT;
  let bestCount = 0;
  for (const [type, count] of counts) if (count > bestCount) { best = type; bestCount = count; }
  return DOCUMENT_LABELS.includes(best) ? best : 'attack';
}

export function trainLearnedModel(docs: readonly TrainingDocument[], options: TrainOptions = {}): TrainReport {
  const epochs = options.epochs ?? 8;
  const seed = options.seed ?? 13;
  const prepared: Array<{ ctx: TaggingContext; tags: string[]; label: string; features: number[] }> = [];
  let mentions = 0;
  let placedMentions = 0;
  for (const doc of docs) {
    const ctx = buildTaggingContext(doc.text, options.registry);
    const gold = goldTags(ctx, doc.templates);
    mentions += gold.mentions;
    placedMentions += gold.placed;
    prepared.push({ ctx, tags: gold.tags, label: documentLabel(doc.templates), features: documentFeatures(ctx) });
  }
  const tagger = new PerceptronTrainer(TAGS);
  const classifier = new PerceptronTrainer(DOCUMENT_LABELS);
  const random = seededRandom(seed);
  const taggerDocs = (options.taggerOnIncidentsOnly ?? true) ? prepared.filter((item) => item.label !== NO_INCIDENT) : prepared;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const item of shuffled(taggerDocs, random)) {
      const { tags } = tagDocument(item.ctx, null, item.tags, tagger);
      tags.forEach((t, i) => { if (t === item.tags[i]) right++; });
      total += tags.length;
    }
    options.onEpoch?.('tagger', epoch, total ? right / total : 0);
  }
  for (let epoch = 1; epoch <= epochs * 2; epoch++) {
    let right = 0;
    for (const item of shuffled(prepared, random)) {
      const guess = argmax(classifier.scores(item.features));
      const truth = DOCUMENT_LABELS.indexOf(item.label);
      if (guess === truth) right++;
      classifier.update(truth, guess, item.features);
    }
    options.onEpoch?.('classifier', epoch, prepared.length ? right / prepared.length : 0);
  }
  const model: LearnedModel = {
    version: LEARNED_MODEL_VERSION,
    meta: { documents: docs.length, epochs, seed, taggerOnIncidentsOnly: String(options.taggerOnIncidentsOnly ?? true) },
    tagger: tagger.average(),
    classifier: classifier.average(),
  };
  return { model, mentions, placedMentions };
}
