/**
 * Rows of the user's gazetteer (places imported from GeoNames dumps or added by hand) and of
 * coverage sites. Places are kept whole as JSON; a later save with the same id replaces the row.
 */
import type Database from 'better-sqlite3';
import type { GazetteerPlace } from '../../geo/gazetteer/gazetteer-types.ts';
import type { Site } from '../../geo/coverage/site.ts';

interface SiteRow {
  id: string;
  name: string;
  lat: number;
  lon: number;
  range_min_km: number;
  range_max_km: number;
  kind: string | null;
  place_id: string | null;
}

/** Upserts places in one transaction; returns how many were written. */
export function saveUserPlaces(db: Database.Database, places: readonly GazetteerPlace[], now: Date): number {
  const insert = db.prepare(
    'INSERT INTO user_places (id, name, country_code, source, data, added_at) VALUES (?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET name = excluded.name, country_code = excluded.country_code, ' +
      'source = excluded.source, data = excluded.data, added_at = excluded.added_at',
  );
  const at = now.toISOString();
  const run = db.transaction((rows: readonly GazetteerPlace[]) => {
    for (const p of rows) {
      insert.run(p.id, p.name, p.countryCode ?? null, p.id.startsWith('gn:') ? 'geonames' : 'user', JSON.stringify(p), at);
    }
  });
  run(places);
  return places.length;
}

export function listUserPlaces(db: Database.Database): GazetteerPlace[] {
  const rows = db.prepare('SELECT data FROM user_places ORDER BY rowid').all() as Array<{ data: string }>;
  return rows.map((r) => JSON.parse(r.data) as GazetteerPlace);
}

export function saveSite(db: Database.Database, site: Site, now: Date): void {
  db.prepare(
    'INSERT INTO sites (id, name, lat, lon, range_min_km, range_max_km, kind, place_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ' +
      'ON CONFLICT (id) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon, ' +
      'range_min_km = excluded.range_min_km, range_max_km = excluded.range_max_km, kind = excluded.kind, ' +
      'place_id = excluded.place_id, added_at = excluded.added_at',
  ).run(site.id, site.name, site.lat, site.lon, site.rangeKm.min, site.rangeKm.max, site.kind ?? null, site.placeId ?? null, now.toISOString());
}

export function listSites(db: Database.Database): Site[] {
  const rows = db.prepare('SELECT id, name, lat, lon, range_min_km, range_max_km, kind, place_id FROM sites ORDER BY name, id').all() as SiteRow[];
  return rows.map((r) => {
    const site: Site = { id: r.id, name: r.name, lat: r.lat, lon: r.lon, rangeKm: { min: r.range_min_km, max: r.range_max_km } };
    if (r.kind) site.kind = r.kind;
    if (r.place_id) site.placeId = r.place_id;
    return site;
  });
}

/** Removes the site with this id, or else with this name (case-insensitive); true when one was removed. */
export function removeSite(db: Database.Database, idOrName: string): boolean {
  const byId = db.prepare('DELETE FROM sites WHERE id = ?').run(idOrName);
  if (byId.changes > 0) return true;
  return db.prepare('DELETE FROM sites WHERE lower(name) = lower(?)').run(idOrName).changes > 0;
}
