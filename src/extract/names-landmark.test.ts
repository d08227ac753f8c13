import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesLandmark } from './names-landmark.ts';

/** [text, place name in it, precision, caseless, a landmark]. */
const ROWS: Array<[string, string, string, boolean, boolean]> = [
  ['a bus exploded in Tavistock Square an hour later', 'Tavistock', 'city', false, true],
  ['trains near Aldgate, at Edgware Road and between', 'Edgware', 'city', false, true],
  ['gunmen attacked a post in Djibo on Tuesday', 'Djibo', 'city', false, false],
  ['in Lyon Airport', 'Lyon', 'city', false, true],
  ['the Mali Road', 'Mali', 'country', false, false],
  ['at tavistock square', 'tavistock', 'city', true, false],
];

for (const [text, name, precision, caseless, expected] of ROWS) {
  test(`namesLandmark: ${JSON.stringify(text)}`, () => {
    const end = text.indexOf(name) + name.length;
    assert.equal(namesLandmark(text, { end, place: { precision } }, caseless), expected);
  });
}
