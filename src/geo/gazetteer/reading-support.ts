/**
 * How well the text's own geography supports a gazetteer reading of a name: whether the
 * reading stands on its own (the place's own name, and a large place or a capital), and how
 * far it lies from the other places the text names.
 */
import { haversineKm } from './haversine-km.ts';
import type { GazetteerEntry } from './gazetteer-types.ts';
import { nameKey } from './name-key.ts';

/** A reading within this distance of a place the text names is near it (a border area, a neighbouring province). */
export const NEAR_KM = 300;
/** When the text names only countries, a reading this far from each country's representative point is far from all of them. */
export const FAR_FROM_COUNTRY_KM = 1500;
/** A place this large (or a capital) is known well enough to be meant even where the text names nothing near it. */
export const WELL_KNOWN_POPULATION = 200_000;

const ownKeys = new Map<string, string>();

/** The name key of the entry's own name (cached: the same entries come back document after document). */
function ownKey(entry: GazetteerEntry): string {
  let key = ownKeys.get(entry.id);
  if (key === undefined) {
    if (ownKeys.size >= 100_000) ownKeys.clear();
    key = nameKey(entry.name);
    ownKeys.set(entry.id, key);
  }
  return key;
}

/**
 * A reading an analyst accepts without support from the rest of the text: the name is the
 * place's own (not one of its alternate names: "Boni" is an old name of Bonn) and the place is
 * a province, a capital or a place of at least WELL_KNOWN_POPULATION people; or a country, or a
 * place curated or added by the user.
 */
export function standsAlone(entry: GazetteerEntry, key: string): boolean {
  if (entry.source !== 'geonames') return true;
  if (entry.kind === 'country') return true;
  if (ownKey(entry) !== key) return false;
  if (entry.kind === 'admin1') return true;
  return entry.featureCode === 'PPLC' || entry.population >= WELL_KNOWN_POPULATION;
}

/** Kilometres from the entry to the nearest of the points; Infinity when either side has no coordinates. */
export function nearestKm(entry: GazetteerEntry, points: Array<{ lat: number; lon: number }>): number {
  if (entry.lat === null || entry.lon === null) return Infinity;
  let best = Infinity;
  for (const p of points) best = Math.min(best, haversineKm(p, { lat: entry.lat, lon: entry.lon }));
  return best;
}
