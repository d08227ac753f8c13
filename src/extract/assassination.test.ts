import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { killsProminentPerson } from './assassination.ts';

const ROWS: Array<[string, boolean]> = [
  ['The mayor of Tacámbaro was shot dead on Friday when gunmen ambushed her car.', true],
  ['A suicide bomber killed the commissioner of Beledweyne district and three of his bodyguards.', true],
  ['Gunmen killed ten villagers, the governor of Zamfara said.', false],
  ['The mayor condemned the killing of two traders.', false],
  ['Gunmen attacked the residence of the mayor, but nobody was hurt.', false],
];

for (const [sentence, expected] of ROWS) {
  test(`killsProminentPerson: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    assert.equal(killsProminentPerson(tokens, 0, tokens.length, null), expected);
  });
}
