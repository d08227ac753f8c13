import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitPossessives } from './split-possessives.ts';
import { tokenize } from './tokenize.ts';

const ROWS: Array<[string, string[]]> = [
  ["on Kassel's Königsplatz", ['on', 'Kassel', "'s", 'Königsplatz']],
  ["the ministry's statement", ['the', 'ministry', "'s", 'statement']],
  ['no possessive here', ['no', 'possessive', 'here']],
];

for (const [text, expected] of ROWS) {
  test(`splitPossessives: ${JSON.stringify(text)}`, () => {
    const tokens = splitPossessives(tokenize(text));
    assert.deepEqual(tokens.map((t) => t.text), expected);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
}
