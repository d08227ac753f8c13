import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findTriggers } from './find-triggers.ts';
import { daysBefore, documentFrame, frameCues, isAggregate, isFramed, isPastIncident, isRetrospective, type LeadSentence } from './text-frames.ts';

/** [sentence, its attack words that still report an attack]. */
const SENTENCES: Array<[string, string[]]> = [
  ['Special forces stormed a building and freed hostages as a joint counter-terrorism exercise concluded.', []],
  ['One soldier had been lightly injured in a vehicle accident during the preparatory phase.', []],
  ['Fourteen people were killed when a bus collided head-on with a lorry.', []],
  ['The striker shot low and the ball flew past the keeper into the net.', []],
  ['A car rammed into the crowd and crashed into a stall, killing two people.', ['rammed', 'killing']],
  ['Gunmen attacked fans leaving a football match, killing three.', ['attacked', 'killing']],
  ['Gunmen stormed a gendarmerie post in Djibo on Tuesday.', ['stormed']],
];

for (const [sentence, expected] of SENTENCES) {
  test(`isFramed: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const cues = frameCues(tokens, 0, tokens.length);
    const real = findTriggers(tokens).filter((t) => !t.irrealis && !isFramed(t, cues));
    assert.deepEqual(real.map((t) => sentence.slice(t.start, t.end)), expected);
  });
}

function lead(text: string, attackWords = 0): LeadSentence {
  const tokens = tokenize(text);
  return { cues: frameCues(tokens, 0, tokens.length), attackWords };
}

/** [title, first sentence, its unframed strong attack words, whole-document sport cues, frame]. */
const DOCUMENTS: Array<[string, string, number, string, string | null]> = [
  ['Opinion: The Sahel needs fewer offensives and more courts', 'Every few months, a government announces a new offensive.', 0, '', 'opinion'],
  ['Fourteen killed as bus collides with truck', 'Fourteen people were killed when a bus collided head-on with a lorry.', 0, '', 'accident'],
  ['Troops storm building as anti-terror drills end', 'Special forces stormed a building as a joint exercise concluded.', 0, '', 'exercise'],
  ['Ten-man Étoile sink Racing in a bruising derby', 'Étoile came from behind to beat Racing 2-1 in a derby.', 0, 'derby league striker the ball', 'sport'],
  ['Uzbekistan and Tajikistan agree on border security', 'The ministers agreed to set up a working group at talks in Tashkent.', 0, '', 'diplomacy'],
  ['Analysis: armed drones add a new layer to the war', 'The strike of 2 October changed the picture.', 0, '', null],
  ['Gunmen storm gendarmerie post in Djibo', 'Dozens of gunmen stormed a gendarmerie post in Djibo.', 1, '', null],
  ['Talks collapse after bombing kills 12', 'A bomb exploded at the venue of the talks, killing 12.', 1, '', null],
  ['Stadium attack: gunmen kill three after derby', 'Gunmen opened fire on fans leaving a derby.', 1, 'derby', null],
];

for (const [title, first, attackWords, documentCues, expected] of DOCUMENTS) {
  test(`documentFrame: ${JSON.stringify(title)}`, () => {
    const doc = tokenize(`${title} ${first} ${documentCues}`);
    assert.equal(documentFrame(title, [lead(title), lead(first, attackWords)], frameCues(doc, 0, doc.length)), expected);
  });
}

test('past incidents and retrospectives', () => {
  assert.equal(daysBefore('2024-06-22', '2024-06-24'), 2);
  assert.equal(isPastIncident('2019-11-14', '2024-09-17'), true);
  assert.equal(isPastIncident('2004', '2024-09-03'), true);
  assert.equal(isPastIncident('2024-01', '2024-02-10'), false);
  assert.equal(isPastIncident('--11-06', '2024-02-10'), false);
  assert.equal(isPastIncident('2019-11-14', null), false);
  const t = tokenize('On this day in 2005: four suicide bombers struck London');
  assert.equal(isRetrospective(t, 0, t.length), true);
});

/** [sentence, has a day date, a count over a period]. */
const AGGREGATES: Array<[string, boolean, boolean]> = [
  ['Police say more than 150 Maoists have been killed in encounters across Bastar since January.', false, true],
  ["Several candidates were killed during this year's election campaign.", false, true],
  ['A suicide bomber killed 20 people on Monday in the deadliest attack this year.', true, false],
  ['Gunmen killed five soldiers in Djibo.', false, false],
];

for (const [sentence, dayDate, expected] of AGGREGATES) {
  test(`isAggregate: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    assert.equal(isAggregate(tokens, 0, tokens.length, frameCues(tokens, 0, tokens.length), dayDate), expected);
  });
}
