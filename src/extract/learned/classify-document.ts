/**
 * The learned document classifier: whether a text reports an incident and, if so, its MUC-4
 * incident type, with the margin of the decision.
 */
import { scoreLabels, type PerceptronWeights } from './averaged-perceptron.ts';
import { documentFeatures } from './document-features.ts';
import type { TaggingContext } from './tagging-context.ts';

export const NO_INCIDENT = 'none';
export const DOCUMENT_LABELS: string[] = [NO_INCIDENT, 'attack', 'bombing', 'kidnapping', 'arson', 'robbery', 'forced work stoppage'];

export interface DocumentClass {
  /** "none" or a MUC-4 incident type. */
  label: string;
  /** Best incident type, even when "none" wins. */
  type: string;
  /** Score of the best incident type minus the score of "none". */
  margin: number;
}

export function classifyDocument(ctx: TaggingContext, model: PerceptronWeights): DocumentClass {
  const scores = scoreLabels(model, documentFeatures(ctx));
  let type = 1;
  for (let k = 2; k < scores.length; k++) if (scores[k]! > scores[type]!) type = k;
  const margin = scores[type]! - scores[0]!;
  return { label: margin > 0 ? model.labels[type]! : NO_INCIDENT, type: model.labels[type]!, margin };
}
