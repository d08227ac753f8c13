/** The extraction dependencies of the shipped product: the embedded gazetteer's place finder and the learned model. */
import { defaultGazetteer } from '../geo/gazetteer/load-gazetteer.ts';
import { findPlaceMentions } from '../geo/find-place-mentions.ts';
import { nameKey } from '../geo/gazetteer/name-key.ts';
import { haversineKm } from '../geo/gazetteer/haversine-km.ts';
import { defaultLearnedModel } from '../extract/learned/load-learned-model.ts';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import type { PipelineDependencies } from './extract-document.ts';

/** A country, an admin unit or a place of at least this many people counts as well known. */
const WELL_KNOWN_POPULATION = 50_000;

function wellKnownPlace(gazetteer: Gazetteer): (text: string) => boolean {
  return (text) => gazetteer.lookupKey(nameKey(text)).some((i) => {
    const entry = gazetteer.entry(i);
    return entry.kind === 'country' || entry.kind === 'admin1' || entry.population >= WELL_KNOWN_POPULATION;
  });
}

function countryOfWord(gazetteer: Gazetteer): (word: string) => string | null {
  return (word) => {
    if (word.length < 4) return null;
    const key = nameKey(word);
    const demonym = gazetteer.demonyms.get(key);
    if (demonym) return demonym;
    for (const i of gazetteer.lookupKey(key)) {
      const entry = gazetteer.entry(i);
      if (entry.kind === 'country' && entry.countryCode) return entry.countryCode;
    }
    return null;
  };
}

let cached: PipelineDependencies | null = null;

export function defaultDependencies(): PipelineDependencies {
  if (cached) return cached;
  const gazetteer = defaultGazetteer();
  cached = {
    findPlaces: (text, tokens, options) => findPlaceMentions(text, tokens, gazetteer, options),
    distanceKm: haversineKm,
    learned: defaultLearnedModel(),
    isPlaceName: wellKnownPlace(gazetteer),
    countryOfWord: countryOfWord(gazetteer),
  };
  return cached;
}
