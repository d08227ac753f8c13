import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findTriggers } from './find-triggers.ts';
import { isReportDate, tokenAt } from './report-dates.ts';

/** [sentence, the date's words, dates a statement (true) or may date the attack (false)]. */
const ROWS: Array<[string, string, boolean]> = [
  ["Niger's Ministry of Defence said on Wednesday that twenty soldiers were killed on Tuesday.", 'Wednesday', true],
  ["Niger's Ministry of Defence said on Wednesday that twenty soldiers were killed on Tuesday.", 'Tuesday', false],
  ['In a communiqué read on state television on Wednesday evening, the army said twelve gendarmes had been killed.', 'Wednesday', true],
  ['JNIM claimed responsibility on Wednesday through its az-Zallaqa media.', 'Wednesday', true],
  ['The Islamic State claimed the attack through its Amaq news agency on Wednesday.', 'Wednesday', true],
  ['On Monday, the SEMA director general told reporters that six more people had died.', 'Monday', true],
  ['On Monday morning he said the toll had risen to seven.', 'Monday', true],
  ['On Wednesday, Captain Jules Mbusa, spokesman for the army, told Kivu Today that 22 civilians had been killed.', 'Wednesday', true],
  ['On Tuesday, gunmen killed five people, police said.', 'Tuesday', false],
  ['Gunmen stormed a gendarmerie post in Djibo on Tuesday.', 'Tuesday', false],
  ['A bomb exploded on Sunday near the market and police said it was planted.', 'Sunday', false],
];

for (const [sentence, words, expected] of ROWS) {
  test(`isReportDate: ${words} in ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const at = tokenAt(tokens, 0, tokens.length, sentence.indexOf(words));
    assert.equal(isReportDate(tokens, 0, at, findTriggers(tokens), tokens.length), expected);
  });
}
