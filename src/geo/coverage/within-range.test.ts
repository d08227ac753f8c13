import { test } from 'node:test';
import assert from 'node:assert/strict';
import { destination } from '@turf/turf';
import { incidentsNear, sitesCovering } from './within-range.ts';
import { distanceKm } from './great-circle.ts';
import type { Site } from './site.ts';

const at = (lat: number, lon: number, km: number, bearing: number) => {
  const [dlon, dlat] = destination([lon, lat], km, bearing, { units: 'kilometers' }).geometry.coordinates as [number, number];
  return { lat: dlat, lon: dlon };
};

test('distances match known values', () => {
  const rows: Array<[{ lat: number; lon: number }, { lat: number; lon: number }, number, number]> = [
    // 1° of meridian on the mean-radius sphere: 6371.0088 km × π/180.
    [{ lat: 0, lon: 0 }, { lat: 1, lon: 0 }, 111.195, 0.001],
    [{ lat: 37, lon: 68 }, { lat: 38, lon: 68 }, 111.195, 0.001],
    // 1° of longitude on the equator is the same arc.
    [{ lat: 0, lon: 10 }, { lat: 0, lon: 11 }, 111.195, 0.001],
    // 1° of longitude at 60°N is half of it.
    [{ lat: 60, lon: 0 }, { lat: 60, lon: 1 }, 55.596, 0.01],
    // Quarter of a great circle.
    [{ lat: 0, lon: 0 }, { lat: 90, lon: 0 }, 10007.557, 0.01],
  ];
  for (const [a, b, expected, tolerance] of rows) {
    const d = distanceKm(a, b);
    assert.ok(Math.abs(d - expected) < tolerance, `${JSON.stringify([a, b])}: ${d} vs ${expected}`);
  }
});

test('incidentsNear keeps the items within the radius, nearest first, with distances', () => {
  const centre = { lat: 37.3, lon: 68.2 };
  const items = [
    { id: 'far', ...at(centre.lat, centre.lon, 30, 10) },
    { id: 'b', ...at(centre.lat, centre.lon, 5, 200) },
    { id: 'a', ...at(centre.lat, centre.lon, 5, 20) },
    { id: 'near', ...at(centre.lat, centre.lon, 1.5, 90) },
    { id: 'edge', ...at(centre.lat, centre.lon, 9.999, 300) },
    { id: 'nowhere', lat: null, lon: null },
  ];
  const near = incidentsNear(centre, items, 10);
  assert.deepEqual(near.map((i) => i.id), ['near', 'a', 'b', 'edge']);
  assert.ok(Math.abs(near[0]!.distanceKm - 1.5) < 1e-6);
  assert.ok(Math.abs(near[3]!.distanceKm - 9.999) < 1e-6);
  assert.deepEqual(incidentsNear(centre, items, 0.5), []);
});

test('sitesCovering separates certain from possible coverage', () => {
  const point = { lat: 37.3, lon: 68.2 };
  const site = (id: string, km: number, min: number, max: number): Site => ({ id, name: id, ...at(point.lat, point.lon, km, 45), rangeKm: { min, max } });
  const sites = [site('possible', 17, 15, 20), site('out', 25, 15, 20), site('certain', 10, 15, 20)];
  const covering = sitesCovering(point, sites);
  assert.deepEqual(covering.map((c) => [c.site.id, c.certainly]), [['certain', true], ['possible', false]]);
  assert.ok(Math.abs(covering[1]!.distanceKm - 17) < 1e-6);
});
