/** The extraction dependencies of the shipped product: the embedded gazetteer's place finder and the learned model. */
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { findPlaceMentions } from '../geo/find-place-mentions.ts';
import { defaultLearnedModel } from '../extract/learned/load-learned-model.ts';
import type { PipelineDependencies } from './extract-document.ts';

let cached: PipelineDependencies | null = null;

export function defaultDependencies(): PipelineDependencies {
  if (cached) return cached;
  const gazetteer = defaultGazetteer();
  cached = { findPlaces: (text, tokens, options) => findPlaceMentions(text, tokens, gazetteer, options), learned: defaultLearnedModel() };
  return cached;
}
