import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSqliteStore } from './sqlite-store.ts';

test('user places and sites round-trip through the store; same id replaces', async () => {
  const store = openSqliteStore(':memory:');
  try {
    await store.savePlaces([
      { id: 'user:a', name: 'A post', lat: 1, lon: 2, countryCode: 'TJ', label: 'border-post' },
      { id: 'gn:1', name: 'B', alternateNames: ['Bee'], lat: 3, lon: 4, countryCode: 'UZ' },
    ]);
    await store.savePlaces([{ id: 'user:a', name: 'A post', lat: 1.5, lon: 2, countryCode: 'TJ' }]);
    const places = await store.listPlaces();
    assert.deepEqual(places.map((p) => [p.id, p.lat]), [['user:a', 1.5], ['gn:1', 3]]);
    assert.deepEqual(places[1]!.alternateNames, ['Bee']);

    await store.saveSite({ id: 'okultun', name: 'Okultun', lat: 37, lon: 68, rangeKm: { min: 15, max: 20 }, kind: 'outpost', placeId: 'sup:okultun-border-post' });
    await store.saveSite({ id: 'cam', name: 'Camera', lat: 37.1, lon: 68.1, rangeKm: { min: 2, max: 2 } });
    assert.deepEqual((await store.listSites()).map((s) => s.id), ['cam', 'okultun']);
    assert.deepEqual((await store.listSites())[1], { id: 'okultun', name: 'Okultun', lat: 37, lon: 68, rangeKm: { min: 15, max: 20 }, kind: 'outpost', placeId: 'sup:okultun-border-post' });
    assert.equal(await store.removeSite('CAMERA'), true, 'by name, any case');
    assert.equal(await store.removeSite('okultun'), true);
    assert.equal(await store.removeSite('okultun'), false);
  } finally {
    await store.close();
  }
});
