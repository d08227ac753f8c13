import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findQuantities } from '../nlp/quantities/find-quantities.ts';
import { findAttackerDeaths } from './attacker-deaths.ts';

/** [sentence, the attacker deaths it implies]. */
const ROWS: Array<[string, number[]]> = [
  ['A suicide bomber blew himself up near the entrance of the ministry on Thursday, killing several people.', [1]],
  ["The number of people killed in Saturday's suicide bombing at a crowded fish market has risen to 24.", [1]],
  ['Four suicide bombers struck the transport network during the morning rush hour.', [4]],
  ['Two assailants attacked the police headquarters, one of them blowing himself up and the other being shot dead by officers.', [1, 1]],
  ['A gunman opened fire inside a police station, killing two officers and wounding a third before being shot dead.', [1]],
  ['Police suspected Boko Haram, whose fighters have used women and girls as suicide bombers in markets.', []],
  ['The suicide bomber was arrested before he could detonate his vest.', []],
  ['Gunmen killed five people and fled.', []],
];

for (const [sentence, expected] of ROWS) {
  test(`findAttackerDeaths: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const found = findAttackerDeaths(sentence, tokens, 0, tokens.length, findQuantities(sentence));
    assert.deepEqual(found.map((f) => f.figure.value), expected);
    assert.ok(found.every((f) => f.field === 'killed_perpetrators' && f.implied && f.figure.derived));
  });
}
