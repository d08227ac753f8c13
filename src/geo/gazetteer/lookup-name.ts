import { describePlace } from './describe-place.ts';
import type { Gazetteer, GazetteerResolvedPlace } from './gazetteer-types.ts';
import { defaultGazetteer } from './load-gazetteer.ts';
import { nameKey } from './name-key.ts';

/** Every entry whose name (or an alternate name) has the same name key, largest first. */
export function lookupName(name: string, gazetteer: Gazetteer = defaultGazetteer()): GazetteerResolvedPlace[] {
  return gazetteer
    .lookupKey(nameKey(name))
    .map((i) => gazetteer.entry(i))
    .sort((a, b) => b.population - a.population)
    .map((e) => describePlace(e, gazetteer));
}
