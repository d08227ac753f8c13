import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities, type Quantity } from './find-quantities.ts';

type Expect = [text: string, value: number, low: number, high: number | null, qualifier: Quantity['qualifier'], vague?: boolean];

/** [input, expected quantities as `text` slice and figures]. */
const ROWS: Array<[string, Array<[string, ...Expect]>]> = [
  // digits and separators
  ['15 people were killed', [['15', '15', 15, 15, 15, 'exact']]],
  ['killing 1,000 civilians', [['1,000', '1,000', 1000, 1000, 1000, 'exact']]],
  ['1.5 million refugees', [['1.5 million', '1.5 million', 1500000, 1500000, 1500000, 'exact']]],
  ['2 thousand troops', [['2 thousand', '2 thousand', 2000, 2000, 2000, 'exact']]],
  ['a 2.5 rating', [['2.5', '2.5', 2.5, 2.5, 2.5, 'exact']]],
  // words
  ['twenty were killed', [['twenty', 'twenty', 20, 20, 20, 'exact']]],
  ['twenty-one soldiers', [['twenty-one', 'twenty-one', 21, 21, 21, 'exact']]],
  ['twenty one soldiers', [['twenty one', 'twenty one', 21, 21, 21, 'exact']]],
  ['one hundred and five hostages', [['one hundred and five', 'one hundred and five', 105, 105, 105, 'exact']]],
  ['a dozen policemen', [['a dozen', 'a dozen', 12, 12, 12, 'exact']]],
  ['two dozen policemen', [['two dozen', 'two dozen', 24, 24, 24, 'exact']]],
  ['a hundred people', [['a hundred', 'a hundred', 100, 100, 100, 'exact']]],
  ['three thousand five hundred troops', [['three thousand five hundred', 'three thousand five hundred', 3500, 3500, 3500, 'exact']]],
  ['THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED', [['THREE', 'THREE', 3, 3, 3, 'exact'], ['SEVEN', 'SEVEN', 7, 7, 7, 'exact']]],
  ['one soldier died', [['one', 'one', 1, 1, 1, 'exact']]],
  ['two policemen', [['two', 'two', 2, 2, 2, 'exact']]],
  ['ten of them', [['ten', 'ten', 10, 10, 10, 'exact']]],
  // qualifiers
  ['at least nine soldiers', [['at least nine', 'at least nine', 9, 9, null, 'at_least']]],
  ['at least 9 soldiers', [['at least 9', 'at least 9', 9, 9, null, 'at_least']]],
  ['more than 100 people', [['more than 100', 'more than 100', 100, 100, null, 'more_than']]],
  ['over 100 people', [['over 100', 'over 100', 100, 100, null, 'more_than']]],
  ['nearly 50 people', [['nearly 50', 'nearly 50', 50, 50, 50, 'about']]],
  ['almost 50 people', [['almost 50', 'almost 50', 50, 50, 50, 'about']]],
  ['about 50 peasants', [['about 50', 'about 50', 50, 50, 50, 'about']]],
  ['around 50 peasants', [['around 50', 'around 50', 50, 50, 50, 'about']]],
  ['approximately 50 peasants', [['approximately 50', 'approximately 50', 50, 50, 50, 'about']]],
  ['some 30 guerrillas', [['some 30', 'some 30', 30, 30, 30, 'about']]],
  ['up to 20 people', [['up to 20', 'up to 20', 20, 0, 20, 'up_to']]],
  ['as many as 20 people', [['as many as 20', 'as many as 20', 20, 0, 20, 'up_to']]],
  ['no fewer than 12 people', [['no fewer than 12', 'no fewer than 12', 12, 12, null, 'at_least']]],
  ['fewer than 12 people', [['fewer than 12', 'fewer than 12', 12, 0, 12, 'at_most']]],
  ['at most 12 people', [['at most 12', 'at most 12', 12, 0, 12, 'at_most']]],
  ['50 or more people', [['50 or more', '50 or more', 50, 50, null, 'at_least']]],
  ['more than a dozen people', [['more than a dozen', 'more than a dozen', 12, 12, null, 'more_than']]],
  // ranges
  ['300 to 1,000 people', [['300 to 1,000', '300 to 1,000', 300, 300, 1000, 'range']]],
  ['15-20 km', [['15-20', '15-20', 15, 15, 20, 'range']]],
  ['15–20 km', [['15–20', '15–20', 15, 15, 20, 'range']]],
  ['between 10 and 12 people', [['between 10 and 12', 'between 10 and 12', 10, 10, 12, 'range']]],
  ['10 or 12 people', [['10 or 12', '10 or 12', 10, 10, 12, 'range']]],
  ['one or two people', [['one or two', 'one or two', 1, 1, 2, 'range']]],
  ['from 5 to 10 people', [['from 5 to 10', 'from 5 to 10', 5, 5, 10, 'range']]],
  ['1 to 2 million people', [['1 to 2 million', '1 to 2 million', 1000000, 1000000, 2000000, 'range']]],
  ['about 15-20 men', [['about 15-20', 'about 15-20', 15, 15, 20, 'range']]],
  // vague
  ['dozens of people', [['dozens', 'dozens', 12, 12, null, 'at_least', true]]],
  ['tens of people', [['tens', 'tens', 10, 10, null, 'at_least', true]]],
  ['scores of people', [['scores', 'scores', 20, 20, null, 'at_least', true]]],
  ['several people', [['several', 'several', 3, 3, null, 'at_least', true]]],
  ['a few people', [['a few', 'a few', 3, 3, null, 'at_least', true]]],
  ['hundreds of people', [['hundreds', 'hundreds', 100, 100, null, 'at_least', true]]],
  ['a handful of people', [['a handful', 'a handful', 3, 3, null, 'at_least', true]]],
  ['tens of thousands of people', [['tens of thousands', 'tens of thousands', 10000, 10000, null, 'at_least', true]]],
  ['several hundred people', [['several hundred', 'several hundred', 300, 300, null, 'at_least', true]]],
  ['some people and many others', []],
  // a sentence ending in a date, then a count
  ['Gunmen attacked a post on 5 June. Two officers were killed.', [['Two', 'Two', 2, 2, 2, 'exact']]],
  ['Gunmen attacked a post on June 5. Two officers were killed.', [['Two', 'Two', 2, 2, 2, 'exact']]],
  ['on 19 april. 12 soldiers died', [['12', '12', 12, 12, 12, 'exact']]],
  // not quantities
  ['on the 9th floor', []],
  ['the first attack', []],
  ['the 3d infantry brigade', []],
  ['in 2016 the group', []],
  ['IN 1991, THE GROUP', []],
  ['at 7:50 am', []],
  ['at 7 am', []],
  ['at 7 p.m. local time', []],
  ['at 2330 (0530 gmt)', []],
  ['on 19 april', []],
  ['on april 19, 1990', []],
  ['LIMA, 20 AUG 88 (EFE)', []],
  ['the 12th of april', []],
  ['an m-16 rifle', []],
  ['an AK-47', []],
  ['military detachment no.4 reported', []],
  ['a 15-year-old boy', []],
  ['a five-member commission', []],
  ['the 1990s', []],
  ['no one was hurt', []],
  ['they blamed one another', []],
  ['route 9 was closed', []],
  ['the 1989 elections', []],
  ['around 1400 yesterday, some 100 students', [['some 100', 'some 100', 100, 100, 100, 'about']]],
  ['the demands:  2. free the prisoners', []],
  ['under law 2460, article 5', []],
];

