import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer, withNameKeys } from './load-gazetteer.ts';
import { resolveToponym } from './resolve-toponym.ts';
import { nameKey } from './name-key.ts';
import type { GazetteerPlace } from './gazetteer-types.ts';

const post: GazetteerPlace = { id: 'user:yakhsuvar-post', name: 'Yakhsuvar post', alternateNames: ['Yakhsuvar'], lat: 37.36, lon: 68.31, countryCode: 'TJ', precision: 'point', kind: 'feature' };

test('the user layer can be replaced: places come and go, the supplement stays, the revision moves', () => {
  const g = loadGazetteer();
  const size = g.size;
  const r0 = g.revision;
  assert.notEqual(resolveToponym('Yakhsuvar', { countryCodes: ['TJ'] }, g).place?.id, post.id);
  g.setUserPlaces([post]);
  assert.equal(g.size, size + 1);
  assert.ok(g.revision > r0);
  assert.equal(resolveToponym('Yakhsuvar', {}, g).place?.id, post.id);
  // An imported GeoNames row for a place already shipped only adds names to it.
  g.setUserPlaces([{ id: 'gn:1220576', name: 'Shahritus', alternateNames: ['Shahrtouz'], lat: 37.26, lon: 68.14, countryCode: 'TJ' }]);
  assert.equal(g.size, size);
  assert.equal(resolveToponym('Yakhsuvar', { countryCodes: ['TJ'] }, g).place?.id === post.id, false);
  assert.equal(resolveToponym('Shahrtouz', {}, g).place?.id, 'gn:1220576');
  g.setUserPlaces([]);
  assert.equal(resolveToponym('Okultun', { countryCodes: ['TJ'] }, g).place?.id, 'sup:okultun-border-post', 'the supplement survives');
});

test('stored name keys are used when their version is current, recomputed otherwise', () => {
  const g = loadGazetteer();
  const keyed = withNameKeys(post);
  assert.ok(keyed.nameKeys!.length >= 2);
  g.setUserPlaces([{ ...keyed, nameKeys: [nameKey('Zzqqxx')] }]);
  assert.equal(resolveToponym('zzqqxx', {}, g).place?.id, post.id, 'current version: the stored keys are trusted');
  g.setUserPlaces([{ ...keyed, nameKeys: [nameKey('Zzqqxx')], keyVersion: -1 }]);
  assert.equal(resolveToponym('Yakhsuvar', {}, g).place?.id, post.id, 'stale version: keyed again from the names');
  assert.notEqual(resolveToponym('zzqqxx', {}, g).place?.id, post.id);
});
