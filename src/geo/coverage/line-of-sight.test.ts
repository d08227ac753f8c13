import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArrayBuffer } from 'geotiff';
import { lineOfSight, loadElevationModel, visibilityAlongPath } from './line-of-sight.ts';
import { SitrepError } from '../../core/errors.ts';

/**
 * A synthetic 200 × 200 elevation model in EPSG:4326: pixels of 0.0015° (about 167 m),
 * top-left corner at 10°E 0.3°N, flat at 100 m except a north–south ridge 400 m high
 * in columns 99–101 (pixel centres 10.14925°E to 10.15225°E). One no-data pixel at
 * row 10, column 10.
 */
const SIZE = 200;
const RES = 0.0015;
const WEST = 10;
const NORTH = 0.3;
const FLAT = 100;
const RIDGE = 400;
const NO_DATA = -9999;
const centreLon = (col: number) => WEST + (col + 0.5) * RES;
const centreLat = (row: number) => NORTH - (row + 0.5) * RES;

function syntheticModel(): ArrayBuffer {
  const values = new Float32Array(SIZE * SIZE).fill(FLAT);
  for (let row = 0; row < SIZE; row++) for (let col = 99; col <= 101; col++) values[row * SIZE + col] = RIDGE;
  values[10 * SIZE + 10] = NO_DATA;
  return writeArrayBuffer(values, {
    width: SIZE,
    height: SIZE,
    ModelPixelScale: [RES, RES, 0],
    ModelTiepoint: [0, 0, 0, WEST, NORTH, 0],
    GeographicTypeGeoKey: 4326,
    GTModelTypeGeoKey: 2,
    GTRasterTypeGeoKey: 1,
    GeogCitationGeoKey: 'WGS 84',
    GDAL_NODATA: String(NO_DATA),
  });
}

const modelPromise = loadElevationModel(syntheticModel());

test('the model reads its georeferencing from the GeoTIFF', async () => {
  const model = await modelPromise;
  assert.equal(model.width, SIZE);
  assert.equal(model.height, SIZE);
  const [w, s, e, n] = model.bbox;
  assert.ok(Math.abs(w - WEST) < 1e-9 && Math.abs(n - NORTH) < 1e-9);
  assert.ok(Math.abs(e - (WEST + SIZE * RES)) < 1e-9 && Math.abs(s - (NORTH - SIZE * RES)) < 1e-9);
  assert.ok(Math.abs(model.pixelSizeM - 166.8) < 0.5, `pixel ${model.pixelSizeM} m`);
  assert.equal(model.noData, NO_DATA);
});

test('elevationAt interpolates bilinearly between pixel centres', async () => {
  const model = await modelPromise;
  const rows: Array<[number, number, number | null]> = [
    [centreLat(50), centreLon(50), FLAT],
    [centreLat(50), centreLon(100), RIDGE],
    // Halfway between the centres of columns 98 (flat) and 99 (ridge).
    [centreLat(50), (centreLon(98) + centreLon(99)) / 2, (FLAT + RIDGE) / 2],
    // A quarter of the way.
    [centreLat(50), centreLon(98) + RES / 4, FLAT + (RIDGE - FLAT) / 4],
    // Within the outer half pixel: the edge pixel's value.
    [NORTH - RES / 4, WEST + RES / 4, FLAT],
    // Outside the raster.
    [NORTH + 0.01, 10.1, null],
    [0.1, WEST - 0.0001, null],
    // Next to the no-data pixel.
    [centreLat(10), centreLon(10), null],
    [(centreLat(10) + centreLat(11)) / 2, centreLon(10), null],
  ];
  for (const [lat, lon, expected] of rows) {
    const value = model.elevationAt(lat, lon);
    if (expected === null) assert.equal(value, null, `${lat}, ${lon}`);
    else assert.ok(value !== null && Math.abs(value - expected) < 1e-6, `${lat}, ${lon}: ${value} vs ${expected}`);
  }
});

test('the ridge blocks the view, and the obstruction is at the ridge', async () => {
  const model = await modelPromise;
  const observer = { lat: 0.15, lon: 10.1, heightM: 10 };
  const target = { lat: 0.15, lon: 10.2, heightM: 10 };
  const sight = lineOfSight(model, observer, target, { stepM: 20 });
  assert.equal(sight.visible, false);
  const o = sight.obstruction;
  assert.ok(o);
  assert.ok(o.lon > centreLon(98) && o.lon <= centreLon(101), `obstruction at ${o.lon}°E`);
  assert.ok(Math.abs(o.lat - 0.15) < 1e-6);
  assert.ok(o.terrainM > o.sightlineM);
  assert.ok(Math.abs(o.distanceKm - (o.lon - 10.1) * 111.195) < 0.05, `${o.distanceKm} km`);
  // The profile runs from the observer's ground to the target's, step by step.
  assert.equal(sight.profile[0]!.distanceKm, 0);
  assert.equal(sight.profile[0]!.sightlineM, FLAT + 10);
  assert.ok(Math.abs(sight.profile.at(-1)!.distanceKm - 11.1195) < 0.001);
  assert.ok(Math.abs(sight.profile.at(-1)!.sightlineM - (FLAT + 10)) < 1e-9);
  assert.equal(Math.max(...sight.profile.map((p) => p.terrainM ?? 0)), RIDGE);
});

