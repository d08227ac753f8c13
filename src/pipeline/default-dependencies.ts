/** The extraction dependencies of the shipped product: the embedded gazetteer's place finder. */
import type { ExtractionDependencies } from '../extract/extract-incidents.ts';
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { findPlaceMentions } from '../geo/find-place-mentions.ts';

let cached: ExtractionDependencies | null = null;

export function defaultDependencies(): ExtractionDependencies {
  if (cached) return cached;
  const gazetteer = defaultGazetteer();
  cached = { findPlaces: (text, tokens, options) => findPlaceMentions(text, tokens, gazetteer, options) };
  return cached;
}
