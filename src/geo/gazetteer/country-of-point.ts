import { iso1A2Code } from '@rapideditor/country-coder';

/** ISO 3166-1 alpha-2 code of the country containing the point (country-coder polygons), or null at sea. */
export function countryOfPoint(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return iso1A2Code([lon, lat], { level: 'territory' });
}
