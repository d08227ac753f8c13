/** Incidents as a GeoJSON FeatureCollection: a Point per placed incident, the contract fields as properties. */
import type { Incident } from '../core/types.ts';

export function incidentsToGeoJSON(incidents: Incident[]) {
  return {
    type: 'FeatureCollection' as const,
    features: incidents.filter((i) => i.place && i.place.lat !== null && i.place.lon !== null).map((i) => {
      const { claims, ...properties } = i;
      return {
        type: 'Feature' as const,
        id: i.id,
        geometry: { type: 'Point' as const, coordinates: [i.place!.lon!, i.place!.lat!] },
        properties: { ...properties, claims_count: claims.length },
      };
    }),
  };
}