test('an observer raised above the ridge sees the target', async () => {
  const model = await modelPromise;
  const sight = lineOfSight(model, { lat: 0.15, lon: 10.1, heightM: 1000 }, { lat: 0.15, lon: 10.2, heightM: 10 });
  assert.equal(sight.visible, true);
  assert.equal(sight.obstruction, null);
  // Just below the height that clears the ridge, the view is blocked again.
  const low = lineOfSight(model, { lat: 0.15, lon: 10.1, heightM: 500 }, { lat: 0.15, lon: 10.2, heightM: 10 });
  assert.equal(low.visible, false);
});

test('the curvature of the earth hides a low target at long range', async () => {
  const model = await modelPromise;
  // 31 km over flat ground, eyes 2 m up: the horizons (k = 4/3) add up to ~11.7 km.
  const observer = { lat: 0.285, lon: 10.05, heightM: 2 };
  const target = { lat: 0.006, lon: 10.05, heightM: 2 };
  const curved = lineOfSight(model, observer, target);
  assert.equal(curved.visible, false);
  assert.ok(curved.obstruction && curved.obstruction.terrainM === FLAT);
  // The bulge at mid-path is (D/2)² / (2kR) ≈ 14 m.
  const mid = curved.profile[Math.floor(curved.profile.length / 2)]!;
  const D = curved.profile.at(-1)!.distanceKm * 1000;
  const expectedSag = (D / 2) ** 2 / (2 * (4 / 3) * 6_371_008.8);
  assert.ok(Math.abs(FLAT + 2 - mid.sightlineM - expectedSag) < 0.1, `sag ${FLAT + 2 - mid.sightlineM} vs ${expectedSag}`);
  assert.equal(lineOfSight(model, observer, target, { earthCurvature: false }).visible, true);
  // A 60 m mast has a horizon of ~31.9 km: seen again.
  assert.equal(lineOfSight(model, observer, { ...target, heightM: 60 }).visible, true);
});

test('visibility along a path: seen on the near side of the ridge, hidden behind it, unknown off the model', async () => {
  const model = await modelPromise;
  const site = { lat: 0.15, lon: 10.05, heightM: 15 };
  const points = [
    { lat: 0.15, lon: 10.1, km: 0 },
    { lat: 0.15, lon: 10.14, km: 4.4 },
    { lat: 0.15, lon: 10.2, km: 11.1 },
    { lat: 0.15, lon: 10.5, km: 44.5 },
  ];
  const seen = visibilityAlongPath(model, site, points);
  assert.deepEqual(seen.map((s) => s.visible), [true, true, false, null]);
  assert.ok(seen[2]!.obstruction && seen[2]!.obstruction.lon > centreLon(98));
  assert.ok(Math.abs(seen[0]!.distanceKm - 0.05 * 111.195) < 0.01);
  assert.equal(seen[1]!.km, 4.4);
});

test('the model loads from a file on disk, and refuses what it cannot use', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-dem-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'dem.tif');
  fs.writeFileSync(file, new Uint8Array(syntheticModel()));
  const model = await loadElevationModel(fs.readFileSync(file));
  assert.equal(model.elevationAt(centreLat(5), centreLon(100)), RIDGE);
  await assert.rejects(loadElevationModel(new TextEncoder().encode('not a tiff at all')), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_ELEVATION_MODEL');
  const projected = writeArrayBuffer(new Float32Array(4).fill(1), {
    width: 2,
    height: 2,
    ModelPixelScale: [30, 30, 0],
    ModelTiepoint: [0, 0, 0, 500000, 4100000, 0],
    ProjectedCSTypeGeoKey: 32642,
    GTModelTypeGeoKey: 1,
  });
  await assert.rejects(loadElevationModel(projected), (e: unknown) => e instanceof SitrepError && e.code === 'BAD_ELEVATION_MODEL' && /EPSG:32642/.test(e.message));
  assert.throws(
    () => lineOfSight(model, { lat: 1, lon: 10.1, heightM: 2 }, { lat: 0.15, lon: 10.1, heightM: 2 }),
    (e: unknown) => e instanceof SitrepError && e.code === 'OUTSIDE_ELEVATION_MODEL',
  );
});
