import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from './tokenize.ts';

/** [rule, text, tokens (punctuation marked with a trailing #)]. */
const ROWS: Array<[string, string, string[]]> = [
  ['words and a full stop', 'Gunmen attacked a post.', ['Gunmen', 'attacked', 'a', 'post', '.#']],
  ['commas, colons and brackets are tokens of their own', 'He said: (no comment), then left', ['He', 'said', ':#', '(#', 'no', 'comment', ')#', ',#', 'then', 'left']],
  ['double quotes are tokens', '"We will retaliate"', ['"#', 'We', 'will', 'retaliate', '"#']],
  ['hyphenated words stay one word', 'an ISIS-linked car-bomb attack', ['an', 'ISIS-linked', 'car-bomb', 'attack']],
  ['several hyphens', 'Qala-i-Zal and a 20-year-old', ['Qala-i-Zal', 'and', 'a', '20-year-old']],
  ['a hyphen with digits: a range is one word', '15-20 km', ['15-20', 'km']],
  ['a hyphen with a prefix and a year', 'mid-2019', ['mid-2019']],
  ['a lone or doubled hyphen is punctuation', 'north - south x--y', ['north', '-#', 'south', 'x', '-#', '-#', 'y']],
  ['inner apostrophes stay in the word', "don't O'Neil Haram's", ["don't", "O'Neil", "Haram's"]],
  ['an apostrophe after a hyphenated word stays in the word', "al-Shabaab's fighters", ["al-Shabaab's", 'fighters']],
  ['hyphens and apostrophes in any order', "Ahl-e-Sunnat's al-Qa'ida", ["Ahl-e-Sunnat's", "al-Qa'ida"]],
  ['a number with thousands separators is one word', 'some 1,250 people and 12,000,000 more', ['some', '1,250', 'people', 'and', '12,000,000', 'more']],
  ['thousands separators before a hyphen', 'a 5,000-strong force', ['a', '5,000-strong', 'force']],
  ['a comma between numbers that are no thousands is punctuation', '1,2 and 12,3456 and 1990,150', ['1', ',#', '2', 'and', '12', ',#', '3456', 'and', '1990', ',#', '150']],
  ['quote marks around a word are punctuation', "'quoted'", ["'#", 'quoted', "'#"]],
  ['a decimal number is one word', 'a 3.5 million budget', ['a', '3.5', 'million', 'budget']],
  ['a number with a unit attached', '10.5km', ['10.5km']],
  ['a dotted date is one word', 'on 05.06.2016', ['on', '05.06.2016']],
  ['a dotted abbreviation keeps its inner dots; the last is punctuation', 'U.S. e.g.', ['U.S', '.#', 'e.g', '.#']],
  ['a decade', 'the 1990s', ['the', '1990s']],
  ['letters outside ASCII', 'İstanbul café Ишкобод', ['İstanbul', 'café', 'Ишкобод']],
  ['currency and other symbols are punctuation', 'US$5 #tag @user', ['US', '$#', '5', '##', 'tag', '@#', 'user']],
  ['an ellipsis is three tokens', 'wait...', ['wait', '.#', '.#', '.#']],
  ['line breaks and runs of spaces separate words', 'one\n\ntwo   three', ['one', 'two', 'three']],
  ['an empty text', '', []],
];

for (const [rule, text, expected] of ROWS) {
  test(`tokenize: ${rule}`, () => {
    assert.deepEqual(tokenize(text).map((t) => t.text + (t.word ? '' : '#')), expected);
  });
}

test('tokenize: lower is the lower-cased text', () => {
  assert.deepEqual(tokenize('ISIS Claimed İt').map((t) => t.lower), ['isis', 'claimed', 'i̇t']);
});

test('tokenize: a window [offset, end) gives the tokens inside it with offsets into the whole text', () => {
  const text = 'one two three four';
  const tokens = tokenize(text, 4, 13);
  assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [['two', 4, 7], ['three', 8, 13]]);
});

test('tokenize: a window ending inside a word cuts the word', () => {
  assert.deepEqual(tokenize('gunmen fled', 0, 3).map((t) => t.text), ['gun']);
});

// ---- properties ----

const piece = fc.constantFrom(
  'Gunmen', 'al-Qaeda', "group's", "'", '"', '3.5', '1,250', 'U.S.', '15-20', '-', '--', '.', ',', '(', ')', 'İstanbul', 'Ишкобод',
  '...', '$', 'x', ' ', '  ', '\n\n', '\t',
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

test('property: tokens slice exactly to the text, in order, without overlap', () => {
  fc.assert(fc.property(text, (t) => {
    let last = 0;
    for (const tok of tokenize(t)) {
      assert.equal(t.slice(tok.start, tok.end), tok.text);
      assert.equal(tok.lower, tok.text.toLowerCase());
      assert.ok(tok.start >= last && tok.end > tok.start);
      last = tok.end;
    }
  }), { numRuns: 1000 });
});

test('property: every character but white space is in a token; white space never is', () => {
  fc.assert(fc.property(text, (t) => {
    const covered = new Array<boolean>(t.length).fill(false);
    for (const tok of tokenize(t)) for (let i = tok.start; i < tok.end; i++) covered[i] = true;
    for (let i = 0; i < t.length; i++) assert.equal(covered[i], !/\s/.test(t[i]!), `${JSON.stringify(t)} at ${i}`);
  }), { numRuns: 1000 });
});

test('property: a word token has a letter or a digit; punctuation is one character', () => {
  fc.assert(fc.property(text, (t) => {
    for (const tok of tokenize(t)) {
      if (tok.word) assert.match(tok.text, /[\p{L}\p{N}]/u);
      else assert.equal(tok.text.length, 1);
    }
  }), { numRuns: 500 });
});

test('property: tokenizing a window gives the same tokens as the whole text, within the window', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    const from = t.length === 0 ? 0 : a % (t.length + 1);
    const to = from + (t.length - from === 0 ? 0 : b % (t.length - from + 1));
    // windows that start and end at white space cut no word
    if ((from > 0 && !/\s/.test(t[from - 1]!)) || (to < t.length && !/\s/.test(t[to]!))) return;
    const whole = tokenize(t).filter((k) => k.start >= from && k.end <= to);
    assert.deepEqual(tokenize(t, from, to), whole);
  }), { numRuns: 1000 });
});
