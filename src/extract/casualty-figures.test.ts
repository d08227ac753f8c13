import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findQuantities } from '../nlp/quantities/find-quantities.ts';
import { countEnumeration } from '../nlp/quantities/count-enumeration.ts';
import { extractCasualtyFigures } from './casualty-figures.ts';

/** [sentence, figures as "field value" (+ " total" for a whole toll)]. */
const ROWS: Array<[string, string[]]> = [
  ['Gunmen killed 20 people and wounded at least nine soldiers.', ['killed 20', 'wounded 9']],
  ['Four of the attackers were killed.', ['killed_perpetrators 4']],
  ['The army said "about thirty terrorists were neutralised" during the counter-offensive.', ['killed_perpetrators 30']],
  ['The NAK said all four attackers had been "neutralised" in shoot-outs.', ['killed_perpetrators 4']],
  ['A man attacked passengers, killing a 63-year-old man and injuring three other people.', ['killed 1', 'wounded 3']],
  ["A member of the school's non-teaching staff who tried to raise the alarm was shot dead.", ['killed 1']],
  ['An officer and four soldiers were killed late on Sunday when militants attacked a checkpoint.', ['killed 1', 'killed 4']],
  ['The driver was wounded and taken to hospital.', ['wounded 1']],
  ['Six more people had died in hospital, bringing the total to 24.', ['killed 6', 'killed 24 total']],
  ['The blast had also killed two civilians waiting outside, putting the toll at six.', ['killed 2', 'killed 6 total']],
  ['The service collected 14 bodies and a total of 40 wounded.', ['killed 14', 'wounded 40 total']],
  ['The bombing injured 4 km of road.', []],
  ['"How can we wait?" said one father, whose two sons are among the missing.', []],
];

for (const [sentence, expected] of ROWS) {
  test(`extractCasualtyFigures: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const figures = extractCasualtyFigures(sentence, tokens, 0, tokens.length, findQuantities(sentence), countEnumeration);
    assert.deepEqual(figures.map((f) => `${f.field} ${f.figure.value}${f.total ? ' total' : ''}`), expected);
  });
}

const MORE: Array<[string, string[]]> = [
  ['CAIRO - An officer and four soldiers were killed late on Sunday.', ['killed 1', 'killed 4']],
  ['Three policemen were martyred and two others injured.', ['killed 3', 'wounded 2']],
  ['Most of the rockets were intercepted, and "no casualties were recorded".', ['killed 0', 'wounded 0']],
  ['The drone crashed in an empty field and caused no casualties or damage.', ['killed 0', 'wounded 0']],
  ['No one was hurt in the blast.', ['wounded 0']],
  ['Officials said seven personnel had been killed, but police later corrected the figure to six.', ['killed 7', 'killed 6']],
];

for (const [sentence, expected] of MORE) {
  test(`extractCasualtyFigures: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const figures = extractCasualtyFigures(sentence, tokens, 0, tokens.length, findQuantities(sentence), countEnumeration);
    assert.deepEqual(figures.map((f) => `${f.field} ${f.figure.value}${f.total ? ' total' : ''}`), expected);
  });
}

test('extractCasualtyFigures: "the prime minister has visited the wounded" counts no one', () => {
  const sentence = 'The prime minister has visited the wounded at Erdogan hospital.';
  const tokens = tokenize(sentence);
  assert.deepEqual(extractCasualtyFigures(sentence, tokens, 0, tokens.length, findQuantities(sentence), countEnumeration), []);
});
