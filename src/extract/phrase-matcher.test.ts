import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { PhraseMatcher, phraseSet } from './phrase-matcher.ts';

const WEAPONS = new PhraseMatcher<string>([
  ['bomb', 'Explosives'], ['car bomb', 'Explosives'], ['car', 'Vehicle'], ['gun', 'Firearms'], ['machine gun', 'Firearms'],
  ['sub machine gun', 'Firearms'], ['AK-47', 'Firearms'], ['U.S', 'Country'], ['  rocket   launcher ', 'Explosives'], ['', 'Nothing'],
]);

/** [rule, text, matches as "phrase: value"]. */
const ROWS: Array<[string, string, string[]]> = [
  ['a one-word phrase', 'A bomb went off.', ['bomb: Explosives']],
  ['the longest phrase wins', 'A car bomb went off.', ['car bomb: Explosives']],
  ['a shorter phrase where the longer one does not continue', 'The car was stolen.', ['car: Vehicle']],
  ['three words before two before one', 'a sub machine gun and a machine gun and a gun', ['sub machine gun: Firearms', 'machine gun: Firearms', 'gun: Firearms']],
  ['case does not matter', 'A CAR BOMB and a Machine Gun', ['car bomb: Explosives', 'machine gun: Firearms']],
  ['a hyphenated word is one token, matched whole', 'an AK-47 rifle', ['AK-47: Firearms']],
  ['a hyphenated word does not match its parts', 'a car-bomb attack', []],
  ['a word inside a longer word does not match', 'bombers and gunmen', []],
  ['a phrase does not match across punctuation', 'the car, bomb squads', ['car: Vehicle', 'bomb: Explosives']],
  ['a dotted abbreviation matches as its word token', 'the U.S. embassy', ['U.S: Country']],
  ['extra spaces in a phrase are ignored', 'a rocket launcher', ['rocket launcher: Explosives']],
  ['matches do not overlap; the scan resumes after a match', 'car bomb bomb', ['car bomb: Explosives', 'bomb: Explosives']],
  ['nothing to match', 'Nobody was hurt.', []],
];

for (const [rule, text, expected] of ROWS) {
  test(`PhraseMatcher.findAll: ${rule}`, () => {
    const tokens = tokenize(text);
    const found = WEAPONS.findAll(tokens).map((m) => `${m.phrase.trim().replace(/\s+/g, ' ')}: ${m.value}`);
    assert.deepEqual(found, expected);
  });
}

test('PhraseMatcher.findAll: token indices of each match', () => {
  const tokens = tokenize('They used a car bomb and a gun.');
  const found = WEAPONS.findAll(tokens).map((m) => [m.from, m.to, tokens.slice(m.from, m.to).map((t) => t.text).join(' ')]);
  assert.deepEqual(found, [[3, 5, 'car bomb'], [7, 8, 'gun']]);
});

test('PhraseMatcher.findAll: only inside [from, end); a phrase cut by the end falls back to a shorter one', () => {
  const tokens = tokenize('a car bomb and a gun');
  assert.deepEqual(WEAPONS.findAll(tokens, 1, 2).map((m) => m.phrase), ['car']);
  assert.deepEqual(WEAPONS.findAll(tokens, 2).map((m) => m.phrase), ['bomb', 'gun']);
});

test('PhraseMatcher.matchAt: the longest phrase starting at a token, or null', () => {
  const tokens = tokenize('a car bomb');
  assert.equal(WEAPONS.matchAt(tokens, 0), null);
  assert.deepEqual(WEAPONS.matchAt(tokens, 1), { from: 1, to: 3, value: 'Explosives', phrase: 'car bomb' });
  assert.deepEqual(WEAPONS.matchAt(tokens, 1, 2), { from: 1, to: 2, value: 'Vehicle', phrase: 'car' });
});

test('PhraseMatcher.has: any phrase in [from, end)', () => {
  const tokens = tokenize('gunmen drove a car');
  assert.equal(WEAPONS.has(tokens, 0, 3), false);
  assert.equal(WEAPONS.has(tokens, 0, 4), true);
});

test('phraseSet: the value is the phrase', () => {
  const cues = phraseSet(['linked to', 'suspected']);
  assert.deepEqual(cues.findAll(tokenize('suspected militants linked to the group')).map((m) => m.value), ['suspected', 'linked to']);
});

test('PhraseMatcher: the same phrase twice keeps both entries; the first added wins', () => {
  const m = new PhraseMatcher<number>([['bomb', 1], ['bomb', 2]]);
  assert.equal(m.matchAt(tokenize('bomb'), 0)?.value, 1);
});
