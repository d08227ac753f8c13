import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../nlp/tokenize.ts';
import { findTriggers } from './find-triggers.ts';

/** [sentence, its real triggers as "words: type"]. */
const ROWS: Array<[string, string[]]> = [
  ['A drone dropped explosives on the police station in Argelia.', ['dropped: Bombing/Explosion']],
  ['Several rockets were fired late on Tuesday at Ain al-Asad air base.', ['fired: Bombing/Explosion']],
  ['A drone dropped two munitions on a checkpoint.', ['dropped: Bombing/Explosion']],
  ['One of them blowing himself up and the other being shot dead.', ['blowing himself up: Bombing/Explosion', 'shot dead: Armed Assault']],
  ['Police fired tear gas at the crowd.', []],
  ['The company fired two employees.', []],
  ['Gunmen hijacked a bus near the border.', ['hijacked: Hijacking']],
];

test('findTriggers: a past-perfect verb is marked ("who had hijacked")', () => {
  const tokens = tokenize('Security forces on Tuesday ended a standoff with militants who had hijacked a train near Mach.');
  const hijack = findTriggers(tokens).find((t) => t.entry.type === 'Hijacking');
  assert.equal(hijack?.perfect, true);
});

for (const [sentence, expected] of ROWS) {
  test(`findTriggers: ${JSON.stringify(sentence.slice(0, 60))}`, () => {
    const tokens = tokenize(sentence);
    const real = findTriggers(tokens).filter((t) => !t.irrealis);
    assert.deepEqual(real.map((t) => `${sentence.slice(t.start, t.end)}: ${t.entry.type}`), expected);
  });
}
