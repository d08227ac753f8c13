import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bearing, destination } from '@turf/turf';
import { checkRoute } from './route-check.ts';
import { toGeoJSON } from './to-geojson.ts';
import { distanceKm, type LatLon } from './great-circle.ts';
import type { Site } from './site.ts';

function move(p: LatLon, km: number, bearingDeg: number): LatLon {
  const [lon, lat] = destination([p.lon, p.lat], km, bearingDeg, { units: 'kilometers' }).geometry.coordinates as [number, number];
  return { lat, lon };
}

/**
 * A route whose closest approach to `site` is exactly `offsetKm`, at the foot F:
 * F lies offsetKm from the site, and the path runs through F perpendicular to the
 * great circle site–F, `before` km before F and `after` km after it.
 */
function passing(site: LatLon, offsetKm: number, before: number, after: number, siteToFootBearing = 100) {
  const foot = move(site, offsetKm, siteToFootBearing);
  const back = bearing([foot.lon, foot.lat], [site.lon, site.lat]);
  return { foot, from: move(foot, before, back - 90), to: move(foot, after, back + 90) };
}

const outpost = (lat: number, lon: number, min: number, max: number): Site => ({ id: 'op', name: 'Outpost', lat, lon, rangeKm: { min, max } });

const onCircle = (p: LatLon, site: LatLon, radiusKm: number) => Math.abs(distanceKm(p, site) - radiusKm);

test('a route passing a site at a known offset: closest approach, entry and exit on the circle', () => {
  const site = outpost(37.2, 68.3, 15, 20);
  const { foot, from, to } = passing(site, 12, 40, 60);
  const check = checkRoute({ ...from, name: 'A' }, { ...to, name: 'B' }, [site]);
  assert.ok(Math.abs(check.lengthKm - 100) < 0.01, `length ${check.lengthKm}`);
  const [c] = check.sites;
  assert.ok(c);
  assert.equal(c.enters, true);
  assert.equal(c.entersCertainly, true);
  assert.equal(c.startsInside, false);
  assert.equal(c.endsInside, false);
  assert.ok(Math.abs(c.closestApproach.distanceKm - 12) < 0.1, `closest ${c.closestApproach.distanceKm}`);
  assert.ok(Math.abs(c.closestApproach.km - 40) < 0.1, `closest at km ${c.closestApproach.km}`);
  assert.ok(distanceKm(c.closestApproach, foot) < 0.1);
  // Entry and exit lie on the circles, symmetric about the foot (half-chord from spherical Pythagoras).
  for (const [p, r] of [[c.entry, 20], [c.exit, 20], [c.certainEntry, 15], [c.certainExit, 15]] as const) {
    assert.ok(p);
    assert.ok(onCircle(p, site, r) < 0.02, `${JSON.stringify(p)} off the ${r} km circle by ${onCircle(p, site, r)}`);
  }
  const R = 6371.0088;
  const halfChord = (r: number) => R * Math.acos(Math.cos(r / R) / Math.cos(12 / R));
  assert.ok(Math.abs(c.entry!.km - (40 - halfChord(20))) < 0.01);
  assert.ok(Math.abs(c.exit!.km - (40 + halfChord(20))) < 0.01);
  assert.ok(Math.abs(c.kmInside - 2 * halfChord(20)) < 0.01);
  assert.ok(Math.abs(c.kmInsideCertainly - 2 * halfChord(15)) < 0.01);
  assert.ok(c.entry!.km < c.certainEntry!.km && c.certainExit!.km < c.exit!.km);
  // The path is a great circle: its vertices stay on it (cross-track from the foot line ~ 0).
  assert.equal(check.path.type, 'LineString');
  assert.deepEqual(check.path.coordinates[0], [from.lon, from.lat]);
  assert.deepEqual(check.path.coordinates.at(-1), [to.lon, to.lat]);
  assert.deepEqual(check.from, { ...from, name: 'A' });
});

test('a route that misses the site', () => {
  const site = outpost(37.2, 68.3, 15, 20);
  const { from, to } = passing(site, 27, 30, 30, 250);
  const [c] = checkRoute(from, to, [site]).sites;
  assert.ok(c);
  assert.equal(c.enters, false);
  assert.equal(c.entersCertainly, false);
  assert.equal(c.entry, null);
  assert.equal(c.exit, null);
  assert.equal(c.kmInside, 0);
  assert.ok(Math.abs(c.closestApproach.distanceKm - 27) < 0.1);
});

