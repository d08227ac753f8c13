/**
 * The place a mention falls back to when no gazetteer reading of its name fits the text's
 * geography: the name as written, located only to the finest unit the text supports (an
 * admin unit named beside it, else the country the text is about), with a note that says so.
 */
import type { ResolvedPlace } from '../core/types.ts';
import { describePlace } from './gazetteer/describe-place.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer/gazetteer-types.ts';

export type FallbackPlace = ResolvedPlace & { id: null; note: string };

/** "BONI" or "boni" (a dateline, a caseless text) → "Boni"; mixed case stays as written. */
function displayName(surface: string): string {
  const flat = surface.replace(/\s+/g, ' ').trim();
  if (flat !== flat.toLowerCase() && flat !== flat.toUpperCase()) return flat;
  return flat.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function unitLabel(unit: GazetteerEntry, g: Gazetteer): string {
  const country = unit.countryCode ? (g.countries.get(unit.countryCode)?.name ?? unit.countryCode) : null;
  if (unit.kind === 'country') return unit.name;
  const kind = unit.kind === 'admin1' ? 'admin-1 unit' : unit.kind === 'admin2' ? 'district' : 'unit';
  return country ? `${unit.name} (${kind} of ${country})` : unit.name;
}

/**
 * `surface` placed in `unit`. `rejected` is the reading the name would have alone (shown in
 * the note so that an analyst sees what was turned down), or null when the name has none.
 */
export function contextFallback(surface: string, unit: GazetteerEntry, rejected: GazetteerEntry | null, g: Gazetteer): FallbackPlace {
  const where = describePlace(unit, g);
  const name = displayName(surface);
  const turnedDown = rejected
    ? `its gazetteer readings lie far from every place the text names (alone it would read as ${rejected.name}, ${rejected.countryCode ?? '-'})`
    : 'it is not in the gazetteer';
  return {
    name,
    admin1: where.admin1,
    country: where.country,
    country_code: where.country_code,
    lat: where.lat,
    lon: where.lon,
    precision: where.precision,
    id: null,
    note: `"${name}": ${turnedDown}; placed in ${unitLabel(unit, g)}, the finest unit the text supports`,
  };
}
