/**
 * A point given on the command line or in a request: "37.26,68.14" (latitude, longitude) or a
 * place name resolved through the gazetteer. A name that resolves to nothing, to no coordinates,
 * or only to a country or province (the Ishqobod border post → Tajikistan) is an error rather
 * than a guess.
 */
import { NotFoundError, UsageError } from '../core/errors.ts';
import type { Gazetteer, GazetteerResolvedPlace } from './gazetteer/gazetteer-types.ts';
import { resolveToponym } from './gazetteer/resolve-toponym.ts';

export interface LocatedPoint {
  lat: number;
  lon: number;
  /** The place name, or the coordinates as typed. */
  name: string;
  /** The gazetteer place when the input was a name. */
  place: GazetteerResolvedPlace | null;
}

const LAT_LON = /^\s*([+-]?\d+(?:\.\d+)?)\s*[, ]\s*([+-]?\d+(?:\.\d+)?)\s*$/;

/** "37.26,68.14" → {lat, lon}; null when the text is not a coordinate pair. Throws on out-of-range values. */
export function parseLatLon(text: string): { lat: number; lon: number } | null {
  const m = LAT_LON.exec(text);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new UsageError(`${text}: not a latitude,longitude pair (latitude within ±90, longitude within ±180)`, 'BAD_POINT');
  return { lat, lon };
}

export function locate(text: string, gazetteer: Gazetteer, options: { countryCodes?: string[] } = {}): LocatedPoint {
  const point = parseLatLon(text);
  if (point) return { ...point, name: text.trim(), place: null };
  const r = resolveToponym(text, { countryCodes: options.countryCodes ?? [] }, gazetteer);
  if (!r.place) {
    const hint = r.candidates[0] ? ` (closest: ${r.candidates[0].name}, ${r.candidates[0].country_code ?? '-'})` : '';
    throw new NotFoundError(`no place named "${text}" in the gazetteer${hint}; give LAT,LON or add it with sitrep places add`);
  }
  if (r.place.lat === null || r.place.lon === null) throw new NotFoundError(`"${text}" resolves to ${r.place.name}, which has no coordinates`);
  // A country's or a province's representative point is not a position: distances from it would be false precision.
  if (r.place.precision === 'country' || r.place.precision === 'admin1') {
    throw new NotFoundError(`"${text}" is known only as ${r.place.name} (${r.place.precision} precision), not a point; give LAT,LON or add it with sitrep places add`);
  }
  return { lat: r.place.lat, lon: r.place.lon, name: r.place.name, place: r.place };
}
