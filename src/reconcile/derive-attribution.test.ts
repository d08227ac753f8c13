import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, SourceKind, Stance } from '../core/types.ts';
import { deriveAttribution } from './derive-attribution.ts';

const perp = (name: string, stance: Stance, source: string, kind: SourceKind, status = 'blamed', reported_at: string | null = '2019-11-06'): Claim => ({
  field: 'perpetrator', value: { name, kind: /^[a-z]/.test(name) ? 'individual' : 'organization', status } as never,
  source, source_kind: kind, stance, quote: `${source}: ${name}`, document: 'd1', start: 0, end: 5, reported_at,
});

test('deriveAttribution: who claimed, blamed, denied and doubted, per named perpetrator; descriptors left out', () => {
  const [is, ...rest] = deriveAttribution([
    perp('Islamic State', 'asserts', 'State Committee for National Security', 'state_body'),
    perp('Islamic State', 'claims', 'Amaq News Agency', 'group_media', 'claimed', '2019-11-08'),
    perp('Islamic State', 'doubts', 'Edward Lemon', 'expert', 'disputed'),
    perp('Islamic State', 'doubts', 'Kommersant', 'media', 'disputed'),
    perp('gunmen', 'asserts', 'officials', 'official'),
  ]);
  assert.equal(rest.length, 0);
  assert.equal(is!.status, 'disputed');
  assert.deepEqual(is!.claimed_by.map((s) => [s.source, s.channel, s.reported_at]), [['Amaq News Agency', 'Amaq News Agency', '2019-11-08']]);
  assert.deepEqual(is!.blamed_by.map((s) => s.source), ['State Committee for National Security']);
  assert.deepEqual(is!.doubted_by.map((s) => s.source), ['Edward Lemon', 'Kommersant']);
  assert.deepEqual(is!.denied_by, []);
});
