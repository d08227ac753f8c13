import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceKind } from '../core/types.ts';
import { sourceIdentity, sourceKey } from './source-identity.ts';

const countries: Record<string, string> = { tajik: 'TJ', tajikistan: 'TJ', kazakh: 'KZ', kazakhstan: 'KZ' };
const countryOfWord = (w: string) => countries[w.toLowerCase()] ?? null;

test('sourceKey: one key for the ways of naming one body', () => {
  assert.equal(
    sourceIdentity({ source: 'Interior ministry', source_kind: 'state_body' }, { outlet: null, countryCode: 'TJ', countryOfWord, genericNames: new Set(['interior ministry']) })!.id,
    sourceKey('Interior Ministry of the Republic of Tajikistan', countryOfWord),
  );
  assert.equal(sourceKey('Interior Ministry of the Republic of Tajikistan', countryOfWord), sourceKey('Tajik Interior Ministry', countryOfWord));
  assert.equal(sourceKey("Kommersant's"), sourceKey('Kommersant'));
  assert.notEqual(sourceKey('Interior Ministry of Tajikistan', countryOfWord), sourceKey('Interior Ministry of Kazakhstan', countryOfWord));
});

/** [name, kind, outlet, incident country, expected id or null, expected name]. */
const ROWS: Array<[string, SourceKind, string | null, string | null, string | null, string | null]> = [
  ['document', 'document', 'Meridian Wire', 'KZ', 'meridian wire', 'Meridian Wire'],
  ['document', 'document', null, 'KZ', null, null],
  ['officials', 'official', null, 'KZ', 'kz officials', 'Officials (KZ)'],
  ['Police', 'state_body', null, 'ML', 'ml police', 'Police (ML)'],
  ['Witnesses', 'witness', null, 'SO', 'so witnesses', 'Witnesses (SO)'],
  ['Amaq News Agency', 'group_media', null, 'TJ', 'agency amaq news', 'Amaq News Agency'],
  ['National Security Committee (Kazakhstan)', 'state_body', null, 'KZ', 'committee kz national security', 'National Security Committee (Kazakhstan)'],
  ['officials', 'official', null, null, 'officials', 'officials'],
];
for (const [name, kind, outlet, cc, id, display] of ROWS) {
  test(`sourceIdentity: ${name} (${outlet ?? 'no outlet'}, ${cc ?? 'no country'})`, () => {
    const got = sourceIdentity({ source: name, source_kind: kind }, { outlet, countryCode: cc, countryOfWord, genericNames: new Set(['police']) });
    assert.equal(got?.id ?? null, id);
    assert.equal(got?.name ?? null, display);
  });
}
