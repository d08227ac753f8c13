import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAftermathPlace } from './aftermath-place.ts';

const ROWS: Array<[string, string, boolean]> = [
  ['a second officer had died in hospital in Popayán.', 'Popayán', true],
  ['Two other jawans were injured and airlifted to Raipur.', 'Raipur', true],
  ['the wounded were taken to Maiduguri for treatment', 'Maiduguri', true],
  ['a drone dropped explosives on the police station in Argelia, a town', 'Argelia', false],
  ['Doctors at the hospital said the attack in Konduga killed 24', 'Konduga', false],
];

for (const [text, place, expected] of ROWS) {
  test(`isAftermathPlace: ${JSON.stringify(text)}`, () => {
    assert.equal(isAftermathPlace(text, text.indexOf(place)), expected);
  });
}
