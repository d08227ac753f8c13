import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { claimsResponsibility } from './claim-of-responsibility.ts';

const ROWS: Array<[string, boolean]> = [
  ['JNIM claimed responsibility on Wednesday through its az-Zallaqa media.', true],
  ["The Islamic State's Sahel Province claimed the operation in a statement published by its Amaq news agency.", true],
  ['The BLA claimed the hijacking within hours in a statement posted on its Telegram channel.', true],
  ['The Islamic State claimed an attack on a checkpoint near the town.', true],
  ["AQAP's media arm al-Malahem published a claim of responsibility together with a video.", true],
  ['Prosecutors said there was no claim of responsibility and no evidence of contact with the group.', false],
  ['No group has claimed the attack.', false],
  ['The group claimed that the army had shelled villages.', false],
  ['The claim said six militiamen had been killed.', false],
];

for (const [sentence, expected] of ROWS) {
  test(`claimsResponsibility: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    assert.equal(claimsResponsibility(tokens, 0, tokens.length), expected);
  });
}
