import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedPlace } from '../core/types.ts';
import { findDates } from '../nlp/dates/find-dates.ts';
import { countEnumeration } from '../nlp/quantities/count-enumeration.ts';
import { findQuantities } from '../nlp/quantities/find-quantities.ts';
import { splitSentences } from '../nlp/split-sentences.ts';
import { tokenize } from '../nlp/tokenize.ts';
import { findActorMentions } from './actors/find-actor-mentions.ts';
import { analyzeSentences } from './analyze-sentences.ts';
import type { PlaceMention } from './place-mention.ts';
import { compatibleDates, dateParts, segmentIncidents } from './segment-incidents.ts';
import { haversineKm } from '../geo/gazetteer/haversine-km.ts';

/** A few places, so that the test needs no gazetteer; Kargaly is about 30 km from Aktobe, Almaty about 1,300 km. */
const PLACES: Record<string, ResolvedPlace> = {
  Aktobe: { name: 'Aktobe', admin1: 'Aktobe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.28, lon: 57.21, precision: 'city' },
  Kargaly: { name: 'Kargaly', admin1: 'Aktobe', country: 'Kazakhstan', country_code: 'KZ', lat: 50.05, lon: 57.35, precision: 'city' },
  Almaty: { name: 'Almaty', admin1: 'Almaty', country: 'Kazakhstan', country_code: 'KZ', lat: 43.25, lon: 76.95, precision: 'city' },
};

function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const [name, place] of Object.entries(PLACES)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const before = text.slice(Math.max(0, i - 8), i).toLowerCase();
      out.push({ start: i, end: i + name.length, text: name, place, locative: /\b(in|at|near|outside)\s+$/.test(before), origin: /\bfrom\s+$/.test(before), demonym: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document's incidents as [sentence indices, date, background, related]. */
function segments(text: string, published = '2016-06-07') {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const dates = findDates(text, { published }).filter((d): d is typeof d & { value: string } => d.value !== null);
  const infos = analyzeSentences({
    text, tokens, sentences, quantities: findQuantities(text), dates, actors: findActorMentions(text), places: findPlaces(text), caseless: false, countEnumeration,
  });
  return segmentIncidents(infos, (i) => text.slice(sentences[i]!.start, sentences[i]!.end), haversineKm).map((s) => [s.sentences, s.date, s.background, s.related]);
}

const ATTACK = 'Gunmen attacked a police post in Aktobe on June 5.';

/** [rule, text (published 2016-06-07), incidents as [sentences, date, background, related]]. */
const ROWS: Array<[string, string, Array<[number[], string | null, boolean, number[]]>]> = [
  ['one attack; a toll and the attackers join it', `${ATTACK} Two officers were killed. The attackers fled in a stolen car.`,
    [[[0, 1, 2], '2016-06-05', false, []]]],
  ['a claim of responsibility joins, it opens nothing', `${ATTACK} The Islamic State claimed responsibility for the attack.`,
    [[[0, 1], '2016-06-05', false, []]]],
  ['a doubt about the perpetrator joins', `${ATTACK} An expert doubted that the Islamic State was behind the attack.`,
    [[[0, 1], '2016-06-05', false, []]]],
  ['a later death is not another attack', `${ATTACK} Six more people died in hospital on June 6.`, [[[0, 1], '2016-06-05', false, []]]],
  ['a sentence before the first attack belongs to none', `The city had been calm for years. ${ATTACK}`, [[[1], '2016-06-05', false, []]]],
  ['a near place (30 km) is the same incident', `${ATTACK} Militants bombed a market in Kargaly.`, [[[0, 1], '2016-06-05', false, []]]],
  ['a far place (1,300 km) opens another incident, a part of the same day\'s events', `${ATTACK} Militants bombed a market in Almaty.`,
    [[[0], '2016-06-05', false, [1]], [[1], '2016-06-05', false, [0]]]],
  ['"in a separate attack" opens another incident', `${ATTACK} In a separate attack, militants bombed a market in Aktobe.`,
    [[[0], '2016-06-05', false, [1]], [[1], '2016-06-05', false, [0]]]],
  ['"another" opens another incident', `${ATTACK} Another group of gunmen stormed an army unit in Aktobe.`,
    [[[0], '2016-06-05', false, [1]], [[1], '2016-06-05', false, [0]]]],
  ['another day opens another incident, not related', `${ATTACK} On June 1, militants bombed a market in Aktobe.`,
    [[[0], '2016-06-05', false, []], [[1], '2016-06-01', false, []]]],
  ['a later sentence joins the current (latest) incident', `${ATTACK} Militants bombed a market in Almaty on June 6. The attackers escaped.`,
    [[[0], '2016-06-05', false, []], [[1, 2], '2016-06-06', false, []]]],
  ['a sentence dated like an earlier incident joins that one',
    `${ATTACK} Militants bombed a market in Almaty on June 6. On June 5, gunmen also stormed a bank in Aktobe.`,
    [[[0, 2], '2016-06-05', false, []], [[1], '2016-06-06', false, []]]],
  ['a follow-up at an earlier incident\'s place goes back to that incident',
    `${ATTACK} Militants bombed a market in Almaty on June 6. Police said the gunmen in Aktobe were killed.`,
    [[[0, 2], '2016-06-05', false, []], [[1], '2016-06-06', false, []]]],
  ['an attack of an older year is a background incident; it never becomes the current one',
    `${ATTACK} It was the worst attack since a bomb exploded at a bank in Aktobe in 2011. The attackers were shot dead.`,
    [[[0, 2], '2016-06-05', false, []], [[1], '2011', true, []]]],
];

for (const [rule, text, expected] of ROWS) {
  test(`segmentIncidents: ${rule}`, () => {
    assert.deepEqual(segments(text), expected);
  });
}

/** [a, b, can be the same day]. */
const DATE_ROWS: Array<[string, string, boolean]> = [
  ['2016-06-05', '2016-06-05', true],
  ['2016-06-05', '2016-06-06', false],
  ['2016-06-05', '2016-06', true],
  ['2016-06-05', '2016', true],
  ['2016-06-05', '2015', false],
  ['2016-06-05', '--06-05', true],
  ['--06-05', '--06-06', false],
  ['2016-07', '2016-06-05', false],
];

for (const [a, b, expected] of DATE_ROWS) {
  test(`compatibleDates(${a}, ${b}) = ${expected}, both ways`, () => {
    assert.equal(compatibleDates(a, b), expected);
    assert.equal(compatibleDates(b, a), expected);
  });
}

test('dateParts: full, partial and year-less values; anything else is unknown', () => {
  assert.deepEqual(dateParts('2016-06-05'), { y: 2016, m: 6, d: 5 });
  assert.deepEqual(dateParts('2016-06'), { y: 2016, m: 6, d: null });
  assert.deepEqual(dateParts('2016'), { y: 2016, m: null, d: null });
  assert.deepEqual(dateParts('--06-05'), { y: null, m: 6, d: 5 });
  assert.deepEqual(dateParts('June'), { y: null, m: null, d: null });
});
