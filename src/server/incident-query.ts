/** A validated incident query to a page of incidents: the store's filters, or a radius around a point. */
import type { Incident } from '../core/types.ts';
import { incidentsWithinKm } from '../pipeline/near-report.ts';
import type { IncidentFilter, Store } from '../store/store.ts';
import { ApiError } from './api-error.ts';
import type { IncidentQuery } from './schemas.ts';

export function toIncidentFilter(q: IncidentQuery, defaultLimit: number): IncidentFilter {
  const filter: IncidentFilter = { limit: q.limit ?? defaultLimit, offset: q.offset ?? 0 };
  if (q.from !== undefined) filter.from = q.from;
  if (q.to !== undefined) filter.to = q.to;
  if (q.on !== undefined) filter.onDay = q.on;
  if (q.country !== undefined) filter.country = q.country;
  if (q.actor !== undefined) filter.actor = q.actor;
  if (q.type !== undefined) filter.attackType = q.type;
  if (q.min_killed !== undefined) filter.minKilled = q.min_killed;
  if (q.text !== undefined) filter.text = q.text;
  if (q.bbox !== undefined) filter.bbox = q.bbox;
  return filter;
}

export interface IncidentPage {
  incidents: Array<Incident & { distance_km?: number }>;
  total: number;
  limit: number;
  offset: number;
}

/** One page of the incidents a query matches, with the total; with `near`, nearest first and each with `distance_km`. */
export async function queryIncidents(store: Store, q: IncidentQuery, defaultLimit: number): Promise<IncidentPage> {
  const filter = toIncidentFilter(q, defaultLimit);
  const limit = filter.limit!;
  const offset = filter.offset!;
  if (q.within_km !== undefined && q.near === undefined) throw new ApiError(400, 'VALIDATION', 'within_km: give near=lat,lon with it');
  if (q.any_precision !== undefined && q.near === undefined) throw new ApiError(400, 'VALIDATION', 'any_precision: give near=lat,lon with it');
  if (q.near === undefined) {
    const [incidents, total] = await Promise.all([store.listIncidents(filter), store.countIncidents(filter)]);
    return { incidents, total, limit, offset };
  }
  if (q.bbox !== undefined) throw new ApiError(400, 'VALIDATION', 'give bbox or near, not both');
  const [lat, lon] = q.near;
  const near = await incidentsWithinKm(store, { lat, lon }, q.within_km ?? 50, { filter, anyPrecision: q.any_precision === 'true' });
  const page = near.slice(offset, offset + limit).map(({ incident, distanceKm }) => ({ ...incident, distance_km: distanceKm }));
  return { incidents: page, total: near.length, limit, offset };
}
