import type { Gazetteer, GazetteerEntry, GazetteerResolvedPlace } from './gazetteer-types.ts';

/** The contract shape of a gazetteer entry: names of its admin-1 unit and country filled in. */
export function describePlace(entry: GazetteerEntry, gazetteer: Gazetteer): GazetteerResolvedPlace {
  const cc = entry.countryCode;
  const admin1 =
    entry.kind === 'country' || !cc || !entry.admin1Code
      ? null
      : entry.kind === 'admin1'
        ? entry.name
        : (gazetteer.admin(`${cc}.${entry.admin1Code}`)?.name ?? null);
  const place: GazetteerResolvedPlace = {
    name: entry.name,
    admin1,
    country: cc ? (gazetteer.countries.get(cc)?.name ?? null) : null,
    country_code: cc,
    lat: entry.lat,
    lon: entry.lon,
    precision: entry.precision,
    id: entry.id,
  };
  if (entry.note) place.note = entry.note;
  return place;
}
