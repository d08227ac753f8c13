/** A located point as JSON: coordinates typed by the user get their country and admin-1 from polygons. */
import { admin1OfPoint } from '../geo/gazetteer/admin1-of-point.ts';
import { countryOfPoint } from '../geo/gazetteer/country-of-point.ts';
import type { Gazetteer } from '../geo/gazetteer/gazetteer-types.ts';
import type { LocatedPoint } from '../geo/locate.ts';

export function pointJson(p: LocatedPoint, gazetteer: Gazetteer) {
  if (p.place) return { name: p.name, lat: p.lat, lon: p.lon, place: p.place };
  const cc = countryOfPoint(p.lat, p.lon);
  const admin1 = cc ? admin1OfPoint(p.lat, p.lon, gazetteer, cc) : null;
  return { name: p.name, lat: p.lat, lon: p.lon, place: null, country_code: cc, admin1: admin1?.name ?? null };
}