for (const [input, expected] of ROWS) {
  test(`findQuantities: ${input}`, () => {
    const got = findQuantities(input).map((q) => [input.slice(q.start, q.end), q.value, q.low, q.high, q.qualifier, q.vague]);
    const want = expected.map(([slice, , value, low, high, qualifier, vague]) => [slice, value, low, high, qualifier, vague ?? false]);
    assert.deepEqual(got, want);
  });
}

test('findQuantities marks "one" that may be a pronoun', () => {
  const [q] = findQuantities('one of the men was killed');
  assert.equal(q?.value, 1);
  assert.equal(q?.pronoun, true);
  assert.equal(findQuantities('one soldier died')[0]?.pronoun, false);
  assert.equal(findQuantities('the one who fled')[0]?.pronoun, true);
});

test('findQuantities offsets index the given string and results are never derived', () => {
  const text = 'Gunmen killed at least 9 soldiers and wounded 300 to 1,000 people in 2016.';
  const qs = findQuantities(text);
  assert.deepEqual(qs.map((q) => text.slice(q.start, q.end)), ['at least 9', '300 to 1,000']);
  for (const q of qs) assert.equal(q.derived, false);
});

test('findQuantities on a long text is fast', () => {
  const text = 'Gunmen killed at least 9 soldiers and wounded 300 to 1,000 people on 5 June 2016, officials said. '.repeat(200);
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) findQuantities(text);
  const ms = (performance.now() - t0) / 20;
  assert.ok(ms < 50, `took ${ms.toFixed(1)} ms for ${text.length} chars`);
});