test('a route inside the possible range but outside the certain range', () => {
  const site = outpost(-33.9, 18.4, 15, 20);
  const { from, to } = passing(site, 17.5, 25, 25, 0);
  const [c] = checkRoute(from, to, [site]).sites;
  assert.ok(c);
  assert.equal(c.enters, true);
  assert.equal(c.entersCertainly, false);
  assert.equal(c.certainEntry, null);
  assert.equal(c.certainExit, null);
  assert.equal(c.kmInsideCertainly, 0);
  assert.ok(c.entry && onCircle(c.entry, site, 20) < 0.02);
  assert.ok(c.exit && onCircle(c.exit, site, 20) < 0.02);
  assert.ok(Math.abs(c.closestApproach.distanceKm - 17.5) < 0.1);
});

test('a grazing pass between two samples is still seen', () => {
  const site = outpost(10, 10, 5, 5);
  // Passes 4.99 km from the site with a 7 km sampling step: the chord inside is ~0.6 km.
  const { from, to } = passing(site, 4.99, 33.3, 40, 30);
  const [c] = checkRoute(from, to, [site], { stepKm: 7 }).sites;
  assert.ok(c);
  assert.equal(c.enters, true);
  assert.ok(c.entry && c.exit && c.exit.km > c.entry.km);
  assert.ok(onCircle(c.entry, site, 5) < 0.02 && onCircle(c.exit, site, 5) < 0.02);
});

test('a route that starts inside the coverage has no entry, only an exit', () => {
  const site = outpost(0, 0, 10, 20);
  const from = move(site, 5, 90);
  const to = move(site, 50, 90);
  const [c] = checkRoute(from, to, [site]).sites;
  assert.ok(c);
  assert.equal(c.startsInside, true);
  assert.equal(c.entry, null);
  assert.equal(c.certainEntry, null);
  assert.ok(c.exit && Math.abs(c.exit.km - 15) < 0.01);
  assert.ok(c.certainExit && Math.abs(c.certainExit.km - 5) < 0.01);
  assert.ok(Math.abs(c.kmInside - 15) < 0.01);
  assert.ok(c.closestApproach.km < 1e-6 && Math.abs(c.closestApproach.distanceKm - 5) < 1e-6);
});

test('several sites keep their order; bad input is refused', () => {
  const a = outpost(0, 0, 1, 2);
  const b = { ...outpost(0, 1, 1, 2), id: 'b' };
  const check = checkRoute({ lat: 0, lon: -1 }, { lat: 0, lon: 2 }, [a, b]);
  assert.deepEqual(check.sites.map((s) => s.site.id), ['op', 'b']);
  assert.ok(check.sites.every((s) => s.enters && s.closestApproach.distanceKm < 1e-6));
  assert.throws(() => checkRoute({ lat: 95, lon: 0 }, { lat: 0, lon: 0 }, []), /latitude/);
  assert.throws(() => checkRoute({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, [], { stepKm: 0 }), /step/);
  assert.throws(() => checkRoute({ lat: 10, lon: 20 }, { lat: -10, lon: -160 }, []), /antipodal/);
});

test('toGeoJSON gives the path, coverage polygons, crossings and closest approach', () => {
  const site = outpost(37.2, 68.3, 15, 20);
  const { from, to } = passing(site, 12, 40, 60);
  const fc = toGeoJSON(checkRoute(from, to, [site]), { circleSteps: 64 });
  assert.equal(fc.type, 'FeatureCollection');
  const roles = fc.features.map((f) => f.properties?.role);
  assert.deepEqual(roles, ['path', 'from', 'to', 'site', 'coverage-max', 'coverage-min', 'entry', 'exit', 'certain-entry', 'certain-exit', 'closest-approach', 'closest-approach-line']);
  const max = fc.features[4]!;
  assert.equal(max.geometry.type, 'Polygon');
  const ring = (max.geometry as { coordinates: number[][][] }).coordinates[0]!;
  assert.equal(ring.length, 65);
  for (const [lon, lat] of ring) assert.ok(onCircle({ lat: lat!, lon: lon! }, site, 20) < 0.001);
  JSON.parse(JSON.stringify(fc));
});
