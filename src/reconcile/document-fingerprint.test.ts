import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFingerprint, NEAR_DUPLICATE_JACCARD, signatureSimilarity } from './document-fingerprint.ts';

const wire = 'ALMATY, June 6 (Meridian Wire) - The death toll from a series of attacks on gun shops and a National Guard unit in the north-western Kazakh city of Aktobe rose to 17 on Monday, including 11 attackers, the Interior Ministry said. Gunmen first raided two gun shops on Sunday afternoon, then seized a city bus and rammed the gates of the military unit, officials said. At least nine servicemen were wounded.';

/** [case, other text, near-duplicate?]. */
const ROWS: Array<[string, string, boolean]> = [
  ['the same text', wire, true],
  ['a syndicated copy with a header, a footer and one edited sentence', `CENTRAL ASIA NEWSWATCH | World\n\n${wire.replace('At least nine servicemen were wounded.', 'Nine servicemen were wounded, officials added.')}\n\nShare this story. Follow us for more news from the region.`, true],
  ['another report of the same attack', 'Aktobe, Kazakhstan: authorities said on Tuesday that the attackers who struck gun shops and an army unit on Sunday belonged to a group of radical followers of non-traditional religious movements; 17 people died, among them 11 attackers, and nine troops were hurt.', false],
];
for (const [name, other, expected] of ROWS) {
  test(`documentFingerprint: ${name}`, () => {
    const a = documentFingerprint(wire)!;
    const b = documentFingerprint(other)!;
    assert.equal(signatureSimilarity(a.signature, b.signature) >= NEAR_DUPLICATE_JACCARD, expected);
    if (expected) assert.ok(a.bands.some((band) => b.bands.includes(band)), 'a shared band finds it in the index');
  });
}

test('documentFingerprint: deterministic, and none for a text too short to tell', () => {
  assert.deepEqual(documentFingerprint(wire), documentFingerprint(wire));
  assert.equal(documentFingerprint('Gunmen attacked a checkpoint.'), null);
});
